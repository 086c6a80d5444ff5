// Synthetic copies with recorded, typed edits: from a source article, a copy whose sentences carry
// at most one edit each (a name letter or first name, a digit, a dropped hedge, a quote moved to
// another speaker, a negated verb, a spun word, an inserted or dropped sentence, a qualifier or
// article that changes the claim), plus noise that must not be reported (boilerplate, a truncated
// end, British spellings, U.S. → US).
import type { Article, ChangeKind } from '../../src/model.js';
import { buildDocument, type Document } from '../../src/text/document.js';
import { isNameLike } from '../../src/reuse/features.js';
import { synonyms } from '../../src/lexicon/wordnet.js';
import { mulberry32 } from '../lib/rng.js';

export interface GoldEdit {
  kind: ChangeKind;
  /** Copy span (for a dropped sentence, the copy position where it was). */
  start: number;
  end: number;
  /** For a dropped sentence: its span in the source. */
  source?: { start: number; end: number };
}

export interface SyntheticCopy {
  copy: Article;
  edits: GoldEdit[];
}

/** A small seeded generator (mulberry32), so runs are repeatable. */
export const rng = mulberry32;

const FIRST_NAMES = [
  'John',
  'James',
  'Robert',
  'Michael',
  'David',
  'Richard',
  'Thomas',
  'Peter',
  'Paul',
  'Mark',
  'George',
  'William',
];
const HEDGES: [RegExp, string][] = [
  [/\b(allegedly|reportedly|apparently|possibly|probably) /, ''],
  [/\balleged /, ''],
  [/\bcould\b/, 'would'],
  [/\bmay\b/, 'will'],
  [/\bmight\b/, 'will'],
  [/\b(about|nearly|almost|around|some) (?=\d)/, ''],
];
const NEGATABLE: [RegExp, string][] = [
  [/\b(is|was|are|were|will|would|has|had|can|could|should) (?!not\b)/, '$1 not '],
  [/\b(is|was|are|were|will|has|had) not /, '$1 '],
];
const BRITISH: [RegExp, string][] = [
  [/\b(\w{4,})ize(d|s)?\b/, '$1ise$2'],
  [/\bcenter\b/, 'centre'],
  [/\bprogram\b/, 'programme'],
  [/\bdefense\b/, 'defence'],
];
const BOILER = [
  'Advertisement',
  'Sign up for our newsletter to get the latest news.',
  'Read more: related stories',
];

type Edit = { kind: ChangeKind; text: string; from: number; to: number };

