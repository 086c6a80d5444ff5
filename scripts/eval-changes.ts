// Measures the change report.
//  1. Synthetic: copies of news-corpus articles with recorded, typed edits and noise
//     (scripts/changes/generate.ts); precision and recall per kind.
//  2. Real: recall on the hand-labelled changes of the story-clusters copies, and every reported
//     change listed (REPORT=1) for reading.
// Usage: npm run eval:changes [-- --n 300 --seed 7]
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Article, Change } from '../src/model.js';
import { buildDocument } from '../src/text/document.js';
import { alignDocuments } from '../src/reuse/align.js';
import { changeReport } from '../src/changes/index.js';
import { classifyCopy, copySignals } from '../src/provenance/classify-copy.js';
import { makeCopy, rng, type GoldEdit } from './changes/generate.js';
import { evalClusters } from './changes/clusters.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, '..', 'shared', 'data');
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};

function loadCorpus(): Article[] {
  const out: Article[] = [];
  for (const f of ['bbc', 'reuters21578', 'c50']) {
    const path = join(DATA, 'news-corpus', `${f}.jsonl.gz`);
    if (!existsSync(path)) continue;
    for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      const j = JSON.parse(line) as { id: string; text: string; date: string | null; title: string | null };
      const words = j.text.split(/\s+/).length;
      if (words >= 150 && words <= 700)
        out.push({ id: j.id, text: j.text, date: j.date, title: j.title, url: null, outlet: null });
    }
  }
  return out;
}

const hit = (c: Change, g: GoldEdit) => {
  if (g.source) return !!c.source && c.source.start < g.source.end && g.source.start < c.source.end;
  return !!c.copy && c.copy.start < g.end && g.start < c.copy.end;
};

function synthetic(n: number, seed: number): void {
  const corpus = loadCorpus();
  const r = rng(seed);
  const stats = new Map<string, { gold: number; found: number; reported: number; correct: number }>();
  const st = (k: string) => {
    let s = stats.get(k);
    if (!s) stats.set(k, (s = { gold: 0, found: 0, reported: 0, correct: 0 }));
    return s;
  };
  for (let k = 0; k < n; k++) {
    const src = corpus[Math.floor(r() * corpus.length)];
    const filler = corpus[Math.floor(r() * corpus.length)];
    const { copy, edits } = makeCopy(src, filler, seed * 1000 + k);
    const cd = buildDocument(copy);
    const sd = buildDocument(src);
    // As trace does: the copy is classified first, and its kind informs the report.
    const al = alignDocuments(cd, sd);
    const changes = changeReport(cd, sd, al, { copyType: classifyCopy(copySignals(cd, sd, al)) });
    for (const g of edits) {
      st(g.kind).gold++;
      if (changes.some((c) => c.kind === g.kind && hit(c, g))) st(g.kind).found++;
    }
    for (const c of changes) {
      st(c.kind).reported++;
      if (edits.some((g) => g.kind === c.kind && hit(c, g))) st(c.kind).correct++;
      else if (process.env.SHOW === c.kind) {
        const near = edits.filter((g) => hit(c, g)).map((g) => g.kind);
        console.log(
          `FP ${c.kind} [${near.join(',')}] | ${c.copy?.text.slice(0, 120)} | ${c.source?.text.slice(0, 120)}`,
        );
      }
    }
    if (process.env.SHOW)
      for (const g of edits)
        if (g.kind === process.env.SHOW && !changes.some((c) => c.kind === g.kind && hit(c, g)))
          console.log(
            `FN ${g.kind} | ${copy.text.slice(Math.max(0, g.start - 60), g.end + 40).replace(/\n/g, ' ')} || got: ${changes
              .filter((c) => hit(c, g))
              .map((c) => c.kind)
              .join(',')}`,
          );
  }
  console.log(`\nSynthetic: ${n} copies of news-corpus articles (seed ${seed})`);
  console.log('kind                  gold  found  recall  reported  correct  precision');
  let G = 0, F = 0, R = 0, C = 0; // prettier-ignore
  for (const [k, s] of [...stats].sort()) {
    G += s.gold;
    F += s.found;
    R += s.reported;
    C += s.correct;
    console.log(
      `${k.padEnd(20)} ${String(s.gold).padStart(5)} ${String(s.found).padStart(6)} ${pct(s.found, s.gold).padStart(7)} ${String(s.reported).padStart(9)} ${String(s.correct).padStart(8)} ${pct(s.correct, s.reported).padStart(10)}`,
    );
  }
  console.log(
    `${'all'.padEnd(20)} ${String(G).padStart(5)} ${String(F).padStart(6)} ${pct(F, G).padStart(7)} ${String(R).padStart(9)} ${String(C).padStart(8)} ${pct(C, R).padStart(10)}`,
  );
}

function pct(a: number, b: number): string {
  return b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`;
}

function real(): void {
  const dir = join(DATA, 'story-clusters');
  if (!existsSync(dir)) {
    console.log('\nStory clusters: ../shared/data/story-clusters not found, skipped.');
    return;
  }
  const r = evalClusters(dir);
  console.log(
    `\nStory clusters: ${r.labelled} labelled changes; found with the right kind ${r.found} (${pct(r.found, r.labelled)}), located with any kind ${r.foundAnyKind} (${pct(r.foundAnyKind, r.labelled)})`,
  );
  for (const [k, v] of [...r.byKind].sort()) console.log(`  ${k.padEnd(20)} ${v.found}/${v.n}`);
  const matched = r.reported.filter((x) => x.matched).length;
  console.log(
    `Reported ${r.reported.length} changes, ${matched} match a label (labels list one example per phenomenon: read the rest).`,
  );
  if (process.env.REPORT) {
    for (const m of r.missed)
      console.log(
        `MISSED ${m.id} ${m.label.kind} [${m.got.join(',')}] | ${m.label.copy_text.slice(0, 100)} | ${m.label.source_text?.slice(0, 100) ?? '-'}`,
      );
    for (const x of r.reported) {
      const c = x.change;
      console.log(
        `${x.matched ? 'LABEL' : '     '} ${x.id} ${c.kind} ${c.confidence} | ${c.copy?.text.slice(0, 100) ?? '-'} | ${c.source?.text.slice(0, 100) ?? '-'}`,
      );
    }
  }
}

if (!existsSync(DATA)) {
  console.log('../shared/data not found next to the repository: nothing to evaluate, skipped.');
} else {
  synthetic(arg('n', 300), arg('seed', 7));
  real();
}
