// Is one article derived from another, and which way? Decided from passage alignment.
import { alignDocuments, type Alignment } from '../reuse/align.js';
import { dateValue } from '../input/dates.js';
import type { Document } from '../text/document.js';
import type { DirectionEvidence, StoredArticle } from '../store/store.js';
import { isFurniture, sentenceUnits } from '../reuse/features.js';
import { swapFamiliarity } from './familiarity.js';
import { wireStyleEvidence } from './wire-style.js';
import { earlyShortMentions } from './first-mention.js';
import { bodyCoverage } from './framing.js';

/**
 * Page furniture outside the aligned text: short lines of navigation, sharing and credits that
 * sites wrap around the copies they publish. `share`: of the document's paragraphs; `weight`: of
 * its content weight (the measure alignment coverage uses).
 */
export function furniture(
  doc: Document,
  aligned: { start: number; end: number }[],
): { share: number; weight: number } {
  if (doc.paragraphs.length === 0) return { share: 0, weight: 0 };
  const units = sentenceUnits(doc);
  let n = 0;
  let furnitureWeight = 0;
  let total = 0;
  for (const p of doc.paragraphs) {
    let w = 0;
    for (let s = p.sentenceStart; s < p.sentenceEnd; s++) for (const u of units[s]) w += u.weight;
    total += w;
    if (aligned.some((a) => a.start < p.end && a.end > p.start)) continue;
    if (isFurniture(doc.text.slice(p.start, p.end))) {
      n++;
      furnitureWeight += w;
    }
  }
  return { share: n / doc.paragraphs.length, weight: total > 0 ? furnitureWeight / total : 0 };
}

export interface LinkEvidence {
  /** Short name mentions before the full name, in this article and in the other (first-mention.ts). */
  earlyMentionsThis: number;
  earlyMentionsOther: number;
  /** Copy-side alignment (this article against the other). */
  forward: Alignment;
  /** The other article aligned against this one. */
  backward: Alignment;
  /** Page furniture share of this article's paragraphs and of the other's (see `furniture`). */
  furnitureThis: number;
  furnitureOther: number;
  /** Page furniture share of this article's content weight and of the other's (see `furniture`). */
  furnitureWeightThis: number;
  furnitureWeightOther: number;
  /** Word-swap familiarity with this article as the copy (see familiarity.ts): > 0 when this reads less naturally. */
  swapFamiliarity: number;
  /** House-style evidence with this article as the copy (see wire-style.ts): > 0 when the other keeps the wire forms. */
  wireStyle: number;
}

/**
 * The evidence for a link from `doc` to `other`, or null when they share no running text or the
 * shared text does not make one derived from the other. `forward` may be passed when already
 * computed.
 */
export function linkEvidence(
  doc: Document,
  other: Document,
  forward = alignDocuments(doc, other),
): LinkEvidence | null {
  // No sentence of this article pairs with the other: they share no running text either way.
  if (forward.pairs.length === 0) return null;
  const backward = alignDocuments(other, doc);
  const ev: LinkEvidence = {
    forward,
    backward,
    earlyMentionsThis: 0,
    earlyMentionsOther: 0,
    furnitureThis: 0,
    furnitureOther: 0,
    furnitureWeightThis: 0,
    furnitureWeightOther: 0,
    swapFamiliarity: 0,
    wireStyle: 0,
  };
  if (!isDerived(ev, doc, other)) return null;
  const furnitureThis = furniture(
    doc,
    forward.passages.map((p) => p.copy),
  );
  const furnitureOther = furniture(
    other,
    backward.passages.map((p) => p.copy),
  );
  ev.furnitureThis = furnitureThis.share;
  ev.furnitureOther = furnitureOther.share;
  ev.furnitureWeightThis = furnitureThis.weight;
  ev.furnitureWeightOther = furnitureOther.weight;
  ev.earlyMentionsThis = earlyShortMentions(doc);
  ev.earlyMentionsOther = earlyShortMentions(other);
  ev.swapFamiliarity = swapFamiliarity(doc, other, forward);
  ev.wireStyle = wireStyleEvidence(doc, other, forward);
  return ev;
}

/** How much running text two articles share, 0..1 (coverage × similarity, best direction). */
export function strength(al: Alignment): number {
  return al.coverageCopy * al.meanSim;
}

/**
 * Derived (copied or rewritten) rather than independently written: enough aligned text, aligned
 * closely, and not only shared quotations. Independent reports of one event share facts and quotes
 * but rarely sentence after sentence of running text.
 */
/** A verified link from an article to another stored article. */
export interface Link {
  other: StoredArticle;
  otherDoc: Document;
  ev: LinkEvidence;
  strength: number;
}

