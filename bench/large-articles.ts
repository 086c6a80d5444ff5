// The bench's large-article section: does the cost per MB hold for one article of 1 MB (the input
// limit), including text that repeats one kind of sentence thousands of times (a listing page, a
// table read as text, or hostile input)? Baseline, in the same run: the same work per MB over
// ordinary corpus articles of a few KB each. Pairwise loops over statements or sentences show up
// here as ratios far above 1 (scripts/large-input.ts times the whole command on such pages).
import type { Article } from '../src/model.js';
import { extractStatements } from '../src/attribution/index.js';
import { alignDocuments } from '../src/reuse/align.js';
import { analyzeSpin } from '../src/spin/index.js';
import { buildDocument, type Document } from '../src/text/document.js';
import type { CorpusArticle } from '../scripts/trace-eval/corpus.js';
import { Rng } from '../scripts/lib/rng.js';
import { fillPage, LARGE_TEXT_SIZE } from '../scripts/lib/large-text.js';

const MB = 1_000_000;

export interface LargeRow {
  name: string;
  bytes: number;
  /** Seconds per MB: statements, spin, and aligning the text with a variant of itself. */
  statements: number;
  spin: number;
  align: number;
}

export interface LargeArticlesResult {
  baseline: LargeRow;
  rows: LargeRow[];
}

function article(id: string, text: string): Article {
  return { id, text, date: null, title: null, url: null, outlet: null };
}

function seconds(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return (performance.now() - t0) / 1000;
}

/** Times statements, spin and alignment over pairs of (copy, source) texts, per MB of copy text. */
function measure(name: string, pairs: Array<[string, string]>): LargeRow {
  let bytes = 0;
  let statements = 0;
  let spin = 0;
  let align = 0;
  pairs.forEach(([copy, source], k) => {
    bytes += Buffer.byteLength(copy);
    const a: Document = buildDocument(article(`${name}-copy-${k}`, copy));
    const b: Document = buildDocument(article(`${name}-source-${k}`, source));
    statements += seconds(() => extractStatements(a));
    spin += seconds(() => analyzeSpin(a));
    align += seconds(() => alignDocuments(a, b));
  });
  const perMb = (s: number) => s / (bytes / MB);
  return { name, bytes, statements: perMb(statements), spin: perMb(spin), align: perMb(align) };
}

/** A copy of a text with every seventh sentence left out (so alignment has work to do). */
function edited(text: string): string {
  return text
    .split(/(?<=[.!?])\s+/)
    .filter((_, k) => k % 7 !== 3)
    .join(' ');
}

export function benchLargeArticles(corpus: CorpusArticle[]): LargeArticlesResult {
  const rng = new Rng(11);
  const picked = rng.sample(corpus, 1400);
  // Warm-up: models loaded, code compiled and the per-word memos filled before anything is timed.
  measure(
    'warm-up',
    picked.slice(0, 200).map((c): [string, string] => [c.text, edited(c.text)]),
  );
  const ordinary = picked.slice(200, 400).map((c): [string, string] => [c.text, edited(c.text)]);
  const baseline = measure('ordinary articles', ordinary);
  let joined = '';
  for (const c of picked.slice(400)) if (joined.length < LARGE_TEXT_SIZE) joined += c.text + '\n\n';
  joined = joined.slice(0, LARGE_TEXT_SIZE);
  const said = fillPage(
    (k) =>
      `Officials said the plan, he added, was ${k % 97}. “We will see,” she said, and they warned that it would fail.`,
  );
  const verbs = ['spoke about', 'worried about', 'is calling for', 'criticized', 'praised', 'rejected'];
  const weak = fillPage(
    (k) =>
      `The group ${verbs[k % verbs.length]} the plan ${k % 89}, and officials ${verbs[(k * 5) % verbs.length]} it.`,
  );
  const listing = fillPage(
    (k) => `Shares of company ${k % 53} rose ${k % 9} percent in trading on Monday, dealers said.`,
  );
  // One "sentence" of 1 MB, every other word a capitalised "Said" (a cue candidate): the
  // attribution view cuts it into pieces (src/attribution/resplit.ts), or pairwise work within a
  // sentence would take its square.
  let names = 'The group named';
  for (let k = 0; names.length < LARGE_TEXT_SIZE; k++) names += ` Omar${k % 97} Said`;
  names = names.slice(0, LARGE_TEXT_SIZE);
  const rows = [
    measure('1 MB of corpus articles joined', [[joined, edited(joined)]]),
    measure('1 MB of "X said" sentences', [[said, edited(said)]]),
    measure('1 MB of weak cues', [[weak, edited(weak)]]),
    measure('1 MB listing page', [[listing, edited(listing)]]),
    measure('1 MB sentence of names and "Said"', [[names, names.slice(0, names.length - 100)]]),
  ];
  return { baseline, rows };
}

export function largeArticleLines(r: LargeArticlesResult): string[] {
  const f = (x: number) => x.toFixed(2);
  const ratio = (x: number, base: number) => (x / base).toFixed(1);
  const lines = [
    'large articles (one article of 1 MB, the input limit; seconds per MB, and × the same work per MB over',
    `200 ordinary corpus articles, ${(r.baseline.bytes / MB).toFixed(2)} MB, measured in the same run):`,
    `  ${'text'.padEnd(34)}${'statements'.padStart(18)}${'spin'.padStart(18)}${'align'.padStart(18)}`,
    `  ${r.baseline.name.padEnd(34)}${`${f(r.baseline.statements)} s`.padStart(18)}${`${f(r.baseline.spin)} s`.padStart(18)}${`${f(r.baseline.align)} s`.padStart(18)}`,
  ];
  for (const row of r.rows)
    lines.push(
      `  ${row.name.padEnd(34)}` +
        [
          [row.statements, r.baseline.statements],
          [row.spin, r.baseline.spin],
          [row.align, r.baseline.align],
        ]
          .map(([x, base]) => `${f(x)} s (${ratio(x, base)}×)`.padStart(18))
          .join(''),
    );
  return lines;
}
