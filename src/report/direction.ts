// Why a source is the source, in words, from the direction evidence the trace recorded.
import type { DirectionEvidence } from '../store/store.js';
import { DIRECTION_TIE } from '../provenance/relation.js';

/** What each direction term means when it points to the source (see DirectionEvidence). */
const DIRECTION_REASONS: Record<string, string> = {
  containment: 'the source holds more of this text than this holds of the source',
  trimming: 'this copy cuts text inside the passage they share',
  furniture: 'this copy wraps the text in page furniture',
  familiarity: 'this copy swaps words for rarer ones',
  wireStyle: 'the source keeps the wire style this copy rewrote ("U.S.", an agency dateline)',
  mentionOrder: 'this copy names someone by the last name before the full name (sentences moved)',
  date: 'the source is dated a day earlier (dates without times may differ by time zone)',
  family: 'the other articles sharing this text carry the source’s names and figures where this one differs',
  familyCloser: 'the other articles sharing this text follow the source’s order and hold more of its text',
  familyWording: 'the other articles sharing this text keep the source’s wording, which this one rewords',
};
/** Terms below this weigh too little to name. */
const REASON_MIN = 0.05;
const MAX_REASONS = 3;

/** Why the source is the source, in words: the dates, or the strongest text terms. */
export function directionReasons(d: DirectionEvidence): string {
  if (d.basis === 'date') return 'the source is dated earlier';
  const named = Object.entries(d.terms)
    .filter(([k, v]) => v >= REASON_MIN && DIRECTION_REASONS[k])
    .sort((x, y) => y[1] - x[1])
    .slice(0, MAX_REASONS)
    .map(([k]) => DIRECTION_REASONS[k]);
  if (named.length) return named.join('; ');
  // Evidence within the tie margin is no sign: direction() takes the article stored first.
  return d.evidence > DIRECTION_TIE
    ? 'weak signs in the text'
    : 'no sign in the text either way: the article stored first is taken';
}
