// Negations in a pair of sentences: how many a side holds, and a negated clause the other side
// rewrote without its negation ("could not be independently verified" / "was credible").
import type { Change } from '../model.js';
import type { Gap } from '../reuse/token-diff.js';
import type { PairContext } from './context.js';
import { lexicons } from './lexicons.js';
import { prefixNegates } from './similar.js';
import { span } from './spans.js';
import type { Word } from './words.js';

/** Negators, less idioms that negate nothing ("if not thousands", "not only"). */
export const isNegation = (ws: Word[], i: number) =>
  lexicons().negations.has(ws[i].key) &&
  !(ws[i].key === 'not' && (ws[i - 1]?.key === 'if' || ws[i + 1]?.key === 'only'));
export const negationCount = (ws: Word[]) => ws.filter((_, i) => isNegation(ws, i)).length;
/** Longest rewritten stretch, in words on either side, within which a lost negation is read. */
const REWRITE_REACH = 8;
/** Verbs that carry a negation in another form ("failed to", "lacks", "denied"). */
const NEGATIVE_VERB = /^(?:fail|lack|deny|denie|refus|reject|doubt)/;

/**
 * Does `other` say a negation of `negated`'s words in another form: a negative verb, or a word that
 * is one of them with a negative prefix ("unverified" for "not verified")?
 */
export function negatedOtherwise(other: Word[], negated: Word[]): boolean {
  const keys = new Set(negated.map((w) => w.key));
  return other.some((w) => {
    if (NEGATIVE_VERB.test(w.key)) return true;
    return [...keys].some((k) => prefixNegates(w.key, k));
  });
}

/**
 * The negation_flipped change for a negation that one side holds in a rewritten stretch of at most
 * REWRITE_REACH words and the other side's stretch does not say in another form, or null.
 */
export function rewrittenNegation(
  A: Word[],
  B: Word[],
  gaps: Gap[],
  inCopy: boolean,
): ((ctx: PairContext) => Change) | null {
  for (const g of gaps) {
    const ga = A.slice(g.a0, g.a1);
    const gb = B.slice(g.b0, g.b1);
    if (ga.length === 0 || gb.length === 0 || ga.length > REWRITE_REACH || gb.length > REWRITE_REACH)
      continue;
    const [neg, other] = inCopy ? [ga, gb] : [gb, ga];
    const negWords = neg.filter((w) => lexicons().negations.has(w.key));
    if (
      negWords.length === 0 ||
      other.some((w) => lexicons().negations.has(w.key)) ||
      negatedOtherwise(other, neg)
    )
      continue;
    return (ctx) => ({
      kind: 'negation_flipped',
      copy: span(ctx.copy, ga),
      source: span(ctx.source, gb),
      confidence: 0.55,
      note: inCopy
        ? 'the copy rewrites the clause with a negation the source does not have'
        : 'the copy rewrites a negated clause without its negation',
    });
  }
  return null;
}
