// Writes every spin finding and figure of a fixed set of texts as JSON Lines, so that a change meant
// to leave the detector's output alone (a speed-up) can be checked byte for byte:
//   node --import tsx scripts/spin/findings-snapshot.ts OUT.jsonl   (before and after; then cmp)
// Texts: the 15 real spun articles, the seed article, 600 news-corpus articles (200 of them spun by
// scripts/spin/spinner.ts). Detectors: the shipped model with default and with loose options, the
// shipped model plus substitutions learned from the real spun pairs, and a research model built
// in memory from a slice of the corpus. Each text is analysed twice (empty, then warm per-word
// caches); the two must agree. Needs ../shared/data (skips with a message when absent).
import { seedArticlePath } from '../lib/seed-article.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../../src/text/document.js';
import {
  buildModelInMemory,
  createSpinAnalyzer,
  loadSpinModel,
  type SpinModel,
} from '../../src/spin/index.js';
import { learnSubstitutions } from '../../src/spin/learned.js';
import { isDevSlice, isHeldOut, readNewsCorpus, SHARED_DATA, sharedDataPresent } from './corpus.js';
import { readRealSpun } from './score.js';
import { seededRandom, spinArticle } from './spinner.js';

interface Text {
  id: string;
  text: string;
}

function texts(): Text[] {
  const out: Text[] = [];
  const real = readRealSpun(join(SHARED_DATA, 'real-spun', 'dev.jsonl'));
  for (const r of real) out.push({ id: `real:${r.id}`, text: r.spun });
  const seedPath = seedArticlePath(SHARED_DATA);
  if (seedPath) {
    const seed = readFileSync(seedPath, 'utf8');
    out.push({ id: 'seed', text: seed.replace(/^\s*date:?\s+\d{4}-\d{2}-\d{2}\s*/, '') });
  }
  const corpus = readNewsCorpus();
  const heldOut = corpus.filter((_, i) => isHeldOut(i));
  const random = seededRandom(4);
  for (const a of heldOut.slice(0, 200))
    out.push({ id: `spun:${a.id}`, text: spinArticle(a.text, random).text });
  for (const a of heldOut.slice(200, 555)) out.push({ id: `clean:${a.id}`, text: a.text });
  for (const a of corpus.filter((_, i) => isDevSlice(i)).slice(0, 45))
    out.push({ id: `dev:${a.id}`, text: a.text });
  return out;
}

async function main(): Promise<void> {
  const outPath = process.argv[2];
  if (!outPath) throw new Error('usage: findings-snapshot.ts OUT.jsonl');
  if (!sharedDataPresent()) {
    console.log('findings-snapshot skipped: ../shared/data is absent.');
    return;
  }
  const all = texts();
  const shipped = loadSpinModel();
  const real = readRealSpun(join(SHARED_DATA, 'real-spun', 'dev.jsonl'));
  const withLearned: SpinModel = {
    ...shipped,
    substitutions: learnSubstitutions(
      real.flatMap((r) => r.aligned.map((p) => ({ copy: p.spun, source: p.original }))),
    ),
  };
  const corpus = readNewsCorpus();
  const research = await buildModelInMemory(
    corpus.filter((_, i) => !isHeldOut(i) && i % 8 === 1).map((a) => a.text),
    'snapshot slice',
  );
  const detectors = [
    { name: 'shipped', analyze: createSpinAnalyzer(shipped) },
    { name: 'shipped-loose', analyze: createSpinAnalyzer(shipped, { changeCost: 3, minConfidence: 0.6 }) },
    { name: 'learned', analyze: createSpinAnalyzer(withLearned) },
    { name: 'research', analyze: createSpinAnalyzer(research) },
  ];
  const lines: string[] = [];
  let findings = 0;
  for (const { name, analyze } of detectors) {
    const run = (t: Text): string => {
      const doc = buildDocument({ id: t.id, text: t.text, date: null, title: null, url: null, outlet: null });
      const result = analyze(doc);
      return JSON.stringify({ detector: name, id: t.id, ...result });
    };
    const cold = all.map(run);
    for (const line of cold) findings += (JSON.parse(line) as { spin: unknown[] }).spin.length;
    all.forEach((t, i) => {
      if (run(t) !== cold[i]) throw new Error(`${name} ${t.id}: warm findings differ from cold ones`);
    });
    lines.push(...cold);
  }
  writeFileSync(outPath, `${lines.join('\n')}\n`);
  console.log(`${all.length} texts × ${detectors.length} detectors, ${findings} findings → ${outPath}`);
}

await main();
