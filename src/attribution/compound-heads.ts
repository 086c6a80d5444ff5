// A cue word that heads a set compound noun rather than reporting anything: "took to the talk
// shows", "the morning shows", "its initial public offering", "a share offering". The tagger reads
// "shows" and "offering" as verbs there; PolNeAR starts no cue on them (train: 0 of 36 "talk/news/
// morning … shows", 0 of 3 "public offering"; a cue of its own may run over them: "calling into
// the morning shows to …").
import type { Document } from '../text/document.js';
import type { CueTokens } from './types.js';

/** Lowercase words that make "show(s)" a broadcast ("talk shows", "morning show"). */
const SHOW_KINDS = new Set([
  ...['talk', 'morning', 'news', 'television', 'tv', 'cable', 'reality', 'radio', 'chat', 'quiz'],
  ...['panel', 'cooking', 'comedy', 'variety', 'scripted', 'late-night', 'game-show', 'trade', 'weekend'],
]);

/** Words after which "show(s)" is still a verb with its object or clause ("the news shows that …"). */
const VERB_OBJECTS = new Set([
  'that',
  'how',
  'why',
  'what',
  'whether',
  'the',
  'a',
  'an',
  'no',
  'little',
  'signs',
]);

/** Lowercase words that make "offering" a sale of securities ("initial public offering"). */
const OFFERING_KINDS = new Set([
  'public',
  'share',
  'stock',
  'bond',
  'debt',
  'rights',
  'equity',
  'secondary',
  'coin',
]);

/** Is the cue's first word the head of a broadcast's or a securities sale's compound noun? */
export function headsCompoundNoun(doc: Document, c: CueTokens): boolean {
  const t = doc.tokens[c.first];
  const before = doc.tokens[c.first - 1];
  if (!before || before.kind !== 'word' || before.cap) return false;
  if (t.norm === 'show' || t.norm === 'shows') {
    const next = doc.tokens[c.first + 1];
    return SHOW_KINDS.has(before.norm) && !(next && VERB_OBJECTS.has(next.norm));
  }
  return (t.norm === 'offering' || t.norm === 'offerings') && OFFERING_KINDS.has(before.norm);
}
