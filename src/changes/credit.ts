// Credits of a statement that the word diff alone reads poorly:
//  - the cue is kept but who is told or who says is not ("told Agence France-Presse" → "told the
//    media", "said co-author Hans Grimm" → "said another researcher");
//  - a reworded sentence keeps the statement but drops the whole credit clause ("Co-author Paul
//    Vidal told AFP the mural was found ... by doctoral student Ivan Petrov" → "Doctoral student
//    Ivan Petrov made the discovery ...").
import type { Change } from '../model.js';
import type { Gap } from '../reuse/token-diff.js';
import type { PairContext } from './context.js';
import { similarName } from './similar.js';
import { make } from './spans.js';
import { isContentWord, type Word } from './words.js';

/** Position in B of each matched word of A, from the diff's gaps. */
function matchedPositions(gaps: Gap[], lenA: number, lenB: number): Map<number, number> {
  const out = new Map<number, number>();
  let a = 0;
  let b = 0;
  for (const g of [...gaps, { a0: lenA, a1: lenA, b0: lenB, b1: lenB }]) {
    while (a < g.a0 && b < g.b0) out.set(a++, b++);
    a = g.a1;
    b = g.b1;
  }
  return out;
}

/** The run of name words starting at position k. */
function nameRun(X: Word[], k: number): Word[] {
  const out: Word[] = [];
  while (k < X.length && X[k].name && !X[k].quoted) out.push(X[k++]);
  return out;
}

export function creditChanges(
  ctx: PairContext,
  A: Word[],
  B: Word[],
  gaps: Gap[],
  spA: number[],
  spB: number[],
): Change[] {
  const out: Change[] = [];
  const aKeys = new Set(A.map((w) => w.key));
  const bKeys = new Set(B.map((w) => w.key));
  const toB = new Map([...matchedPositions(gaps, A.length, B.length)].map(([a, b]) => [b, a]));
  // The cue kept, the name after it gone.
  for (const j of spB) {
    const i = toB.get(j);
    if (i === undefined) continue;
    const run = nameRun(B, j + 1);
    if (run.length === 0 || run.some((w) => aKeys.has(w.key))) continue;
    const next = A.slice(i + 1, i + 3).filter((w) => !w.stop);
    if (next.length === 0 || next.some((w) => bKeys.has(w.key))) continue;
    if (next.some((w) => run.some((y) => w.name && similarName(w.key, y.key)))) continue; // misspelt
    out.push(
      make(
        'attribution_dropped',
        ctx,
        A.slice(i, i + 3),
        [B[j], ...run],
        0.6,
        'the statement is credited to someone else or to no one named',
      ),
    );
    return out;
  }
  // The whole credit clause gone from a reworded sentence that keeps the statement.
  if (spA.length > 0 || spB.length !== 1) return out;
  const cue = spB[0];
  // The speaker named right before the cue ("... of the University of Eastfield told").
  let k = cue;
  while (k > 0 && B[k - 1].name) k--;
  const speaker = B.slice(k, cue);
  const statement = B.slice(cue + 1).filter(isContentWord);
  if (speaker.length === 0 || statement.length < 5 || speaker.some((w) => aKeys.has(w.key))) return out;
  const kept = statement.filter((w) => aKeys.has(w.key)).length;
  const copyContent = A.filter(isContentWord);
  const fromStatement = copyContent.filter((w) => statement.some((x) => x.key === w.key)).length;
  if (kept >= 4 && fromStatement / Math.max(1, copyContent.length) >= 0.4) {
    out.push(
      make(
        'attribution_dropped',
        ctx,
        A,
        B.slice(0, cue + 1),
        0.55,
        'the source credits this statement to a speaker; the copy states it without one',
      ),
    );
  }
  return out;
}
