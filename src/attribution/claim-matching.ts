// Matching across articles for story claims: content words and their overlap, the side an actor
// speaks for, and whether a statement's sentence hedges it.
import { loadPairs, wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import type { ClaimsInput } from './claim-types.js';
import type { Statement } from './types.js';

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'and',
  'in',
  'that',
  'on',
  'for',
  'by',
  'with',
  'is',
  'was',
  'has',
  'have',
  'it',
  'its',
]);

export function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    if (!STOP.has(w) && w.length > 2) out.add(w.replace(/s$/, ''));
  return out;
}

export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.min(a.size, b.size);
}

/** Overlap of two word sets that share at least two words: one shared word ("Russia") is chance. */
export function overlapOfTwo(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n >= 2 ? overlap(a, b) : 0;
}

/** Words after a country's name that keep it the country's side: "Russian officials", "US Defense Secretary". */
const SIDE_BODY =
  /^(?:officials?|government|authorities|ministry|foreign|defen[cs]e|military|army|forces|troops|intelligence|embassy|spokes(?:man|woman|person)|president|prime|leaders?|department|administration|state|side|diplomats?|envoy|ambassador|secretary|minister)$/;

let actorNames: Map<string, string> | null = null;

/**
 * The side an accuser or accused speaks for (data/lexicon/claim-actors.txt): "the Pentagon",
 * "Washington" and "U.S. officials" are one side, "Moscow" and "the Kremlin" another. A name not
 * listed is its own key.
 */
export function actorKey(name: string): string {
  actorNames ??= loadPairs('claim-actors');
  const plain = name
    .toLowerCase()
    .replace(/[.]/g, '')
    .replace(/[’']s$/, '')
    .replace(/^the\s+/, '')
    .trim();
  const listed = actorNames.get(plain);
  if (listed) return listed;
  const words = plain.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const side = actorNames.get(words.slice(0, n).join(' '));
    if (side && SIDE_BODY.test(words[n])) return side;
  }
  return plain;
}

export function sameActor(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = actorKey(a);
  const y = actorKey(b);
  return x === y || x.includes(y) || y.includes(x);
}

export function sentenceAround(doc: Document, s: Statement): string {
  const sentence = doc.sentences.find((x) => x.start <= s.cue.start && x.end >= s.cue.end);
  return sentence ? doc.text.slice(sentence.start, sentence.end) : s.content.text;
}

export function isHedged(doc: Document, s: Statement): boolean {
  const hedges = wordSet('attribution-hedges');
  return (
    sentenceAround(doc, s)
      .toLowerCase()
      .match(/[\p{L}]+/gu) ?? []
  ).some((w) => hedges.has(w) && w !== 'accused');
}

/** Do [a, b) and [c, d) share a character? */
export function intersects(a: number, b: number, c: number, d: number): boolean {
  return a < d && c < b;
}

/**
 * Is `span` of a traced copy the same report as one of `reports` made in the copy's source, read
 * off the trace: does a passage aligned to the copy's source cover both? A spun or translated copy words an
 * allegation differently ("getting ready to fake an assault" for "preparing a fabricated
 * attack"), so word overlap alone would split the claim.
 */
export function alignedToSource(
  input: ClaimsInput,
  span: { start: number; end: number },
  reports: { article: string; statement: Statement }[],
): boolean {
  const link = input.derivesFrom;
  if (!link) return false;
  const there = reports.filter((x) => x.article === link.source).map((x) => x.statement.content);
  if (there.length === 0) return false;
  return link.passages.some(
    (p) =>
      intersects(p.copy.start, p.copy.end, span.start, span.end) &&
      there.some((x) => intersects(p.source.start, p.source.end, x.start, x.end)),
  );
}
