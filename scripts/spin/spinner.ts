// A thesaurus spinner for evaluation, imitating content farms: it swaps about a fifth of the
// content words (and some WordNet multiword phrases) for a synonym of a random sense, whatever the
// sense in context, keeping inflection and capitals. It records every change so that detection
// and restoration can be scored.
import { synsetsOf } from '../../src/lexicon/wordnet.js';
import { buildDocument, type Document } from '../../src/text/document.js';
import { formOf, inflect } from '../../src/spin/inflect.js';
import { mulberry32 } from '../lib/rng.js';

export interface SpinChange {
  /** Span in the spun text. */
  start: number;
  end: number;
  spun: string;
  original: string;
}

export interface SpunArticle {
  text: string;
  changes: SpinChange[];
}

/** A small seeded generator (mulberry32), so runs are repeatable. */
export const seededRandom = mulberry32;

function synonymOf(lemma: string, norm: string, random: () => number): string | null {
  const form = formOf(norm, lemma);
  const synsets = synsetsOf(lemma).filter((s) => {
    if (form === 'ed' || form === 'ing') return s.pos === 'v';
    if (form === 's') return s.pos === 'n' || s.pos === 'v';
    return true;
  });
  const options: Array<{ lemma: string; verb: boolean }> = [];
  const synset = synsets[Math.floor(random() * synsets.length)];
  if (!synset || synset.pointers.some((p) => p.symbol === '@i')) return null;
  synset.lemmas.forEach((l, i) => {
    if (l !== lemma && !synset.proper[i] && /^[a-z][a-z -]*$/.test(l) && l.split(' ').length <= 3) {
      options.push({ lemma: l, verb: synset.pos === 'v' });
    }
  });
  if (!options.length) return null;
  const pick = options[Math.floor(random() * options.length)];
  return inflect(pick.lemma, form, pick.verb);
}

function withCase(replacement: string, written: string): string {
  return /^\p{Lu}/u.test(written) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

/** Spins an article: about `rate` of its content words are replaced. `consistent`: a word once
 *  replaced is replaced the same way wherever it stands again, as dictionary spinners do (the
 *  default picks a sense at each place). */
export function spinArticle(text: string, random: () => number, rate = 0.2, consistent = false): SpunArticle {
  const chosen = new Map<string, string>();
  const doc: Document = buildDocument({ id: 'spin', text, date: null, title: null, url: null, outlet: null });
  const toks = doc.tokens;
  let out = '';
  let at = 0;
  const changes: SpinChange[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word' || t.stop || t.norm.length < 3) continue;
    const again = consistent ? chosen.get(t.norm) : undefined;
    if (again === undefined && random() >= rate) continue;
    // Sometimes a two-word WordNet phrase is swapped as a whole.
    const next = toks[i + 1];
    let end = i + 1;
    let replacement: string | null = null;
    if (again === undefined && next && next.kind === 'word' && next.start === t.end + 1 && random() < 0.3) {
      const phrase = `${t.lemma} ${next.norm}`;
      replacement = synonymOf(phrase, `${t.norm} ${next.norm}`, random);
      if (replacement) end = i + 2;
    }
    if (again !== undefined) replacement = again;
    if (!replacement) replacement = synonymOf(t.lemma, t.norm, random);
    if (!replacement) continue;
    if (consistent && end === i + 1) chosen.set(t.norm, replacement);
    const original = text.slice(t.start, toks[end - 1].end);
    const spun = withCase(replacement, original);
    out += text.slice(at, t.start);
    changes.push({ start: out.length, end: out.length + spun.length, spun, original });
    out += spun;
    at = toks[end - 1].end;
    i = end - 1;
  }
  return { text: out + text.slice(at), changes };
}
