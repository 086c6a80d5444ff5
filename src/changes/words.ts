// Comparable words of a run of sentences: punctuation dropped, house style folded away (U.S./US,
// British/American spelling, contractions, number words, month abbreviations, hyphenated
// compounds split), so that a diff of two runs only shows edits that could matter.
import type { Document } from '../text/document.js';
import { isNameLike } from '../reuse/features.js';
import { lexicons } from './lexicons.js';

export interface Word {
  /** Comparison key. */
  key: string;
  /** Index of the document token this word comes from. */
  tok: number;
  lemma: string;
  /** Capitalised word that is not the first of its sentence. */
  name: boolean;
  number: boolean;
  stop: boolean;
  quoted: boolean;
  /** Written in capitals (US, CEO, ISIL). */
  acronym?: boolean;
}

const CONTRACTIONS: Record<string, string[]> = {
  "can't": ['can', 'not'],
  cannot: ['can', 'not'],
  "won't": ['will', 'not'],
  "shan't": ['shall', 'not'],
  // Pronoun + "is" ("it's" / "it is"); a name's "'s" stays a possessive.
  "it's": ['it', 'is'],
  "that's": ['that', 'is'],
  "there's": ['there', 'is'],
  "here's": ['here', 'is'],
  "what's": ['what', 'is'],
  "who's": ['who', 'is'],
  "he's": ['he', 'is'],
  "she's": ['she', 'is'],
};
const SUFFIXES: [RegExp, string][] = [
  [/n't$/, ' not'],
  [/'m$/, ' am'],
  [/'re$/, ' are'],
  [/'ve$/, ' have'],
  [/'ll$/, ' will'],
  [/'d$/, ' would'],
];

/** Spelling key of one lowercase word: British → American by suffix rules and the variant list. */
export function spellingKey(w: string): string {
  const listed = lexicons().spelling.get(w);
  if (listed) return listed;
  if (w.length >= 6 && /[^aeiou]our(s|ed|ing|ite|ites|able)?$/.test(w))
    w = w.replace(/our(s|ed|ing|ite|ites|able)?$/, 'or$1');
  if (w.length >= 6) w = w.replace(/([iy])s(e|ed|es|ing|ation|ations|er|ers)$/, '$1z$2');
  if (/[^aeiou]tre(s)?$/.test(w) && w.length >= 5) w = w.replace(/tre(s)?$/, 'ter$1');
  w = w.replace(/([aeiou][^aeiou])ell(ed|ing|er|ers)$/, '$1el$2');
  return w;
}

/** Two-letter acronyms keep their case (US is not "us", IS is not "is"); longer ones fold (COVID / Covid). */
function acronymKey(bare: string): string {
  return bare.length <= 2 ? bare : bare.toLowerCase();
}

/** Days and months: capitalised, but a date rewritten is house style, not a renamed person. */
export const DATE_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

function numberKey(norm: string): string {
  return norm.replace(/,/g, '').replace(/(st|nd|rd|th)$/, '');
}

/** What a token contributes, independent of its place in the document (memoised by its text). */
interface TokenPart {
  key: string;
  number: boolean;
  acronym: boolean;
  /** A function word by the lexicon (the token's own stop flag is added per occurrence). */
  stop: boolean;
  /** A day or month name: capitalised, but not a name. */
  dateWord: boolean;
}

const partsMemo = new Map<string, TokenPart[]>();

function tokenParts(t: Document['tokens'][number]): TokenPart[] {
  const memoKey = `${t.kind}|${t.text}`;
  const hit = partsMemo.get(memoKey);
  if (hit) return hit;
  const parts = computeParts(t);
  if (partsMemo.size < 200_000) partsMemo.set(memoKey, parts);
  return parts;
}

function computeParts(t: Document['tokens'][number]): TokenPart[] {
  const lx = lexicons();
  if (t.kind === 'number')
    return [{ key: numberKey(t.norm), number: true, acronym: false, stop: false, dateWord: false }];
  // Acronyms (US, U.S., IS, ISIL) keep an upper-case key, so "IS" is not the verb "is".
  const bare = t.text.replace(/\./g, '');
  if (bare.length >= 2 && /^\p{Lu}+$/u.test(bare))
    return [{ key: acronymKey(bare), number: false, acronym: true, stop: false, dateWord: false }];
  // A name's possessive is the name ("Rayan's" / "Rayan").
  const norm = (t.cap && !CONTRACTIONS[t.norm] ? t.norm.replace(/'s$/, '') : t.norm).replace(/\./g, '');
  let parts: string[];
  if (CONTRACTIONS[norm]) parts = CONTRACTIONS[norm];
  else {
    let s = norm;
    for (const [re, rep] of SUFFIXES) s = s.replace(re, rep);
    parts = s.split(/[\s-]+/).filter(Boolean);
  }
  const rawParts = t.text.replace(/\./g, '').split(/[\s\-‐]+/);
  return parts.map((p, k): TokenPart => {
    const raw = parts.length === rawParts.length ? rawParts[k] : '';
    if (raw.length >= 2 && /^\p{Lu}+$/u.test(raw))
      return { key: acronymKey(raw), number: false, acronym: true, stop: false, dateWord: false };
    const num = lx.numberWords.get(p);
    if (num !== undefined) return { key: num, number: true, acronym: false, stop: false, dateWord: false };
    return {
      key: spellingKey(p),
      number: false,
      acronym: false,
      stop: lx.stop.has(p),
      dateWord: DATE_WORDS.has(p),
    };
  });
}

const quotedMemo = new WeakMap<Document, boolean[]>();

/**
 * Quotation flags of a document's tokens, corrected for a quotation opened in an earlier paragraph
 * (`"I have lived here 40 years ... flood.` / `This town is our home," one farmer said.`): when the
 * first quotation mark of a paragraph closes a quotation, the words before it are quoted, and after
 * a straight mark the document's flags are inverted up to the paragraph's end.
 */
export function quotedFlags(doc: Document): boolean[] {
  const hit = quotedMemo.get(doc);
  if (hit) return hit;
  const out = doc.tokens.map((t) => t.quoted);
  for (const p of doc.paragraphs) {
    if (p.sentenceEnd <= p.sentenceStart) continue;
    const t0 = doc.sentences[p.sentenceStart].tokenStart;
    const t1 = doc.sentences[p.sentenceEnd - 1].tokenEnd;
    for (let i = t0; i < t1; i++) {
      const t = doc.tokens[i];
      if (t.kind !== 'punct' || !/^["“”«»„]$/.test(t.text)) continue;
      const before = doc.text[t.start - 1] ?? ' ';
      const after = doc.text[t.end] ?? ' ';
      const closing =
        i > t0 && (t.text === '”' || (t.text === '"' && /\S/.test(before) && /[\s,.;:!?)]/.test(after)));
      if (!closing || t.text === '“' || t.text === '„' || t.text === '«') break;
      for (let k = t0; k <= i; k++) out[k] = true;
      if (t.text === '"') for (let k = i + 1; k < t1; k++) out[k] = !doc.tokens[k].quoted;
      break;
    }
  }
  quotedMemo.set(doc, out);
  return out;
}

const tokenWordsMemo = new WeakMap<Document, (readonly Word[] | undefined)[]>();

/** The words one token of a document contributes (kept per document: ranges overlap). */
function tokenWords(doc: Document, i: number): readonly Word[] {
  let memo = tokenWordsMemo.get(doc);
  if (!memo) tokenWordsMemo.set(doc, (memo = new Array<readonly Word[] | undefined>(doc.tokens.length)));
  const hit = memo[i];
  if (hit) return hit;
  const t = doc.tokens[i];
  const out: Word[] = [];
  if (t.kind !== 'punct') {
    const quoted = quotedFlags(doc)[i];
    const name = t.kind === 'word' && isNameLike(doc, i);
    for (const p of tokenParts(t)) {
      if (p.acronym)
        out.push({
          tok: i,
          quoted,
          lemma: t.lemma,
          key: p.key,
          acronym: true,
          name: true,
          number: false,
          stop: false,
        });
      else if (p.number)
        out.push({ tok: i, quoted, lemma: t.lemma, key: p.key, name: false, number: true, stop: t.stop });
      else
        out.push({
          tok: i,
          quoted,
          lemma: t.lemma,
          key: p.key,
          name: name && !p.dateWord,
          number: false,
          stop: t.stop || p.stop,
        });
    }
  }
  memo[i] = out;
  return out;
}

/** Words of the token range [from, to) of a document. */
export function wordsOf(doc: Document, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (let i = from; i < to; i++) for (const w of tokenWords(doc, i)) out.push(w);
  return foldPhrases(out);
}

/** Multi-word variants by their first key, so each word checks only the phrases it can start. */
let phrasesByFirst: Map<string, [string[], string][]> | null = null;
function phrasesStartingWith(key: string): [string[], string][] | undefined {
  if (!phrasesByFirst) {
    phrasesByFirst = new Map();
    for (const entry of lexicons().phrases) {
      const list = phrasesByFirst.get(entry[0][0]);
      if (list) list.push(entry);
      else phrasesByFirst.set(entry[0][0], [entry]);
    }
  }
  return phrasesByFirst.get(key);
}

/** Replace multi-word variants ("united states") by their preferred key on the first word. */
function foldPhrases(words: Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    let done = false;
    for (const [variant, preferred] of phrasesStartingWith(words[i].key) ?? []) {
      const n = variant.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = words[i + k].key === variant[k];
      if (!ok) continue;
      out.push({ ...words[i], key: preferred });
      i += n - 1;
      done = true;
      break;
    }
    if (!done) out.push(words[i]);
  }
  return out;
}

const sentenceMemo = new WeakMap<Document, Map<number, Word[]>>();
const documentMemo = new WeakMap<Document, Word[]>();

/** Words of the whole document (kept per document and frozen, like sentenceWords). */
export function documentWords(doc: Document): Word[] {
  let words = documentMemo.get(doc);
  if (!words) documentMemo.set(doc, (words = Object.freeze(wordsOf(doc, 0, doc.tokens.length)) as Word[]));
  return words;
}

/**
 * Words of sentences [s0, s1). A report reads the same sentences many times (pairs, unpaired
 * sentences, second chances), so runs are kept per document; they are frozen: callers derive new
 * arrays (slice, filter) and never change one in place.
 */
export function sentenceWords(doc: Document, s0: number, s1: number): Word[] {
  if (s1 <= s0) return [];
  let memo = sentenceMemo.get(doc);
  if (!memo) sentenceMemo.set(doc, (memo = new Map()));
  const k = s0 * (doc.sentences.length + 1) + s1;
  let words = memo.get(k);
  if (!words) {
    words = Object.freeze(
      wordsOf(doc, doc.sentences[s0].tokenStart, doc.sentences[s1 - 1].tokenEnd),
    ) as Word[];
    memo.set(k, words);
  }
  return words;
}

export function isContentWord(w: Word): boolean {
  return w.number || (!w.stop && w.key.length > 1);
}