/** Edit one sentence; returns the new text and the edited range inside it, or null. */
function editSentence(
  doc: Document,
  s: number,
  kind: ChangeKind,
  r: () => number,
  speakers: string[],
): Edit | null {
  const sen = doc.sentences[s];
  const text = doc.text.slice(sen.start, sen.end);
  const toks = doc.tokens.slice(sen.tokenStart, sen.tokenEnd);
  const rel = (i: number) => doc.tokens[i].start - sen.start;
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const replaceAt = (from: number, to: number, by: string): Edit => ({
    kind,
    text: text.slice(0, from) + by + text.slice(to),
    from,
    to: from + Math.max(1, by.length),
  });
  if (kind === 'name_changed') {
    const idx = toks
      .map((_, k) => sen.tokenStart + k)
      .filter((i) => isNameLike(doc, i) && !doc.tokens[i].quoted && doc.tokens[i].text.length >= 4);
    if (idx.length === 0) return null;
    const i = pick(idx);
    const w = doc.tokens[i].text;
    if (FIRST_NAMES.includes(w))
      return replaceAt(rel(i), rel(i) + w.length, pick(FIRST_NAMES.filter((n) => n !== w)));
    const k = 1 + Math.floor(r() * (w.length - 2));
    const letters = 'aeioulnrst'.replace(w[k].toLowerCase(), '');
    return replaceAt(rel(i), rel(i) + w.length, w.slice(0, k) + pick([...letters]) + w.slice(k + 1));
  }
  if (kind === 'number_changed') {
    const idx = toks.filter((t) => t.kind === 'number' && /\d/.test(t.text) && !t.quoted);
    if (idx.length === 0) return null;
    const t = pick(idx);
    const digits = [...t.text].map((c, k) => (/\d/.test(c) ? k : -1)).filter((k) => k >= 0);
    const k = pick(digits);
    const d = String((Number(t.text[k]) + 1 + Math.floor(r() * 8)) % 10);
    const nt = t.text.slice(0, k) + d + t.text.slice(k + 1);
    return replaceAt(t.start - sen.start, t.end - sen.start, nt);
  }
  if (kind === 'hedge_dropped' || kind === 'negation_flipped') {
    for (const [re, by] of kind === 'hedge_dropped' ? HEDGES : NEGATABLE) {
      const m = re.exec(text);
      if (!m || toks.some((t) => t.quoted && t.start - sen.start <= m.index && t.end - sen.start > m.index))
        continue;
      const rep = m[0].replace(re, by);
      return replaceAt(m.index, m.index + m[0].length, rep || '');
    }
    return null;
  }
  if (kind === 'attribution_dropped' && r() < 0.5) {
    // Drop the credit: 'Prices will rise, the minister said.' → 'Prices will rise.'
    const m =
      /,["”]? (?:(?:he|she|they|analysts|officials|the [a-z]+(?: [a-z]+)?)|(?:[A-Z][a-z]+ )?[A-Z][a-z]+) (?:said|says)\.$/.exec(
        text,
      );
    if (m) {
      const cut =
        text.slice(0, m.index) + (m[0].startsWith(',"') || m[0].startsWith(',”') ? m[0][1] : '') + '.';
      return { kind, text: cut, from: 0, to: cut.length };
    }
  }
  if (kind === 'attribution_dropped') {
    const m =
      /,?\s(said|says)\s([A-Z][a-z]+(?: [A-Z][a-z]+)?)|([A-Z][a-z]+(?: [A-Z][a-z]+)?) (said|says)\b/.exec(
        text,
      );
    if (!m || speakers.length < 2) return null;
    const who = m[2] ?? m[3];
    if (!speakers.includes(who)) return null;
    const other = speakers.find((p) => p !== who && !p.includes(who) && !who.includes(p));
    if (!other) return null;
    const off = m.index + m[0].indexOf(who);
    return replaceAt(off, off + who.length, other);
  }
  if (kind === 'spun_phrase' || kind === 'quote_altered') {
    const want = kind === 'quote_altered';
    const idx = toks.filter(
      (t) => t.kind === 'word' && !t.stop && t.quoted === want && !t.cap && t.text.length > 3,
    );
    for (let tries = 0; tries < 6 && idx.length > 0; tries++) {
      const t = pick(idx);
      const syn = synonyms(t.norm).filter((x) => /^[a-z]+$/.test(x) && x !== t.norm);
      if (syn.length === 0) continue;
      return replaceAt(t.start - sen.start, t.end - sen.start, pick(syn));
    }
    return null;
  }
  return null;
}

/**
 * Meaning edits of a whole claim, drawn from a stream of their own so the other edits stay as they
 * were: a scope or time qualifier dropped ("the previously oldest" → "the oldest"), "The X of"
 * made "A X of", or a neutral label made loaded ("self-styled" → "so-called"). The gold span is the
 * word after the cut (a deletion has no copy text of its own).
 */
const MEANING: [RegExp, string][] = [
  [/\b(previously|formerly|largely|partially|partly|mostly|mainly|temporarily|initially) (\w+)/, '$2'],
  [/^The (\w+) of\b/, 'A $1 of'],
  [/\bself-styled\b/, 'so-called'],
];

