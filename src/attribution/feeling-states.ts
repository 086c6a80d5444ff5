// "The growers are worried about the levy", "Her aides are not convinced that …": a form of "be"
// before a participle of feeling or conviction is no passive of an unnamed agent but the
// subject's own state of mind, so the subject is the source and the complement the content, as
// PolNeAR marks them (in train, every such cue the passive rule left without a source had one).
import type { Document } from '../text/document.js';
import type { Frame } from './frame.js';

/** Participles that, after "be", tell the subject's feeling, belief or resolve. */
const FEELING_PARTICIPLES: ReadonlySet<string> = new Set([
  'alarmed',
  'amazed',
  'angered',
  'annoyed',
  'appalled',
  'assured',
  'astonished',
  'baffled',
  'bothered',
  'concerned',
  'confused',
  'convinced',
  'delighted',
  'determined',
  'disappointed',
  'disgusted',
  'disillusioned',
  'dismayed',
  'displeased',
  'dissatisfied',
  'disturbed',
  'divided',
  'embarrassed',
  'encouraged',
  'enraged',
  'excited',
  'exasperated',
  'focused',
  'frightened',
  'frustrated',
  'heartened',
  'horrified',
  'impressed',
  'incensed',
  'infuriated',
  'intrigued',
  'irritated',
  'mystified',
  'outraged',
  'perplexed',
  'pleased',
  'puzzled',
  'relieved',
  'satisfied',
  'scared',
  'shocked',
  'startled',
  'stunned',
  'surprised',
  'terrified',
  'thrilled',
  'tired',
  'troubled',
  'unconvinced',
  'unimpressed',
  'unsatisfied',
  'upset',
  'worried',
]);

/** Does the cue end on such a participle, or on one and its preposition ("worried about")? */
export function isFeelingState(doc: Document, f: Frame): boolean {
  let v = f.cue.last - 1;
  if (v > f.cue.first && doc.tokens[v].kind === 'word' && !FEELING_PARTICIPLES.has(doc.tokens[v].norm)) v--;
  return v >= f.cue.first && FEELING_PARTICIPLES.has(doc.tokens[v].norm);
}
