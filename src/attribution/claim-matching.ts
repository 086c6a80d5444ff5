// Matching across articles for story claims: content words and their overlap, the side an actor
// speaks for, and whether a statement's sentence hedges it.
import { loadPairs, wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import { isStopword, lemmaOf } from '../text/lemma.js';
import type { ClaimsInput } from './claim-types.js';
import type { Statement } from './types.js';

/** The content words of a text by lemma ("hiding", "hidden" → hide), function words left out. */
export function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    if (w.length > 2 && !isStopword(w)) out.add(lemmaOf(w).replace(/s$/, ''));
  return out;
}

const CONTENT_WORDS = new WeakMap<Statement, Set<string>>();

/**
 * The words of a statement's content, computed once: claims compare each denial with every
 * statement of its article, and an article of thousands of statements made recomputing them the
 * whole cost of `stories --claims`.
 */
export function contentWords(s: Statement): Set<string> {
  let w = CONTENT_WORDS.get(s);
  if (!w) CONTENT_WORDS.set(s, (w = words(s.content.text)));
  return w;
}

/** "the allegations | as “a partisan smear”": what a denial calls the thing it denies is no part of it. */
const CHARACTERISED = /^(\S+(?:\s+\S+){0,5}?)\s+as\s+\S.*$/s;

/** The words of what a denial denies (its content without the name it calls it by). */
export function deniedWords(s: Statement): Set<string> {
  const m = CHARACTERISED.exec(s.content.text);
  return m ? words(m[1]) : contentWords(s);
}

/** Whom a spokesperson, office or lawyer named by a possessive speaks for ("Alder’s office" → Alder). */
const SPEAKS_FOR =
  /^(.+?)[’']s?\s+(?:office|spokesman|spokeswoman|spokesperson|lawyers?|attorneys?|campaign|press office|representatives?|aides?)$/i;

export function speaksFor(name: string | null): string | null {
  const m = name ? SPEAKS_FOR.exec(name.trim()) : null;
  return m ? m[1] : null;
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

let actorNames: ReadonlyMap<string, string> | null = null;
const actorKeys = new Map<string, string>();

/**
 * The side an accuser or accused speaks for (data/lexicon/claim-actors.txt): "the Pentagon",
 * "Washington" and "U.S. officials" are one side, "Moscow" and "the Kremlin" another. A name not
 * listed is its own key.
 */
export function actorKey(name: string): string {
  let key = actorKeys.get(name);
  if (key === undefined) {
    // Bounded: names come from the articles, which are attacker-controlled.
    if (actorKeys.size > 100_000) actorKeys.clear();
    actorKeys.set(name, (key = actorKeyOf(name)));
  }
  return key;
}

function actorKeyOf(name: string): string {
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
  // The last sentence starting at or before the cue (sentences are in text order).
  const sentences = doc.sentences;
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid].start <= s.cue.start) lo = mid + 1;
    else hi = mid;
  }
  const sentence = lo > 0 ? sentences[lo - 1] : undefined;
  return sentence && sentence.end >= s.cue.end
    ? doc.text.slice(sentence.start, sentence.end)
    : s.content.text;
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
