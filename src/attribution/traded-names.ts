// A one-word name the article treats as a listed company ("Shares in Lumora fell", "Lumora's
// quarterly loss"): "the company" takes it up before the firm where an analyst quoted on it works.
import type { Document } from '../text/document.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Mentions } from './mentions.js';
import { isGivenName } from './given-names.js';

/** Sentences back within which "the company" takes up such a name. */
const TRADED_REACH = 6;

/** Nouns of what a listed company has, which a one-word name owns or goes with ("Lumora shares",
 *  "shares in Lumora", "Lumora's quarterly loss"). */
const TRADED_NOUNS = new Set([
  ...['shares', 'stock', 'stocks', 'profit', 'profits', 'loss', 'losses', 'sales', 'revenue', 'revenues'],
  ...['earnings', 'results', 'shareholders', 'investors', 'dividend', 'valuation', 'turnover'],
]);

/** Words between a possessive and its noun ("Lumora's [quarterly] loss", "[first-half] profit"). */
const NOUN_REACH = 3;

/**
 * The latest one-word name, within TRADED_REACH sentences before token `at`, that is no person's
 * and that the text treats as a listed company: after "shares in" or "stock of", or before one of
 * TRADED_NOUNS (itself or through its possessive). Null when none.
 */
export function tradedNameBefore(doc: Document, at: number, mentions: Mentions): string | null {
  const sentence = doc.tokens[at].sentence;
  for (let k = mentions.countBefore(at) - 1; k >= 0; k--) {
    const m = mentions.all[k];
    if (sentence - doc.tokens[m.token].sentence > TRADED_REACH) break;
    const name = m.name;
    const lower = name.toLowerCase();
    if (m.person || name.includes(' ') || isGivenName(lower) || hasLemma(lower, 'n')) continue;
    if (mentions.completeName(name, doc.tokens.length) !== name) continue;
    if (tradedAt(doc, m.token)) return name;
  }
  return null;
}

function tradedAt(doc: Document, i: number): boolean {
  const t = doc.tokens;
  const before = t[i - 1];
  const owner = t[i - 2];
  if (before && owner && (before.norm === 'in' || before.norm === 'of') && TRADED_NOUNS.has(owner.norm))
    return true;
  let j = i + 1;
  if (t[j] && /^[’']s$/.test(t[j].text)) j++;
  else if (t[j]?.kind !== 'word') return false;
  for (let n = 0; n < NOUN_REACH && t[j] && t[j].kind === 'word' && !t[j].cap; n++, j++)
    if (TRADED_NOUNS.has(t[j].norm)) return true;
  return false;
}
