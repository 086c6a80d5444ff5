// How far a source after "according to" runs: through a participle's phrases ("figures released
// on Monday by the board") and over a name or a description in commas ("its spokesman, Tomas Reyes,",
// "Ana Pires, a spokeswoman for the ministry,").
import type { Document } from '../text/document.js';
import { sourceAfter } from './sources.js';
import type { TokenRange } from './types.js';
import { mayBeFiniteVerb } from './word-forms.js';
import { isTitleWord } from './names.js';
import { isPersonNoun } from './agents.js';

/**
 * "according to a poll released on Friday by X", "a study published in the Journal": a source
 * that ends on a participle goes on through its phrases ("on", "in", "by"), as PolNeAR marks
 * such sources whole.
 */
export function throughParticiple(doc: Document, source: TokenRange | null, hi: number): TokenRange | null {
  if (!source) return null;
  let end = source[1];
  for (let step = 0; step < 3 && end < hi; step++) {
    const last = doc.tokens[end - 1];
    const next = doc.tokens[end];
    const participle = last.kind === 'word' && !last.cap && /[a-z]{3,}ed$/.test(last.norm);
    if (!(participle || step > 0) || (next.norm !== 'on' && next.norm !== 'in')) break;
    const more = sourceAfter(doc, end + 1, hi);
    if (!more) break;
    end = more[1];
  }
  return end > source[1] ? [source[0], end] : source;
}

/**
 * The end of a source that a name in commas follows ("its spokesman, Tomas Reyes,"): the token
 * after the name; `end` itself when no such name follows.
 */
export function nameInCommasEnd(doc: Document, end: number, hi: number): number {
  if (doc.tokens[end]?.text !== ',') return end;
  let j = end + 1;
  while (j < hi && j - end <= 4 && doc.tokens[j].kind === 'word' && doc.tokens[j].cap) j++;
  return j - end >= 3 && j < hi && doc.tokens[j].text === ',' ? j : end;
}

/** Longest description read in commas after a source's name. */
const MAX_DESCRIPTION = 12;

/**
 * The end of a named source that a description in commas follows ("According to Ana Pires, a
 * spokeswoman for the ministry, the talks …"): the token after the description; `end` itself when
 * none follows. The description opens with an article and holds no verb of a clause, so "According
 * to Ana Pires, the talks will resume" keeps its content.
 */
export function descriptionInCommasEnd(doc: Document, source: TokenRange, hi: number): number {
  const end = source[1];
  const opener = doc.tokens[end + 1];
  if (doc.tokens[end]?.text !== ',' || !opener) return end;
  // "According to the clerk, who has seen the draft, the deal is close": the relative
  // clause in commas is the source's too.
  // "According to the indictment, unsealed on Thursday, P": so is a participle's phrase, and
  // "which" (a document's relative clause).
  const participle = opener.kind === 'word' && !opener.cap && /[a-z]{3,}(?:ed|en)$/.test(opener.norm);
  if (opener.norm === 'who' || opener.norm === 'which' || participle) {
    for (let j = end + 2; j < Math.min(hi - 1, end + 2 + MAX_DESCRIPTION); j++)
      if (doc.tokens[j].text === ',') return j;
      else if (doc.tokens[j].kind === 'punct') return end;
    return end;
  }
  // ("According to Dana Ruiz, head of research at Pell Capital, C": a role with no article.)
  const role =
    !opener.cap && opener.kind === 'word' && (isTitleWord(opener.norm) || isPersonNoun(opener.lemma));
  if (!ARTICLES.has(opener.norm) && !role) return end;
  if (!doc.tokens[end - 1].cap) return end;
  for (let j = end + 2; j < Math.min(hi - 1, end + 2 + MAX_DESCRIPTION); j++) {
    const t = doc.tokens[j];
    if (t.text === ',') return j;
    if (t.kind !== 'word' || mayBeFiniteVerb(doc, j)) return end;
  }
  return end;
}

const ARTICLES = new Set(['a', 'an', 'the']);
