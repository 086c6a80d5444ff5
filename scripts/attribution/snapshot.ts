// Writes every statement (all fields) that the extractor gives for a fixed set of texts, plus the
// cue tagger's candidates with their scores, as JSON Lines, so that a change meant to leave the
// output alone (a speed-up) can be checked byte for byte:
//   node --import tsx scripts/attribution/snapshot.ts OUT.jsonl   (before and after; then cmp)
// Texts: the PolNeAR dev split, 1,000 news-corpus articles (the 400 that `npm run bench` times
// and 600 more, drawn with fixed seeds) and the seed article. Each text is extracted twice (empty,
// then warm per-word caches); the two must agree. The last line holds a SHA-256 of the others.
// Needs ../shared/data (skips with a message when absent).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { candidateFrames, extractStatements } from '../../src/attribution/index.js';
import { loadCueModel } from '../../src/attribution/cues.js';
import { tokenHashes } from '../../src/attribution/features.js';
import { attributionView } from '../../src/attribution/resplit.js';
import { buildDocument } from '../../src/text/document.js';
import { Rng } from '../lib/rng.js';
import { seedArticlePath } from '../lib/seed-article.js';
import { hasCorpus, loadCorpus } from '../trace-eval/corpus.js';
import { loadSplit, REPO_ROOT } from './polnear.js';

const DATA = resolve(REPO_ROOT, '../shared/data');

interface Text {
  id: string;
  text: string;
}

function texts(): Text[] | null {
  const dev = loadSplit('dev');
  const seedPath = seedArticlePath(DATA);
  if (!dev || !hasCorpus(DATA) || !seedPath) return null;
  const out: Text[] = dev.map((a) => ({ id: `polnear:${a.id}`, text: a.text }));
  const corpus = loadCorpus(DATA);
  // The bench's sample (bench/bench.ts, benchAnalyze) and 600 more articles not in it.
  const bench = new Rng(5).sample(corpus, 400);
  const taken = new Set(bench.map((a) => a.id));
  const more = new Rng(11).sample(corpus, 1200).filter((a) => !taken.has(a.id));
  for (const a of [...bench, ...more.slice(0, 600)]) out.push({ id: `corpus:${a.id}`, text: a.text });
  out.push({ id: 'seed', text: readFileSync(seedPath, 'utf8') });
  return out;
}

function snapshotLine(t: Text): string {
  const doc = buildDocument({ id: t.id, text: t.text, date: null, title: null, url: null, outlet: null });
  const view = attributionView(doc);
  const candidates = candidateFrames(view, tokenHashes(view), loadCueModel()).map((f) => [
    f.cue.first,
    f.cue.last,
    f.cue.score,
    f.source,
    f.content,
    f.rule || null, // true or null, as when the flag was only set on rule frames
  ]);
  return JSON.stringify({ id: t.id, statements: extractStatements(doc), candidates });
}

function main(): void {
  const outPath = process.argv[2];
  if (!outPath) throw new Error('usage: snapshot.ts OUT.jsonl');
  const all = texts();
  if (!all) {
    console.log('attribution snapshot skipped: ../shared/data is absent.');
    return;
  }
  const cold = all.map(snapshotLine);
  all.forEach((t, i) => {
    if (snapshotLine(t) !== cold[i]) throw new Error(`${t.id}: warm statements differ from cold ones`);
  });
  const body = `${cold.join('\n')}\n`;
  const statements = cold.reduce(
    (n, l) => n + (JSON.parse(l) as { statements: unknown[] }).statements.length,
    0,
  );
  const hash = createHash('sha256').update(body).digest('hex');
  writeFileSync(outPath, `${body}${JSON.stringify({ texts: all.length, statements, sha256: hash })}\n`);
  console.log(`${all.length} texts, ${statements} statements, sha256 ${hash} → ${outPath}`);
}

main();
