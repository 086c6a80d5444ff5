// A description of a person tied by a preposition to a body or another person ("analyst with
// Pellmore Securities", "then budget adviser to Governor Lutz Farrow", "the engineer with the
// Rail Union"). titledPerson (speaker-descriptions.ts) read the name after the preposition as
// the speaker's: the analyst spoke as his firm, the adviser as the governor, and a "he" after
// them went past to an older name. Read on news-corpus samples, that name was wrong each time
// the head was no spokesperson (who speaks for the body named, as before). The speaker is the
// person described: the one set off right before it by a comma or a dash ("Dorian Vasko,
// analyst with …"), else the one introduced before with the same noun ("An engineer with …"),
// else the description itself, as for an indefinite one.
import type { Document } from '../text/document.js';
import { isPersonNoun } from './agents.js';
import { earlierIndefinite } from './described-persons.js';
import type { Frame } from './frame.js';
import type { Mentions } from './mentions.js';
import { DETERMINERS, isOrganisationWord } from './names.js';
import { isCloseQuote } from './quotes.js';
import type { SpeakerAnswer, SpeakerSpan } from './speaker-span.js';

/** Prepositions tying a description of a person to where they work or whom they serve. */
const TIES = new Set(['with', 'at', 'for', 'of', 'to']);

/** Heads of one who speaks for the body named: that body is the speaker (as before). */
const SPEAKS_FOR = /^spokes(?:man|men|woman|women|person|people|persons)$/;

/** Punctuation that sets a description off from the name it describes. */
const SET_OFF = new Set([',', '-', '–', '—', '--']);

/**
 * The person a span of lowercase words before the name at nameStart describes, when those words
 * are a description of a person tied to that name by a preposition; undefined otherwise.
 */
export function relatedPerson(s: SpeakerSpan, nameStart: number): SpeakerAnswer {
  const { doc, frames, names, k, first, text, mentions } = s;
  // The lowercase words the span opens with (a capitalised office speaks for its body: "The
  // Secretary General of …"), the person's noun before their first tie.
  let tie = -1;
  let head = '';
  let run = first;
  for (; run < nameStart; run++) {
    const t = doc.tokens[run];
    if (DETERMINERS.has(t.norm)) continue;
    if (t.kind !== 'word' || t.cap) break;
    if (tie >= 0) continue;
    if (TIES.has(t.norm)) tie = run;
    else if (SPEAKS_FOR.test(t.norm)) return undefined;
    else if (!isOrganisationWord(t.norm) && isPersonNoun(t.lemma)) head = t.norm;
  }
  if (tie < 0 || !head) return undefined;
  // Those words end on a tie, past an article: what follows is whom or where the person is tied
  // to ("director of investor relations at Belmont Co", "adviser to Governor Lutz Farrow"; not
  // "director of communications Ana Ruiz", a title before her name).
  let last = run - 1;
  while (last > tie && DETERMINERS.has(doc.tokens[last].norm)) last--;
  if (!TIES.has(doc.tokens[last].norm)) return undefined;
  const setOff = personSetOffBefore(doc, s.f, first, mentions);
  if (setOff) return setOff;
  if (doc.tokens[first].norm === 'the') {
    const introduced = earlierIndefinite(doc, frames, names, k, head);
    if (introduced) return introduced.name;
  }
  return text;
}

/**
 * "“…,” Dorian Vasko, analyst with …", "Irma Kessel - then adviser to …": the person named right
 * before the comma or dash at token first - 1, when that name opens its clause (the sentence, or
 * after a quotation or the statement's content); else null.
 */
function personSetOffBefore(doc: Document, f: Frame, first: number, mentions: Mentions): string | null {
  if (first < 2 || !SET_OFF.has(doc.tokens[first - 1].text)) return null;
  const m = mentions.lastBefore(first - 1);
  if (!m || !m.person) return null;
  const written = doc.text.slice(doc.tokens[m.token].start, doc.tokens[first - 2].end);
  if (written !== m.name) return null;
  const sentence = doc.tokens[m.token].sentence;
  const p = m.token - 1;
  const opens =
    p < 0 ||
    doc.tokens[p].sentence !== sentence ||
    isCloseQuote(doc, p) ||
    (doc.tokens[p].text === ',' && p > 0 && isCloseQuote(doc, p - 1)) ||
    // ("…, Tess Amory, aide to Senator Vale said": the statement's content ends at the comma
    // before the name, or was read on to take it in; the name is no part of it.)
    (doc.tokens[p].text === ',' && f.content.some(([, e]) => e >= p && e <= first - 1));
  return opens ? mentions.completeName(m.name, first) : null;
}
