// Speaker rules (run in the order speakers.ts gives) for a span that names a body or a group: a
// body's name after its lowercase noun or in title case, the body a comment answers, the body
// behind figures or a study, and the people described around someone or somewhere.
// Each answers a name, or undefined when it does not apply.
import { BODY_NOUNS, DETERMINERS, textOf } from './names.js';
import { participleAgent, pluralGroupEnd } from './name-extent.js';
import { documentBody, prenominalIssuerEnd } from './document-issuers.js';
import { nameAfterBodyNoun, titleCaseBodyName } from './body-names.js';
import { isGroupAround } from './descriptions.js';
import { commentSubject } from './comment-subjects.js';
import type { SpeakerAnswer, SpeakerSpan } from './speaker-span.js';

/** "Rights group Justice Watch said": the body's whole name after its lowercase noun. */
export function bodyNameAfterNoun({ doc, first, end }: SpeakerSpan): SpeakerAnswer {
  const bodyName = nameAfterBodyNoun(doc, first, end);
  return bodyName > 0 ? textOf(doc, bodyName, end) : undefined;
}

/** "Citizens for Clean Water said": a body's name in title case, small words and all. */
export function titleCaseBody({ doc, first, end, mentions }: SpeakerSpan): SpeakerAnswer {
  const titled = titleCaseBodyName(
    doc,
    first,
    end,
    (word) => mentions.completeName(word, doc.tokens.length) !== word,
  );
  return titled || undefined;
}

/** "…, a charge the group rejected": a comment's body is the one the clause it answers is about. */
export function commentedBody({ doc, f, first, end, mentions }: SpeakerSpan): SpeakerAnswer {
  if (
    f.answersFrom >= 0 &&
    f.content.length &&
    end - first === 2 &&
    doc.tokens[first].norm === 'the' &&
    BODY_NOUNS.has(doc.tokens[first + 1].norm)
  )
    return commentSubject(doc, f, 'it', mentions) || undefined;
  return undefined;
}

/** "Figures from the Regional Housing Board show": the board speaks through them. */
export function bodyBehindFigures({ doc, first, end }: SpeakerSpan): SpeakerAnswer {
  const body = documentBody(doc, first, end);
  return body > first ? textOf(doc, body, end) : undefined;
}

/** "Marlbeck Statistics Office figures show": the office. */
export function issuerBeforeNoun({ doc, first, end }: SpeakerSpan): SpeakerAnswer {
  const issuerEnd = prenominalIssuerEnd(doc, first, end);
  if (issuerEnd <= 0) return undefined;
  const from = DETERMINERS.has(doc.tokens[first].norm) ? first + 1 : first;
  return textOf(doc, from, issuerEnd);
}

/**
 * "Economists polled by the Wire", "A study published in X": those polled, the study.
 * Read on the whole span: "figures released on Monday" is named "figures", not "figures released".
 */
export function participleAgentSpeaker({ doc, source, first, who, end }: SpeakerSpan): SpeakerAnswer {
  const agent = participleAgent(doc, first, who < source[1] ? end : Math.max(end, source[1]));
  return agent > first ? textOf(doc, first, agent) : undefined;
}

/**
 * "Those at Fenmore Capital", "People close to Dresner", "The crowd at the pavilion": a group
 * around someone or somewhere, named by the description, not by the name it holds.
 */
export function groupAround({ doc, first, end, text }: SpeakerSpan): SpeakerAnswer {
  return isGroupAround(doc, first, end) ? text : undefined;
}

/** "Health officials in the province of Lorrain": the officials, not the province. */
export function pluralGroup({ doc, first, end }: SpeakerSpan): SpeakerAnswer {
  const group = pluralGroupEnd(doc, first, end);
  return group > first ? textOf(doc, first, group) : undefined;
}
