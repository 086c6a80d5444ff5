// Sentences with no counterpart: inserted (in the copy) or dropped (from the source), reported only
// inside the stretch both texts cover, so a shorter excerpt on either side is never a change.
import type { Change } from '../model.js';
import type { Alignment, SentencePair } from '../reuse/align.js';
import type { Document } from '../text/document.js';
import { canonical } from '../reuse/synonyms.js';
import { captionFlags } from '../reuse/framing.js';
import { lexicons } from './lexicons.js';
import { isContentWord, quotedFlags, sentenceWords, type Word } from './words.js';

export function isBoilerplate(doc: Document, s: number): boolean {
  const text = doc.text.slice(doc.sentences[s].start, doc.sentences[s].end).toLowerCase();
  return lexicons().boilerplate.some((b) => text.includes(b));
}

/** A title-case headline or byline: mostly capitalised words. */
export function isHeadline(doc: Document, s: number): boolean {
  const sen = doc.sentences[s];
  let words = 0;
  let caps = 0;
  for (let i = sen.tokenStart; i < sen.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' || t.stop) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 4 && caps / words > 0.7;
}

function contentKeys(doc: Document, s: number): Set<string> {
  return new Set(
    sentenceWords(doc, s, s + 1)
      .filter(isContentWord)
      .map((w) => (w.number ? w.key : canonical(w.lemma))),
  );
}

/** Highest share of a sentence's content words found in any one sentence of the other text. */
function bestOverlap(keys: Set<string>, other: Set<string>[]): number {
  if (keys.size === 0) return 0;
  let best = 0;
  for (const o of other) {
    let n = 0;
    for (const k of keys) if (o.has(k)) n++;
    best = Math.max(best, n / keys.size);
  }
  return best;
}

/** The sentence has names or figures, and every one of them occurs in the source. */
function onlyKnownAnchors(doc: Document, s: number, known: Set<string>): boolean {
  const anchors = sentenceWords(doc, s, s + 1).filter((w) => w.name || w.number);
  return anchors.length > 0 && anchors.every((w) => known.has(w.key));
}

/**
 * A quotation credited to someone the source names ("..., added Vidal", or "..., he added" after a
 * sentence crediting him): the wire story quotes them, most likely beyond the source's excerpt.
 */
function quotesKnownSpeaker(doc: Document, s: number, known: Set<string>, paired: Set<number>): boolean {
  const quoted = quotedFlags(doc);
  const words = sentenceWords(doc, s, s + 1);
  if (words.length === 0 || words.filter((w) => quoted[w.tok]).length < words.length / 2) return false;
  const speakers = (ws: Word[]) => {
    const out: Word[] = [];
    ws.forEach((w, k) => {
      if (quoted[w.tok] || !lexicons().speechVerbs.has(w.lemma)) return;
      for (let n = Math.max(0, k - 3); n <= Math.min(ws.length - 1, k + 3); n++)
        if (ws[n].name && !quoted[ws[n].tok]) out.push(ws[n]);
    });
    return out;
  };
  const own = speakers(words);
  const hasCue = words.some((w) => !quoted[w.tok] && lexicons().speechVerbs.has(w.lemma));
  const before = s > 0 ? sentenceWords(doc, s - 1, s) : [];
  const credit = own.length > 0 || hasCue ? own : [];
  // "..., he added." or no credit at all: the speaker credited in the sentence before, when that
  // sentence is not the source's own (there the source would go on with the same quotation).
  if (credit.length === 0 && !paired.has(s - 1)) {
    const prevCue = before.some((w) => !quoted[w.tok] && lexicons().speechVerbs.has(w.lemma));
    if (prevCue) credit.push(...before.filter((w) => w.name && !quoted[w.tok]));
  }
  return credit.some((w) => known.has(w.key) && !w.acronym);
}

const ENDS_SENTENCE = /[.!?…]["'”’)]*$/;

function sentenceSpan(doc: Document, s: number) {
  const { start, end } = doc.sentences[s];
  return { start, end, text: doc.text.slice(start, end) };
}

/** Index of the last sentence that is not page furniture. */
export function lastBody(doc: Document): number {
  let s = doc.sentences.length - 1;
  while (s > 0 && isBoilerplate(doc, s)) s--;
  return s;
}

const FIRST_PERSON = new Set(['i', 'me', 'my']);
const READER = new Set(['you', 'your']);

/**
 * The writer speaks in the first person or to the reader, outside quotation marks ("Watch the
 * video I made", "Why should you care about a closed bridge?"): news copy does not, so the
 * sentence is the republisher's own. 2: first person (even in a line that looks like page
 * furniture), 1: the reader addressed or asked, 0: neither.
 */
export function editorialVoice(doc: Document, s: number): 0 | 1 | 2 {
  const quoted = quotedFlags(doc);
  const sen = doc.sentences[s];
  let voice: 0 | 1 | 2 = 0;
  for (let i = sen.tokenStart; i < sen.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (quoted[i] || t.kind === 'number') continue;
    if (t.kind === 'word' && FIRST_PERSON.has(t.norm)) return 2;
    if ((t.kind === 'word' && READER.has(t.norm)) || (t.kind === 'punct' && t.text === '?')) voice = 1;
  }
  return voice;
}

function inserted(copy: Document, i: number, confidence: number): Change {
  return {
    kind: 'sentence_inserted',
    copy: sentenceSpan(copy, i),
    source: null,
    confidence,
    note: 'a sentence with no counterpart in the source, inside the part of the story both cover',
  };
}

/**
 * Sentence i lies in a photo caption or page furniture ("… to reach the stranded hikers. Picture: Reuters"), or in
 * a text the page prints twice (a photo's alt text beside its caption).
 */
function inCaption(doc: Document, i: number): boolean {
  return captionFlags(doc)[doc.sentences[i].paragraph];
}

export function unpairedSentences(
  copy: Document,
  source: Document,
  al: Alignment,
  extra: SentencePair[] = [],
): Change[] {
  const out: Change[] = [];
  if (al.pairs.length === 0) return out;
  const pairedA = new Set<number>();
  const pairedB = new Set<number>();
  for (const p of [...al.pairs, ...extra]) {
    for (let i = p.a0; i < p.a1; i++) pairedA.add(i);
    for (let j = p.b0; j < p.b1; j++) pairedB.add(j);
  }
  const minA = Math.min(...al.pairs.map((p) => p.a0));
  const maxA = Math.max(...al.pairs.map((p) => p.a1));
  const minB = Math.min(...al.pairs.map((p) => p.b0));
  const maxB = Math.max(...al.pairs.map((p) => p.b1));
  const keysA = copy.sentences.map((_, i) => contentKeys(copy, i));
  const keysB = source.sentences.map((_, j) => contentKeys(source, j));
  const unpairedKeysB = keysB.filter((_, j) => !pairedB.has(j));

  const sourceAnchors = new Set(
    sentenceWords(source, 0, source.sentences.length)
      .filter((w) => w.name || w.number)
      .map((w) => w.key),
  );
  const sourceOf = new Map<number, [number, number]>();
  for (const p of al.pairs) for (let i = p.a0; i < p.a1; i++) sourceOf.set(i, [p.b0, p.b1]);
  for (let i = minA + 1; i < copy.sentences.length; i++) {
    if (pairedA.has(i) || isHeadline(copy, i) || inCaption(copy, i)) continue;
    const voice = editorialVoice(copy, i);
    if (isBoilerplate(copy, i) && voice < 2) continue;
    const keys = keysA[i];
    if (voice > 0) {
      // The republisher's own voice: reported anywhere past the first aligned sentence.
      if (keys.size >= 3 && bestOverlap(keys, keysB) < 0.8) out.push(inserted(copy, i, 0.6));
      continue;
    }
    if (i >= maxA - 1 || keys.size < 4) continue;
    // A reworded or merged sentence still shares much with some source sentence: one the copy
    // renders nowhere else, or, sharing most of its words, any ("Officials added that the video
    // had been filmed" shares a few words with a source sentence the copy keeps elsewhere).
    if (bestOverlap(keys, unpairedKeysB) >= 0.3 || bestOverlap(keys, keysB) >= 0.6) continue;
    // ... or something with a source sentence where it stands (a split or paraphrase the aligner missed).
    let prev = i - 1;
    while (prev >= 0 && !sourceOf.has(prev)) prev--;
    let next = i + 1;
    while (next < copy.sentences.length && !sourceOf.has(next)) next++;
    const lo = prev >= 0 ? sourceOf.get(prev)![1] : 0;
    const hi = next < copy.sentences.length ? sourceOf.get(next)![0] : source.sentences.length;
    // Past the copy's rendering of the source's last sentence lies text the source excerpt does
    // not reach, even when a later copy sentence renders an earlier source one (moved).
    if (lo >= source.sentences.length) continue;
    // A split takes words of the source sentence that its other half lacks; words the copy's
    // neighbours already carry ("officials", "video") are no sign of one.
    const neighbours = new Set([
      ...(prev >= 0 ? keysA[prev] : []),
      ...(next < keysA.length ? keysA[next] : []),
    ]);
    const window: Set<string>[] = [];
    for (let j = Math.min(lo, hi) - 1; j <= Math.max(lo, hi); j++)
      if (j >= 0 && j < keysB.length) window.push(new Set([...keysB[j]].filter((k) => !neighbours.has(k))));
    if (bestOverlap(keys, window) >= 0.2) continue;
    // In a loose rewrite, a sentence whose names and figures all come from the source is more
    // likely a reworded source sentence than a new claim.
    if (al.meanSim < 0.75 && onlyKnownAnchors(copy, i, sourceAnchors)) continue;
    if (quotesKnownSpeaker(copy, i, sourceAnchors, pairedA)) continue;
    const text = copy.text.slice(copy.sentences[i].start, copy.sentences[i].end);
    out.push(inserted(copy, i, ENDS_SENTENCE.test(text) ? 0.65 : 0.5));
  }
  // Drops only from a close copy, where the copy runs straight from the sentence before to the one after.
  if (al.meanSim < 0.8) return out;
  const copyOf = new Map<number, number>();
  for (const p of al.pairs) for (let j = p.b0; j < p.b1; j++) copyOf.set(j, p.a1 - 1);
  for (let j = minB + 1; j < maxB - 1; j++) {
    if (pairedB.has(j) || isBoilerplate(source, j)) continue;
    const before = copyOf.get(j - 1);
    const after = copyOf.get(j + 1);
    if (before === undefined || after === undefined || after !== before + 1) continue;
    const keys = keysB[j];
    if (
      keys.size < 8 ||
      /\bphoto|\bpictured\b/i.test(source.text.slice(source.sentences[j].start, source.sentences[j].end))
    )
      continue;
    const text = source.text.slice(source.sentences[j].start, source.sentences[j].end);
    if (!ENDS_SENTENCE.test(text)) continue;
    if (bestOverlap(keys, keysA) >= 0.35) continue;
    out.push({
      kind: 'sentence_dropped',
      copy: null,
      source: sentenceSpan(source, j),
      confidence: 0.45,
      note: 'a source sentence the copy leaves out, between sentences it keeps',
    });
  }
  return out;
}
