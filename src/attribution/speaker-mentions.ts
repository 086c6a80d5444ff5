// The document's name mentions as its statements' speakers tell them: a single word that speaks
// somewhere ("Zelenskyy said") is a person wherever it stands. Built once per document, before
// the speakers are resolved (speakers.ts), and kept apart from that resolver so it reads them only.
import type { Document } from '../text/document.js';
import type { Frame } from './frame.js';
import { ArticleGenders } from './gender.js';
import { Mentions } from './mentions.js';
import { nameMentions } from './name-mentions.js';
import { isPersonName, type NameMention, withoutPossessive } from './names.js';
import { isRegularPlural } from './word-forms.js';

/** Single-word names that speak somewhere in the document are people too ("Zelenskyy said"). */
function markSpeakingNames(doc: Document, frames: Frame[], mentions: NameMention[]): void {
  const speaking = new Set<string>();
  for (const f of frames) {
    if (!f.source) continue;
    const last = doc.tokens[f.source[1] - 1];
    if (last.cap && f.source[1] - f.source[0] <= 4) speaking.add(withoutPossessive(last.text));
  }
  if (speaking.size === 0) return;
  for (const m of mentions)
    if (
      !m.person &&
      speaking.has(m.name) &&
      !pluralOpeningSentence(doc, m.token) &&
      isPersonName(doc, m.token, m.token + 1, m.titles)
    )
      m.person = true;
}

/** "Volunteers searched …": a plural noun capitalised only because it opens its sentence; no person. */
function pluralOpeningSentence(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  return doc.sentences[t.sentence].tokenStart === i && isRegularPlural(t);
}

/** The document's name mentions as the statements' speakers tell them (built once per document). */
export function speakerMentions(doc: Document, frames: Frame[]): Mentions {
  const found = nameMentions(doc);
  markSpeakingNames(doc, frames, found);
  return new Mentions(found, new ArticleGenders(doc, found, frames));
}
