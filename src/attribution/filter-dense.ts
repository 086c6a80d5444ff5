// A candidate statement as a few numbers, for the boosted trees that take the statement filter's
// last decision (filter.ts gives the perceptron's margin, which comes first): how sure the tagger
// is of the cue, what the source and the content look like before and after settling, and how the
// candidate stands among the others of its sentence.
import type { Document } from '../text/document.js';
import type { FinalContent } from './final-content.js';
import { contentShape, insideContent, sourceKind } from './filter.js';
import { FINITE } from './sources.js';
import type { Frame } from './spans.js';

/** Names of the numbers denseFeatures writes, in order (the model file lists them). */
export const DENSE_FEATURES = [
  'filter margin',
  'cue score',
  'cue tokens',
  'source kind',
  'source tokens',
  'content tokens',
  'quoted share',
  'content side',
  'content pieces',
  'settled words',
  'end cut tokens',
  'end margin',
  'settled runs to sentence end',
  'settled holds a finite verb',
  'settled inside another',
  'inside another content',
  'holds another cue',
  'surer cues in sentence',
  'candidates in sentence',
  'cue position in sentence',
  'sentence tokens',
  'cue to content gap',
  'content opens with that',
] as const;

/** Writes the dense features of candidate f into out (DENSE_FEATURES.length numbers). */
export function denseFeatures(
  doc: Document,
  f: Frame,
  others: readonly Frame[],
  fin: FinalContent,
  margin: number,
  out: Float64Array,
): void {
  const { first, last } = f.cue;
  const s = doc.sentences[f.cue.sentence];
  const score = f.cue.score ?? 60;
  const { words, quoted, side } = contentShape(doc, f);
  const cStart = f.content.length ? f.content[0][0] : first;
  const cEnd = f.content.length ? f.content[f.content.length - 1][1] : last;
  const src = f.source;
  const srcKind = sourceKind(doc, f);
  let settled = 0;
  let finite = 0;
  for (const [a, b] of fin.pieces)
    for (let i = a; i < b; i++) {
      const t = doc.tokens[i];
      if (t.kind === 'punct') continue;
      settled++;
      if (FINITE.has(t.norm)) finite = 1;
    }
  const note = fin.note;
  const endToken = fin.pieces.length ? fin.pieces[fin.pieces.length - 1][1] : -1;
  let toEnd = 0;
  if (endToken > 0) {
    let j = endToken;
    while (j < s.tokenEnd && doc.tokens[j].kind === 'punct') j++;
    toEnd = j >= s.tokenEnd ? 1 : 0;
  }
  let outer = 0;
  let held = 0;
  let surer = 0;
  let count = 0;
  for (const g of others) {
    if (g === f || g.cue.sentence !== f.cue.sentence) continue;
    count++;
    if ((g.cue.score ?? 60) > score) surer++;
    if (insideContent(doc, first, g, f)) outer = Math.max(outer, (g.cue.score ?? 60) >= 0 ? 2 : 1);
    if (insideContent(doc, g.cue.first, f, g)) held = Math.max(held, (g.cue.score ?? 60) >= 0 ? 2 : 1);
  }
  let k = 0;
  out[k++] = margin;
  out[k++] = Math.max(-60, Math.min(60, score));
  out[k++] = last - first;
  out[k++] = srcKind;
  out[k++] = src ? src[1] - src[0] : 0;
  out[k++] = words;
  out[k++] = words ? quoted / words : 0;
  out[k++] = side;
  out[k++] = f.content.length;
  out[k++] = settled;
  out[k++] = note ? Math.max(0, note.before - note.after) : -1;
  out[k++] = note ? Math.max(-30, Math.min(30, note.margin)) : 40;
  out[k++] = toEnd;
  out[k++] = finite;
  out[k++] = fin.nested ? 1 : 0;
  out[k++] = outer;
  out[k++] = held;
  out[k++] = surer;
  out[k++] = count;
  out[k++] = first - s.tokenStart;
  out[k++] = s.tokenEnd - s.tokenStart;
  out[k++] = side === 1 ? cStart - last : side === 0 ? first - cEnd : 0;
  out[k++] = doc.tokens[cStart]?.norm === 'that' ? 1 : 0;
}
