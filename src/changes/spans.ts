// Locating changes: spans of word runs, and the Change record itself.
import { adjectiveBase } from '../text/lemma.js';
import type { Change, ChangeKind } from '../model.js';
import type { Document } from '../text/document.js';
import type { PairContext } from './context.js';
import type { Word } from './words.js';

export function span(doc: Document, words: Word[]): { start: number; end: number; text: string } | null {
  if (words.length === 0) return null;
  const start = doc.tokens[words[0].tok].start;
  const end = doc.tokens[words[words.length - 1].tok].end;
  return { start, end, text: doc.text.slice(start, end) };
}

export function make(
  kind: ChangeKind,
  ctx: PairContext,
  a: Word[],
  b: Word[],
  confidence: number,
  note: string,
): Change {
  return { kind, copy: span(ctx.copy, a), source: span(ctx.source, b), confidence, note };
}

/** The forms a word is compared in: lemma and surface key. */
export const forms = (w: Word): string[] => {
  const out = w.key === w.lemma ? [w.lemma] : [w.lemma, w.key];
  if (w.lemma === 'people') out.push('person'); // the plural WordNet files under its own lemma
  // Comparatives and superlatives: "largest" and "biggest" are the synonyms large and big.
  const base = adjectiveBase(w.lemma);
  if (base) out.push(base);
  return out;
};

/** Widen a run of words to the whole names it touches (Juan → Juan Kirby). */
export function widenNames(all: Word[], from: number, to: number): Word[] {
  let s = from;
  let e = to;
  while (s > 0 && all[s - 1].name && (s === from || all[s].name)) s--;
  while (e < all.length && all[e].name && (e === to || all[e - 1].name)) e++;
  return all.slice(s, e);
}
