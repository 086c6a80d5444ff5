// "The more a user ingests and traces, the better it unspins", measured on the real spun articles
// (../shared/data/real-spun/): leave one source page out at a time; store the other pages and their
// spun copies, trace them (the trace engine finds each copy's source and aligns them), build a
// model from that store as `unspin model` does, and unspin the held-out page's copies, seeing only
// their spun text. Copies of the same source page never teach each other: a fold holds out all of
// them together.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
import { ingestArticles } from '../../src/reuse/ingest.js';
import { traceKeys } from '../../src/provenance/run.js';
import { spunCopyPassages } from '../../src/provenance/spun-passages.js';
import { buildModelInMemory, createSpinAnalyzer, type DetectOptions } from '../../src/spin/index.js';
import { buildDocument } from '../../src/text/document.js';
import type { Article } from '../../src/model.js';
import { loadRealSpun } from '../trace-eval/real-spun.js';
import { emptyTally, readRealSpun, realGold, summary, tallyFindings, type Tally } from './score.js';

export interface LearnedResult {
  /** Counts of the other pages only (no substitutions). */
  textOnly: Tally;
  /** Counts plus substitutions learned from the traced spun copies. */
  learned: Tally;
  folds: number;
  copiesTraced: number;
  spunFound: number;
  substitutions: number;
  /** Findings on clean news with the learned model (each fold unspins its share of the texts). */
  clean: { words: number; findings: number; examples: string[] };
}

function docOf(text: string, id: string) {
  return buildDocument({ id, text, date: null, title: null, url: null, outlet: null });
}

async function storeOf(dir: string, articles: Article[]): Promise<SqliteStore> {
  const store = new SqliteStore(join(dir, 'fold.sqlite'));
  const res = await ingestArticles(store, articles);
  await traceKeys(
    store,
    res.map((r) => r.key),
  );
  return store;
}

async function* textsExcept(store: SqliteStore, skip: ReadonlySet<number>): AsyncGenerator<string> {
  for (const a of await store.listArticles({ limit: 1_000_000 })) if (!skip.has(a.key)) yield a.text;
}

export async function evalLearned(
  dataDir: string,
  clean: readonly string[],
  options: Partial<DetectOptions> = {},
  log: (s: string) => void = () => {},
): Promise<LearnedResult> {
  const rows = readRealSpun(join(dataDir, 'real-spun', 'dev.jsonl'));
  const { sources, pairs } = loadRealSpun(dataDir);
  const sourceOfCopy = new Map(pairs.map((p) => [p.copy.id, p.sourceId]));
  const result: LearnedResult = {
    textOnly: emptyTally(),
    learned: emptyTally(),
    folds: 0,
    copiesTraced: 0,
    spunFound: 0,
    substitutions: 0,
    clean: { words: 0, findings: 0, examples: [] },
  };
  for (const held of sources) {
    const dir = mkdtempSync(join(tmpdir(), 'unspin-learned-'));
    try {
      const others = [
        ...sources.filter((s) => s.id !== held.id),
        ...pairs.filter((p) => p.sourceId !== held.id).map((p) => p.copy),
      ];
      const store = await storeOf(dir, others);
      const { pairs: passages, copies } = await spunCopyPassages(store);
      result.copiesTraced += pairs.filter((p) => p.sourceId !== held.id).length;
      result.spunFound += copies.size;
      const textOnly = await buildModelInMemory(textsExcept(store, copies), 'fold store');
      const learned = await buildModelInMemory(textsExcept(store, copies), 'fold store', 'shipped', {
        spunPassages: passages,
        spunCopies: copies.size,
      });
      await store.close();
      result.substitutions += learned.substitutions.size;
      result.folds++;
      const analyzers = [
        [result.textOnly, createSpinAnalyzer(textOnly, options)],
        [result.learned, createSpinAnalyzer(learned, options)],
      ] as const;
      for (const row of rows.filter((r) => sourceOfCopy.get(r.id) === held.id)) {
        const doc = docOf(row.spun, row.id);
        const { gold, within } = realGold(row);
        for (const [tally, analyze] of analyzers)
          tallyFindings(tally, row.spun, analyze(doc).spin, gold, within);
      }
      const analyzeLearned = analyzers[1][1];
      for (let i = result.folds - 1; i < clean.length; i += sources.length) {
        const spin = analyzeLearned(docOf(clean[i], `clean-${i}`)).spin;
        result.clean.words += clean[i].split(/\s+/).filter(Boolean).length;
        result.clean.findings += spin.length;
        for (const f of spin.slice(0, 1))
          if (result.clean.examples.length < 10) result.clean.examples.push(`${f.text} → ${f.suggestion}`);
      }
      log(
        `  fold ${result.folds}/${sources.length}: ${copies.size} spun copies traced, ${learned.substitutions.size} substitutions`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return result;
}

export function printLearned(r: LearnedResult): void {
  console.log(
    `\n== real spun, model built from a store of the other source pages and their spun copies (leave one page out, ${r.folds} folds)`,
  );
  console.log(
    `  trace: ${r.spunFound} of ${r.copiesTraced} stored copies traced as spun; ${(r.substitutions / Math.max(1, r.folds)).toFixed(0)} substitutions learned per fold`,
  );
  console.log(`  store text only (no substitutions): ${summary(r.textOnly)}`);
  console.log(`  store text + learned substitutions: ${summary(r.learned)}`);
  const { words, findings, examples } = r.clean;
  console.log(
    `  clean news with the learned models: ${((findings / Math.max(1, words)) * 1000).toFixed(2)} false findings / 1,000 words (${findings} in ${words} words)`,
  );
  if (examples.length) console.log(`    e.g. ${examples.join('; ')}`);
}
