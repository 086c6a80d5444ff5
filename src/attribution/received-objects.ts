// Is what follows a verb of receiving or stirring ("drew", "faced", "sparked") talk by others
// about the subject ("drew criticism", "faced calls to resign", "sparked speculation")? Not when
// the verb is itself the cue ("Kerr drew | the analogy", "The raid sparked | a debate"), when the
// subject draws something of its own ("is drawing sharp contrasts", "drew a distinction", "drew
// attention to"), when it is made to speak ("was prompted to say"), or when the cue opens a clause
// of its own ("faced doubts after | saying"): there the subject speaks. PolNeAR train: of the 10
// such cues that source-repairs.ts's receivedFromOthers had cleared, the subject is the source of
// 9 (the tenth, "X drove her foes to distraction", has the object).
import type { Document } from '../text/document.js';
import { BE_FORMS } from './passive.js';

/** What a subject draws itself: a comparison, a line, a plan ("drew the analogy", "drawing blueprints"). */
const OWN_DRAWINGS = new Set([
  'analogy',
  'analogies',
  'contrast',
  'contrasts',
  'comparison',
  'distinction',
  'distinctions',
  'parallel',
  'parallels',
  'line',
  'lines',
  'conclusion',
  'conclusions',
  'lesson',
  'lessons',
  'blueprint',
  'blueprints',
  'plan',
  'plans',
  'picture',
  'portrait',
]);

/** Words that open a clause or adjunct of their own after an object ("faced doubts after | saying"). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'since', 'because', 'by', 'until']);

/**
 * Whether the verb of receiving at `verb`, before the cue's noun at `head` (cue opening at
 * `cueFirst`), reads as the subject receiving talk from others.
 */
export function receivesTalk(doc: Document, verb: number, head: number, cueFirst: number): boolean {
  if (head <= verb) return false;
  const v = doc.tokens[verb];
  const next = doc.tokens[verb + 1];
  // "was prompted to say", "prompting them to speak": the one moved to speak speaks.
  if (next?.norm === 'to' || (BE_FORMS.has(doc.tokens[verb - 1]?.norm ?? '') && !v.norm.endsWith('ing')))
    return false;
  for (let j = verb + 1; j < cueFirst; j++) if (CLAUSE_OPENERS.has(doc.tokens[j].norm)) return false;
  if (v.lemma !== 'draw') return true;
  const h = doc.tokens[head];
  if (OWN_DRAWINGS.has(h.norm)) return false;
  // "drew attention to herself" (her own pointing), not "drew the attention of voters".
  return !(h.norm === 'attention' && doc.tokens[head + 1]?.norm === 'to');
}