/** A retrieved candidate, linked or not (story grouping looks at all of them). */
export interface Neighbour {
  article: StoredArticle;
  doc: Document;
}

/** The least share of its copy side an alignment must cover, one way or the other, for a link. */
export const DERIVED_COVERAGE = 0.35;

/** `doc` and `other`, when given, let a one-sentence excerpt be judged on its running text. */
export function isDerived(ev: LinkEvidence, doc?: Document, other?: Document): boolean {
  return derivedOneWay(ev.forward, doc) || derivedOneWay(ev.backward, other);
}

/**
 * The least share of its own wording (Alignment.wordingKept) a copy side keeps. Measured on every
 * linked pair of the real story clusters (docs/trace.md): independent reports of one event
 * keep at most 0.17 of each other's (they share the names, figures and quotes), copies keep
 * 0.30 or more of their source's (paraphrases 0.30-0.60, machine translations 0.54-0.73), spun
 * copies 0.37 or more.
 */
export const MIN_WORDING_KEPT = 0.2;

/** One direction of the evidence: is the copy side (mostly) made of the other's running text? */
function derivedOneWay(al: Alignment, copy?: Document): boolean {
  if (al.pairs.length === 0 || al.unquotedCoverageCopy < 0.2) return false;
  if (al.wordingKept < MIN_WORDING_KEPT) return false;
  if (al.pairs.length === 1) {
    if (al.meanSim < 0.8) return false;
    // An excerpt of one paragraph under its own headline and photo caption ("the excerpt stops
    // after the lead") is a copy of that paragraph: judge it on its running text.
    return al.coverageCopy >= 0.6 || (copy !== undefined && bodyCoverage(copy, al) >= 0.6);
  }
  // Real spinners swap a third of the words, some outside any thesaurus ("Related Press"), so
  // sentences match loosely; but they keep the whole article sentence for sentence.
  if (al.pairs.length >= 5 && al.coverageCopy >= 0.9 && al.meanSim >= 0.45) return true;
  return al.coverageCopy >= DERIVED_COVERAGE && al.meanSim >= 0.55;
}

/** 'neither': the link is too thin for the other to be this article's source (see MIN_SOURCE_STRENGTH). */
export type Direction = 'other-is-source' | 'this-is-source' | 'neither';

/**
 * A source accounts for a fair part of its copy: coverage × similarity of the copy-side alignment
 * at least this. Below it the shared text is background or a few quotes (independent reports of an
 * event; another wire version), not a derivation. No true copy on the real story clusters or the
 * synthetic benchmark falls below it (docs/trace.md).
 */
export const MIN_SOURCE_STRENGTH = 0.2;

/**
 * Pairwise evidence that the other article is the source of this one, in [-1, 1]: the earlier
 * date decides where both are dated and differ by more than a calendar day (±1; see
 * dateEvidence, whose one-day hint is added to the text's evidence; the dates yield only to a
 * later page's clearly fuller wire text, see overrulesDates); otherwise containment (how much of this
 * article lies in the other, minus the reverse, each side's unaligned page furniture left out: a
 * site's navigation and share links are not text the source lacks) plus trimming (inside the
 * aligned stretch, so truncated excerpts do not count, what the other has that this lacks: copies
 * trim their source more often than they pad it); page furniture around the shared text
 * (weighted lightly: on real pages the republished wire text often carries as much of it as the
 * copies do); rarer words in one-for-one swaps, which mark the spun side; wire house style
 * ("U.S.", "percent", an agency dateline) kept on one side and rewritten on the other; and a
 * person named by the last word before the full name, which marks moved sentences. Weights
 * were set on the real story clusters and the synthetic benchmark (docs/trace.md).
 */
export function sourceEvidence(ev: LinkEvidence, thisDate: string | null, otherDate: string | null): number {
  return directionEvidence(ev, thisDate, otherDate).evidence;
}

/** sourceEvidence with its terms, for explaining a choice (see DirectionEvidence). */
export function directionEvidence(
  ev: LinkEvidence,
  thisDate: string | null,
  otherDate: string | null,
): DirectionEvidence {
  const dated = dateEvidence(thisDate, otherDate);
  if (dated !== 1 && dated !== -1) return textEvidence(ev, dated);
  const text = textEvidence(ev, 0);
  if (!overrulesDates(text, dated)) return { basis: 'date', evidence: dated, terms: { date: dated } };
  // The text decides; `datesOverruled` records the dates it overruled (not added to the evidence).
  return { basis: 'text', evidence: text.evidence, terms: { ...text.terms, datesOverruled: dated } };
}

