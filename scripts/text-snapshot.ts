// Writes every Document and fingerprint of a fixed set of texts as JSON Lines, so that a change
// meant to leave tokenising, lemmas and fingerprints alone (a speed-up) can be checked byte for byte:
//   node --import tsx scripts/text-snapshot.ts [OUT.jsonl]   (before and after; compare the sha256
//   it prints, or cmp the files)
// Texts: every 11th news-corpus article (about 2,000, all three sources), the real spun set (both
// sides), the example article, the test fixtures and a few made-up edge cases. Per text: its
// paragraphs, sentences and tokens (every field, with offsets), `tokenize` over the whole text,
// the content units of each sentence, the shingles, MinHash signature, band keys, anchors and
// packed units. Last line: lemma, function-word flag and comparative base of every distinct word.
// The fixtures are built again at the end (warm per-word caches) and must come out the same.
// Needs ../shared/data (skips with a message when absent).
import { seedArticlePath } from './lib/seed-article.js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/model.js';
import { sentenceUnits, anchorTerms } from '../src/reuse/features.js';
import { anchorHashes, fingerprint, shingles, QUERY_ANCHORS } from '../src/reuse/fingerprint.js';
import { bandKeys, minhash } from '../src/reuse/minhash.js';
import { packUnits } from '../src/reuse/units.js';
import { buildDocument } from '../src/text/document.js';
import { adjectiveBase, wordInfo } from '../src/text/lemma.js';
import { tokenize } from '../src/text/tokenize.js';
import * as fixtures from '../test/fixtures/articles.js';
import { hasCorpus, loadCorpus } from './trace-eval/corpus.js';
import { toArticle } from './trace-eval/synthetic.js';

const DATA = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  process.env.UNSPIN_DATA ?? '../shared/data',
);

const EDGE_CASES = [
  '',
  '   \n\n  ',
  'Pentagon spokesman John Kirby said on Thursday.  The U.S. has “credible” intelligence.\n\nIt’s 8,500 troops, Mr. Smith said.',
  'Kirby told reporters that “troops were deployed” there. «Non», dit-il. „Ja“, sagte er.',
  'A line that is hard wrapped at about seventy characters, as some old\nnewswires are, so that the paragraph runs on over several lines of\ntext without any blank line between them and without sentence ends\nat the end of each line, which makes the splitter join them into a\nsingle paragraph.',
  'Prices rose 3.5% to $1,234.56 on the 21st; 1990s-era rules (see p.m. notes) apply… Really?! "Yes."\r\nNext line\r\n\r\nÉlan Über-cool naïve café — ‘quoted’ O’Brien well‐known co-op 2nd 3rd 4th 10s.',
  'J. R. R. Tolkien wrote. U.S.A. U.S. Inc. Dr. No! e.g. this, i.e. that. Ω Δ αβγ 東京 🙂 done.',
];

function texts(): Article[] {
  const out: Article[] = [];
  const corpus = loadCorpus(DATA);
  corpus.forEach((c, i) => {
    if (i % 11 === 0) out.push(toArticle(c));
  });
  const spunFile = join(DATA, 'real-spun', 'dev.jsonl');
  if (existsSync(spunFile)) {
    for (const line of readFileSync(spunFile, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; spun: string; original: string };
      out.push(fixtures.article(`spun:${r.id}`, r.spun), fixtures.article(`original:${r.id}`, r.original));
    }
  }
  const example = seedArticlePath(DATA);
  if (example) out.push(fixtures.article('example', readFileSync(example, 'utf8')));
  EDGE_CASES.forEach((text, i) => out.push(fixtures.article(`edge:${i}`, text)));
  return [...out, ...fixtureArticles()];
}

function fixtureArticles(): Article[] {
  const out: Article[] = [];
  for (const [name, value] of Object.entries(fixtures) as [string, unknown][])
    if (typeof value === 'string') out.push(fixtures.article(`fixture:${name}`, value));
  return out;
}

function snapshotOf(article: Article, words: Set<string>): string {
  const doc = buildDocument(article);
  for (const t of doc.tokens) if (t.kind === 'word') words.add(t.norm);
  const sig = minhash(shingles(doc));
  const fp = fingerprint(doc);
  return JSON.stringify({
    id: article.id,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    tokens: doc.tokens,
    tokenize: tokenize(doc.text),
    units: sentenceUnits(doc),
    shingles: Array.from(shingles(doc)),
    minhash: Array.from(sig),
    bands: bandKeys(sig),
    fingerprint: fp,
    anchorTerms: anchorTerms(doc),
    queryAnchors: anchorHashes(doc, QUERY_ANCHORS),
    packedUnits: Array.from(packUnits(doc)),
  });
}

function main(): void {
  if (!hasCorpus(DATA)) {
    console.log(`text-snapshot skipped: news corpus not found at ${DATA}.`);
    return;
  }
  const all = texts();
  const words = new Set<string>();
  const lines = all.map((a) => snapshotOf(a, words));
  const warm = fixtureArticles().map((a) => snapshotOf(a, words));
  const cold = lines.slice(lines.length - warm.length);
  warm.forEach((w, i) => {
    if (w !== cold[i]) throw new Error(`fixture ${i}: warm caches give another Document`);
  });
  lines.push(
    JSON.stringify(
      [...words].sort().map((w) => {
        const info = wordInfo(w);
        return [w, info.lemma, info.stop, adjectiveBase(w)];
      }),
    ),
  );
  const body = lines.join('\n') + '\n';
  if (process.argv[2]) writeFileSync(process.argv[2], body);
  const sha = createHash('sha256').update(body).digest('hex');
  console.log(`${all.length} texts, ${words.size} distinct words, ${body.length} chars; sha256 ${sha}`);
}

main();
