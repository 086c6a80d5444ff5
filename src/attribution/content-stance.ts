// The stance a statement's content gives when its cue is neutral ("said … it was good news"):
// the first phrase of `data/lexicon/stance-content.txt` found in the content's words, unless a
// negation comes right before it or another party makes the offer.
import type { Document } from '../text/document.js';
import type { Frame } from './spans.js';
import type { Stance } from './types.js';
import { BODY_NOUNS, isOrganisationWord } from './names.js';
import { mayBeFiniteVerb } from './word-forms.js';
import { isPronoun } from './pronoun-words.js';
import { othersWilling } from './stance-objects.js';
import { stanceLexicon as lexicon } from './stance-lexicon.js';
import { offersTrade } from './trade-offers.js';

/** Content phrases by their first word, in lexicon order, for matching token by token. */
interface PhraseIndex {
  byFirst: Map<string, { words: string[]; stance: Stance }[]>;
  /** False when some phrase is not single-space-separated words: then match on the joined text. */
  usable: boolean;
}
let phraseIndex: PhraseIndex | null = null;
function contentPhrases(): PhraseIndex {
  if (!phraseIndex) {
    const byFirst = new Map<string, { words: string[]; stance: Stance }[]>();
    let usable = true;
    for (const [phrase, stance] of lexicon('stance-content')) {
      if (!/^[^ ]+(?: [^ ]+)*$/.test(phrase)) usable = false;
      const words = phrase.split(' ');
      let list = byFirst.get(words[0]);
      if (!list) byFirst.set(words[0], (list = []));
      list.push({ words, stance });
    }
    phraseIndex = { byFirst, usable };
  }
  return phraseIndex;
}

/**
 * The stance of the content phrase found first in the content's words (lexicon order breaks
 * ties). Matches the words of the content pieces joined by spaces, as contentStanceOnText does,
 * token by token (no strings built) when no word holds a space.
 */
function contentStance(doc: Document, frame: Frame): Stance | null {
  const { byFirst, usable } = contentPhrases();
  if (!usable) return contentStanceOnText(doc, frame);
  const norms: string[] = [];
  /** The token of each norm. */
  const at: number[] = [];
  for (const [s, e] of frame.content) {
    const before = norms.length;
    for (let i = s; i < e; i++) {
      const t = doc.tokens[i];
      if (t.kind === 'punct' && QUOTE_MARKS.has(t.text)) continue;
      const norm = t.norm;
      if (norm.length === 0 || norm.includes(' ')) return contentStanceOnText(doc, frame);
      norms.push(norm);
      at.push(i);
    }
    // An empty piece joins as a double space.
    if (norms.length === before) return contentStanceOnText(doc, frame);
  }
  for (let j = 0; j < norms.length; j++) {
    const candidates = byFirst.get(norms[j]);
    // "This is not good news": a phrase negated right before it says the opposite.
    if (!candidates || (j > 0 && NEGATORS.has(norms[j - 1]))) continue;
    for (const { words, stance } of candidates) {
      let k = 1;
      while (k < words.length && j + k < norms.length && norms[j + k] === words[k]) k++;
      // "said it will offer 2 million shares": a trade, no proposal (the next phrase may still tell).
      if (k === words.length && !(stance === 'offer' && tradeInPhrase(doc, words, at, j))) return stance;
    }
  }
  return null;
}

/** Does a content phrase of offer matched from norms[j] ("will offer", "offered to") offer a trade? */
function tradeInPhrase(doc: Document, words: string[], at: number[], j: number): boolean {
  for (let k = 0; k < words.length; k++) {
    if (!words[k].startsWith('offer')) continue;
    const t = at[j + k];
    return offersTrade(doc, t, doc.sentences[doc.tokens[t].sentence].tokenEnd);
  }
  return false;
}

/** Words that negate a content phrase right after them ("not good news", "never a threat"). */
const NEGATORS = new Set(['not', 'never', "n't", 'hardly']);

/** Does the word before the space at `at` in the padded text negate what follows? */
function negatedAt(padded: string, at: number): boolean {
  const before = padded.lastIndexOf(' ', at - 1);
  return before >= 0 && NEGATORS.has(padded.slice(before + 1, at));
}

/** A content phrase's stance, but no offer that someone other than the speaker makes. */
export function ownContentStance(doc: Document, frame: Frame): Stance | null {
  const stance = contentStance(doc, frame);
  if (stance === 'offer' && othersWilling(doc, frame)) return null;
  // "said athletes would welcome the bid", "say Achterberg is prepared to sell": another's welcome
  // or offer, reported; the speaker only asserts it.
  if ((stance === 'offer' || stance === 'welcome') && othersSubject(doc, frame)) return null;
  return stance;
}

/**
 * Does the content's clause open on others than the speaker: people named by a lowercase noun
 * that is no body the speaker may speak for ("athletes", not "the government")? (Not a name:
 * "Ankara was prepared to" is its leader's offer.)
 */
function othersSubject(doc: Document, frame: Frame): boolean {
  const first = frame.content[0];
  if (!first || first[0] < frame.cue.last) return false;
  let i = first[0];
  if (doc.tokens[i].norm === 'that') i++;
  if (doc.tokens[i]?.norm === 'the') i++;
  // The subject's head: the last word before its verb.
  let j = i;
  while (j + 1 < first[1] && !mayBeFiniteVerb(doc, j + 1) && j - i < 3) j++;
  const head = doc.tokens[j];
  if (!head || head.kind !== 'word' || isPronoun(head.norm) || head.stop) return false;
  if (frame.source && doc.tokens[frame.source[1] - 1].norm === head.norm) return false;
  if (head.cap) return false;
  return !isOrganisationWord(head.norm) && !BODY_NOUNS.has(head.norm);
}

/** Quotation marks, read through when matching content phrases ('Ankara was “prepared to'). */
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '``', "''"]);

/** contentStance on the joined text of the content (the definition; used when a word holds a space). */
function contentStanceOnText(doc: Document, frame: Frame): Stance | null {
  const lex = lexicon('stance-content');
  const text = frame.content
    .map(([s, e]) =>
      doc.tokens
        .slice(s, e)
        .filter((t) => !QUOTE_MARKS.has(t.text))
        .map((t) => t.norm)
        .join(' '),
    )
    .join(' ');
  const padded = ` ${text} `;
  let best: { at: number; stance: Stance } | null = null;
  for (const [phrase, stance] of lex) {
    let at = padded.indexOf(` ${phrase} `);
    while (at >= 0 && negatedAt(padded, at)) at = padded.indexOf(` ${phrase} `, at + 1);
    if (at >= 0 && (!best || at < best.at)) best = { at, stance };
  }
  return best ? best.stance : null;
}