function meaningEdit(text: string, r: () => number): Edit | null {
  if (/["“”]/.test(text)) return null; // inside a quotation it is an altered quote
  const rules = MEANING.filter(([re]) => re.test(text));
  if (rules.length === 0) return null;
  const [re, by] = rules[Math.floor(r() * rules.length)];
  const m = re.exec(text);
  if (!m) return null;
  const replaced = m[0].replace(re, by);
  return {
    kind: 'meaning_changed',
    text: text.slice(0, m.index) + replaced + text.slice(m.index + m[0].length),
    from: m.index,
    to: m.index + Math.max(1, replaced.length),
  };
}

const KINDS: ChangeKind[] = [
  'name_changed',
  'number_changed',
  'hedge_dropped',
  'negation_flipped',
  'attribution_dropped',
  'spun_phrase',
  'quote_altered',
  'sentence_inserted',
  'sentence_dropped',
];

/** Names that appear as sentence subjects of "said": candidates for a moved quote. */
function speakersOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(
    /\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) said\b|\bsaid ([A-Z][a-z]+(?: [A-Z][a-z]+)?)/g,
  ))
    out.add(m[1] ?? m[2]);
  return [...out].filter(
    // People only: a first and last name, not a weekday or a generic subject.
    (n) =>
      / /.test(n) &&
      !/^(The|He|She|It|They|But|And|Officials?|Analysts?|Sources?|Traders?|Dealers?)\b/.test(n) &&
      !/(day|Weekly|Daily|News|Times|Post|Inc|Corp|Co)\b/.test(n),
  );
}

export function makeCopy(
  source: Article,
  filler: Article,
  seed: number,
  rate = 0.3,
  meaning = true,
): SyntheticCopy {
  const r = rng(seed);
  const rm = rng(seed + 0x5eed);
  const doc = buildDocument(source);
  const fillDoc = buildDocument(filler);
  const speakers = speakersOf(source.text);
  const edits: GoldEdit[] = [];
  const parts: string[] = [];
  let len = 0;
  const push = (s: string) => {
    parts.push(s);
    len += s.length;
  };
  if (r() < 0.5) push(`${BOILER[Math.floor(r() * BOILER.length)]}\n\n`);
  if (r() < 0.3) push('LONDON (Reuters) - ');
  // A truncated copy keeps the first 60–90% of the sentences; nothing past the cut is a change.
  const n = doc.sentences.length;
  const keep = r() < 0.4 ? Math.max(3, Math.floor(n * (0.6 + 0.3 * r()))) : n;
  for (let s = 0; s < keep; s++) {
    const sen = doc.sentences[s];
    let text = doc.text.slice(sen.start, sen.end);
    const inner = s > 0 && s < keep - 1;
    let edit: Edit | null = null;
    if (inner && r() < rate) {
      // Credited sentences are rarer than the others: give them a fair share of attribution edits.
      const credited = /(said|says)\.$/.test(text) && r() < 0.3;
      const kind = credited ? 'attribution_dropped' : KINDS[Math.floor(r() * KINDS.length)];
      if (kind === 'sentence_dropped') {
        if (text.split(/\s+/).length >= 8) {
          edits.push({ kind, start: len, end: len, source: { start: sen.start, end: sen.end } });
          continue;
        }
      } else if (kind === 'sentence_inserted' && fillDoc.sentences.length > 2) {
        const f = fillDoc.sentences[Math.floor(r() * fillDoc.sentences.length)];
        const ins = fillDoc.text.slice(f.start, f.end);
        if (ins.split(/\s+/).length >= 6 && /[.!?]$/.test(ins)) {
          edits.push({ kind, start: len, end: len + ins.length });
          push(ins + ' ');
        }
      } else edit = editSentence(doc, s, kind, r, speakers);
    }
    if (edit) {
      text = edit.text;
      edits.push({ kind: edit.kind, start: len + edit.from, end: len + edit.to });
    } else {
      // Noise only where nothing was edited: spelling and house style.
      const british = r() < 0.3;
      const us = r() < 0.5;
      // A meaning edit instead, from its own stream, so the other edits stay as they were.
      const m = inner && meaning && rm() < 0.5 ? meaningEdit(text, rm) : null;
      if (m) {
        text = m.text;
        edits.push({ kind: m.kind, start: len + m.from, end: len + m.to });
      } else {
        if (british) for (const [re, by] of BRITISH) text = text.replace(re, by);
        if (us) text = text.replace(/\bU\.S\./g, 'US');
      }
    }
    push(text);
    const nextPara = s + 1 < keep && doc.sentences[s + 1].paragraph !== sen.paragraph;
    push(nextPara ? '\n\n' : ' ');
  }
  if (r() < 0.5) push(`\n\n${BOILER[Math.floor(r() * BOILER.length)]}`);
  const copy: Article = { ...source, id: `${source.id}~copy${seed}`, text: parts.join('') };
  return { copy, edits };
}
