// Second-chance pairing: copy sentences the alignment left unpaired (or paired too loosely to read)
// are matched to the source sentence they share most content words with. Paraphrased and
// machine-translated copies reword sentences beyond what the trace engine pairs; once paired here,
// they are read word by word like any other pair (only the checks that hold at low similarity
// fire), and they are no longer candidates for `sentence_inserted`.
import type { Alignment, SentencePair } from '../reuse/align.js';
import type { Document } from '../text/document.js';
import { canonical } from '../reuse/synonyms.js';
import { isBoilerplate, isHeadline } from './sentences.js';
import { isContentWord, sentenceWords } from './words.js';

/** Pairs the alignment found below this similarity are not read; their copy sentences may pair here. */
export const MIN_PAIR_SIM = 0.35;
/** Shared content words a second-chance pair needs, and its least Dice overlap. */
const MIN_SHARED = 3;
const MIN_DICE = 0.3;

function keysOf(doc: Document, s: number): Set<string> {
  return new Set(
    sentenceWords(doc, s, s + 1)
      .filter(isContentWord)
      .map((w) => (w.number ? w.key : canonical(w.lemma))),
  );
}

/** Names and figures of a sentence: a pair sharing none of them and few words is a coincidence. */
function anchorsOf(doc: Document, s: number): Set<string> {
  return new Set(
    sentenceWords(doc, s, s + 1)
      .filter((w) => w.name || w.number)
      .map((w) => w.key),
  );
}

/**
 * Extra 1:1 pairs for the copy sentences the alignment did not pair usably, best overlap first.
 * Each copy sentence pairs once; a source sentence may serve several (a split the aligner missed),
 * but not one it already pairs closely with another copy sentence.
 */
export function secondChancePairs(copy: Document, source: Document, al: Alignment): SentencePair[] {
  if (al.pairs.length === 0) return [];
  const usedA = new Set<number>();
  const closeB = new Set<number>();
  for (const p of al.pairs) {
    if (p.sim < MIN_PAIR_SIM) continue;
    for (let i = p.a0; i < p.a1; i++) usedA.add(i);
    if (p.sim >= 0.6) for (let j = p.b0; j < p.b1; j++) closeB.add(j);
  }
  const keysB = source.sentences.map((_, j) => keysOf(source, j));
  const anchorsB = source.sentences.map((_, j) => anchorsOf(source, j));
  const skipB = source.sentences.map((_, j) => isBoilerplate(source, j) || isHeadline(source, j));
  const candidates: SentencePair[] = [];
  for (let i = 0; i < copy.sentences.length; i++) {
    if (usedA.has(i) || isBoilerplate(copy, i) || isHeadline(copy, i)) continue;
    const ka = keysOf(copy, i);
    if (ka.size < 4) continue;
    const anchors = anchorsOf(copy, i);
    let best: SentencePair | null = null;
    for (let j = 0; j < source.sentences.length; j++) {
      if (skipB[j] || closeB.has(j)) continue;
      let shared = 0;
      for (const k of ka) if (keysB[j].has(k)) shared++;
      const dice = (2 * shared) / (ka.size + keysB[j].size);
      let sharedAnchors = 0;
      for (const k of anchors) if (anchorsB[j].has(k)) sharedAnchors++;
      if (shared < MIN_SHARED || dice < MIN_DICE) continue;
      if (sharedAnchors === 0 && shared < 4) continue;
      if (!best || dice > best.sim) best = { a0: i, a1: i + 1, b0: j, b1: j + 1, sim: dice };
    }
    if (best) candidates.push(best);
  }
  return candidates;
}
