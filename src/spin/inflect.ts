// Surface forms: which inflection a word shows ("informed" → past), and putting another lemma
// into the same inflection ("tell" + past → "told"). Irregular forms come from WordNet's exception
// lists as shipped by wink-lexicon (WordNet licence); regular forms follow English spelling rules.
import {
  NOUN_EXCEPTIONS as nounExceptions,
  VERB_EXCEPTIONS as verbExceptions,
} from '../lexicon/exceptions.js';
import { wordSet } from '../lexicon/load.js';

export type Form = 'base' | 's' | 'ed' | 'ing';

let irregularPast: Map<string, string> | null = null;
let irregularPlural: Map<string, string> | null = null;

function inverse(
  exceptions: Record<string, string>,
  keep: (form: string, lemma: string) => boolean,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const form in exceptions) {
    const lemma = exceptions[form];
    if (!out.has(lemma) && keep(form, lemma)) out.set(lemma, form);
  }
  return out;
}

function pastOf(lemma: string): string | undefined {
  if (wordSet('spin-same-past').has(lemma)) return lemma;
  irregularPast ??= inverse(verbExceptions, (form) => !form.endsWith('ing') && !/[^s]s$/.test(form));
  return irregularPast.get(lemma);
}

function pluralOf(lemma: string): string | undefined {
  irregularPlural ??= inverse(nounExceptions, () => true);
  return irregularPlural.get(lemma);
}

/** The inflection a lowercase word shows, given its lemma. */
export function formOf(norm: string, lemma: string): Form {
  if (norm === lemma) return 'base';
  if (norm.endsWith('ing')) return 'ing';
  if (norm.endsWith('ed') || verbExceptions[norm] === lemma) return 'ed';
  if (norm.endsWith('s') || nounExceptions[norm] === lemma) return 's';
  return 'base';
}

const CVC = /(?:^|[^aeiou])[aeiou][bdgmnprt]$/;

function doubleFinal(word: string): boolean {
  return word.length <= 4 && CVC.test(word);
}

/** One word put into a form by English spelling rules, irregular forms first. */
export function inflectWord(word: string, form: Form): string {
  switch (form) {
    case 'base':
      return word;
    case 's': {
      const irregular = pluralOf(word);
      if (irregular) return irregular;
      if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
      if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
      return `${word}s`;
    }
    case 'ed': {
      const irregular = pastOf(word);
      if (irregular) return irregular;
      if (word.endsWith('e')) return `${word}d`;
      if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`;
      if (doubleFinal(word)) return `${word}${word.at(-1)}ed`;
      return `${word}ed`;
    }
    case 'ing': {
      if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`;
      if (/[^e]e$/.test(word) && word.length > 2) return `${word.slice(0, -1)}ing`;
      if (doubleFinal(word)) return `${word}${word.at(-1)}ing`;
      return `${word}ing`;
    }
  }
}

/**
 * A lemma (possibly several words) put into a form. Verbs inflect their first word
 * ("keep up" → "kept up"), nouns their last ("percentage point" → "percentage points").
 */
export function inflect(lemma: string, form: Form, isVerb: boolean): string {
  if (form === 'base') return lemma;
  if (!lemma.includes(' ')) return isVerb || form === 's' ? inflectWord(lemma, form) : lemma;
  const words = lemma.split(' ');
  const at = isVerb ? 0 : words.length - 1;
  if (!isVerb && form !== 's') return lemma;
  words[at] = inflectWord(words[at], form);
  return words.join(' ');
}