/**
 * How clearly the text must point against the dates to overrule them (see overrulesDates). No
 * labelled pair of the synthetic benchmark has text evidence stronger than 0.21 against the truth.
 */
export const DATE_OVERRULE = 0.6;

/**
 * A page's date is when that page went up, not when its text was written: the wire text
 * republished on one page may have reached another page days earlier (on the real story clusters
 * two stand-in wire pages are dated after their copies, one by ten days). So the dates yield
 * when the later page keeps the agency's house style or dateline that the earlier page rewrote
 * (see wire-style.ts: the reverse edit is rare) and the text as a whole, leaving out the
 * familiarity of swapped words (it misleads on translations, docs/trace.md), points to the later
 * page clearly: the earlier page copied the wire text that the later page carries. Containment
 * alone never overrules dates: copies truncated at different lengths contain one another either
 * way round (on the synthetic benchmark, a truncated copy dated after a shuffled sibling).
 */
function overrulesDates(text: DirectionEvidence, dated: number): boolean {
  const against = -dated;
  const withoutFamiliarity = text.evidence - text.terms.familiarity;
  return (
    against * text.terms.wireStyle > 0 &&
    against * text.evidence >= DATE_OVERRULE &&
    against * withoutFamiliarity >= DATE_OVERRULE
  );
}

function textEvidence(ev: LinkEvidence, dated: number): DirectionEvidence {
  const terms: Record<string, number> = {
    containment:
      withoutFurniture(ev.forward.coverageCopy, ev.furnitureWeightThis) -
      withoutFurniture(ev.backward.coverageCopy, ev.furnitureWeightOther),
    trimming: ev.forward.innerGapSource - ev.forward.innerGapCopy,
    furniture: 0.3 * (ev.furnitureThis - ev.furnitureOther),
    familiarity: 0.3 * ev.swapFamiliarity,
    wireStyle: 0.5 * ev.wireStyle,
    mentionOrder: MENTION_ORDER_WEIGHT * Math.sign(ev.earlyMentionsThis - ev.earlyMentionsOther),
    date: dated,
  };
  let e = 0;
  for (const v of Object.values(terms)) e += v;
  // ±1 is reserved for date evidence.
  return { basis: 'text', evidence: Math.max(-0.99, Math.min(0.99, e)), terms };
}

const DAY_MS = 86_400_000;
/** Weight of a one-day gap between dates without a time: a hint, not a verdict. */
const ADJACENT_DAY_HINT = 0.3;

/**
 * What the dates say, in [-1, 1]: 1 when the other article is clearly earlier, -1 when clearly
 * later, 0 when either is undated or both fall on the same day. A calendar date without a time is
 * the publisher's local date: a story published on the 14th in Europe is dated the 15th in
 * Singapore. So dates one day apart, where either lacks a time, only hint (±ADJACENT_DAY_HINT)
 * and the text decides with them.
 */
export function dateEvidence(thisDate: string | null, otherDate: string | null): number {
  const td = dateValue(thisDate);
  const od = dateValue(otherDate);
  if (td === null || od === null || td === od) return 0;
  const sign = od < td ? 1 : -1;
  const timed = thisDate!.length > 10 && otherDate!.length > 10;
  if (!timed && Math.abs(td - od) <= DAY_MS * 1.5) return sign * ADJACENT_DAY_HINT;
  return sign;
}

/**
 * Weight of mention order (first-mention.ts): only its sign counts, and lightly, as a tie-breaker
 * for copies whose text is the source's, reordered (0.2 misled on the real clusters).
 */
const MENTION_ORDER_WEIGHT = 0.1;

/** Coverage of a document's text leaving out its unaligned page furniture (a site's wrapping). */
function withoutFurniture(coverage: number, furnitureWeight: number): number {
  return Math.min(1, coverage / Math.max(0.01, 1 - furnitureWeight));
}

/** Evidence within ± this is a tie, broken by storage order. */
export const DIRECTION_TIE = 0.02;

/** Which of two linked articles is the source (see sourceEvidence); ties go to the earlier stored one. */
export function direction(
  ev: LinkEvidence,
  thisDate: string | null,
  otherDate: string | null,
  thisKey: number,
  otherKey: number,
): Direction {
  if (strength(ev.forward) < MIN_SOURCE_STRENGTH) return 'neither';
  const e = sourceEvidence(ev, thisDate, otherDate);
  if (e > DIRECTION_TIE) return 'other-is-source';
  if (e < -DIRECTION_TIE) return 'this-is-source';
  return otherKey < thisKey ? 'other-is-source' : 'this-is-source';
}
