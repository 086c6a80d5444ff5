// "The family sides with the text it was copied from." Where two linked articles differ in a name
// or a figure inside the sentences they share, each side's reading is a variant; the other
// articles linked to them carry one side's variants or the other's. Syndicated news spreads as a
// star: most copies take the wire text, few copy each other. So the readings a family shares are
// the source's, and a copy's own variants (a misheard name, a changed figure, a word a machine
// translation rendered otherwise) stay with it. Used where the other signs of direction cannot be
// trusted: between an article and a translation or paraphrase of it (docs/trace.md).
import type { Alignment } from '../reuse/align.js';
import { sentenceUnits } from '../reuse/features.js';
import type { Document } from '../text/document.js';
import { clearSide } from './witness-votes.js';

/** Names and numbers (strong units) of sentences [from, to) of a document. */
function strongUnits(doc: Document, from = 0, to = doc.sentences.length): Set<string> {
  const units = sentenceUnits(doc);
  const out = new Set<string>();
  for (let s = from; s < to; s++) for (const u of units[s]) if (u.weight > 1) out.add(u.key);
  return out;
}

const wholeMemo = new WeakMap<Document, Set<string>>();
function allStrongUnits(doc: Document): Set<string> {
  let units = wholeMemo.get(doc);
  if (!units) wholeMemo.set(doc, (units = strongUnits(doc)));
  return units;
}

export interface VariantVotes {
  /** Variants of `doc` (as aligned with `other`) found in the witnesses, counted per witness. */
  self: number;
  /** Variants of `other` found in the witnesses. */
  other: number;
}

/**
 * Votes of `witnesses` between the variant readings of `doc` and of `other`: names and numbers of
 * aligned sentences (`al`, doc against other) that one side has and the other lacks anywhere in
 * its text (a name merely mentioned elsewhere is no variant).
 */
export function variantVotes(
  doc: Document,
  other: Document,
  al: Alignment,
  witnesses: Document[],
): VariantVotes {
  const docAll = allStrongUnits(doc);
  const otherAll = allStrongUnits(other);
  const docVariants = new Set<string>();
  const otherVariants = new Set<string>();
  for (const p of al.pairs) {
    for (const k of strongUnits(doc, p.a0, p.a1)) if (!otherAll.has(k)) docVariants.add(k);
    for (const k of strongUnits(other, p.b0, p.b1)) if (!docAll.has(k)) otherVariants.add(k);
  }
  const votes: VariantVotes = { self: 0, other: 0 };
  if (docVariants.size === 0 && otherVariants.size === 0) return votes;
  for (const w of witnesses) {
    const units = allStrongUnits(w);
    for (const k of docVariants) if (units.has(k)) votes.self++;
    for (const k of otherVariants) if (units.has(k)) votes.other++;
  }
  return votes;
}

/** Least votes, and least ratio over the other side's, for the family to decide. */
export const FAMILY_MIN_VOTES = 4;
export const FAMILY_RATIO = 3;

/** Which side the witnesses clearly take: 'self', 'other', or null when they do not. */
export function familySide(votes: VariantVotes): 'self' | 'other' | null {
  return clearSide(votes, FAMILY_MIN_VOTES, FAMILY_RATIO);
}
