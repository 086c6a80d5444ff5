// Story-level claims: across several articles' statements, who alleges what against whom, the
// denials of each allegation, and which copies lost the denial or the hedge that others keep.
// A pure function of its inputs.
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import type { Statement } from './types.js';

export interface ClaimsInput {
  id: string;
  doc: Document;
  statements: Statement[];
}

/** One article's report of an allegation. */
export interface AllegationCopy {
  article: string;
  statement: Statement;
  /** The sentence carrying the allegation hedges it ("alleged", "reportedly", "claims"). */
  hedged: boolean;
  /** This article reports a denial of the allegation. */
  denied: boolean;
}

export interface Denial {
  article: string;
  by: string | null;
  statement: Statement;
}

export interface Claim {
  accuser: string | null;
  accused: string | null;
  /** What is alleged, as worded in the first article that reports it. */
  allegation: string;
  copies: AllegationCopy[];
  denials: Denial[];
  /** Articles carrying the allegation without the denial that another article reports. */
  lostDenial: string[];
  /** Articles stating the allegation without the hedge that another article keeps. */
  lostHedge: string[];
}

export interface ClaimsReport {
  claims: Claim[];
}

const ALLEGATION_LINK = /^(?:that\s+)?(.{2,60}?)\s+(?:of|for|over)\s+(.+)$/s;
/** "that Moscow was", "that the Kremlin had": a clause opening with a capitalised name and an auxiliary. */
const CLAUSE_SUBJECT =
  /^(?:that\s+)?((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+(?:was|were|is|are|has|had|have|would|will|could|planned|plans|intended|intends)\s+(?:been\s+)?/u;
const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'and',
  'in',
  'that',
  'on',
  'for',
  'by',
  'with',
  'is',
  'was',
  'has',
  'have',
  'it',
  'its',
]);

function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    if (!STOP.has(w) && w.length > 2) out.add(w.replace(/s$/, ''));
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.min(a.size, b.size);
}

function sameActor(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = a.toLowerCase().replace(/^the\s+/, '');
  const y = b.toLowerCase().replace(/^the\s+/, '');
  return x === y || x.includes(y) || y.includes(x);
}

/** The target and the alleged act of an accusation: "Russia of fabricating an assault" → Russia / fabricating an assault. */
function splitAccusation(doc: Document, s: Statement): { accused: string | null; what: string } {
  const passive = /\b(?:been|was|were|is|are|be)\s+\S+$/i.test(
    doc.text.slice(Math.max(0, s.cue.start - 20), s.cue.end),
  );
  // A passive's content is the subject and the complement ("Moscow | of manufacturing ..."): the act is the complement.
  const pieces = s.content.fragments;
  const body = passive && pieces && pieces.length > 1 ? pieces[pieces.length - 1].text : s.content.text;
  const content = body.replace(/^by\s+[^,]+?\s+(?=of\s|for\s)/i, '');
  const m = ALLEGATION_LINK.exec(content);
  if (passive) {
    const before = doc.text.slice(Math.max(0, s.cue.start - 80), s.cue.start);
    const subject =
      /([A-Z][\p{L}.’'-]*(?:\s+[A-Z][\p{L}.’'-]*)*)\s*(?:has|have|had|was|were|is|are)?\s*$/u.exec(before);
    const what = content.replace(/^(?:of|for|over)\s+/i, '');
    return { accused: subject ? subject[1] : null, what };
  }
  if (m && m[1].split(/\s+/).length <= 6) return { accused: m[1], what: m[2] };
  // "alleged that Moscow was preparing to fake an attack": a named subject of the clause is the accused.
  const clause = CLAUSE_SUBJECT.exec(content);
  if (clause) return { accused: clause[1], what: content.slice(clause[0].length).trim() || content };
  return { accused: null, what: content };
}

function sentenceAround(doc: Document, s: Statement): string {
  const sentence = doc.sentences.find((x) => x.start <= s.cue.start && x.end >= s.cue.end);
  return sentence ? doc.text.slice(sentence.start, sentence.end) : s.content.text;
}

function isHedged(doc: Document, s: Statement): boolean {
  const hedges = wordSet('attribution-hedges');
  return (
    sentenceAround(doc, s)
      .toLowerCase()
      .match(/[\p{L}]+/gu) ?? []
  ).some((w) => hedges.has(w) && w !== 'accused');
}

/**
 * An accuser reads as a noun phrase: a "speaker" opening with a lowercase participle ("featuring
 * simulated [blasts]") is a noun the cue tagger took for a verb, and no allegation.
 */
function plausibleAccuser(s: Statement): boolean {
  return !s.speaker || !/^[a-z]+(?:ing|ed)\b/.test(s.speaker.text);
}

export function buildClaims(articles: ClaimsInput[]): ClaimsReport {
  const claims: (Claim & { key: Set<string> })[] = [];
  const denials: (Denial & { key: Set<string> })[] = [];
  for (const a of articles) {
    for (const s of a.statements) {
      if (s.stance === 'deny') {
        denials.push({ article: a.id, by: s.speaker_name, statement: s, key: words(s.content.text) });
        continue;
      }
      if (s.stance !== 'accuse' || !plausibleAccuser(s)) continue;
      const { accused, what } = splitAccusation(a.doc, s);
      const key = words(what);
      const copy: AllegationCopy = { article: a.id, statement: s, hedged: isHedged(a.doc, s), denied: false };
      const same = claims.find(
        (c) => overlap(c.key, key) >= 0.5 && (!c.accused || !accused || sameActor(c.accused, accused)),
      );
      if (same) {
        if (!same.copies.some((c) => c.article === a.id)) same.copies.push(copy);
        continue;
      }
      claims.push({
        accuser: s.speaker_name,
        accused,
        allegation: what,
        copies: [copy],
        denials: [],
        lostDenial: [],
        lostHedge: [],
        key,
      });
    }
  }
  for (const c of claims) {
    for (const d of denials) {
      const byAccused = sameActor(d.by, c.accused);
      const inArticle = c.copies.some((x) => x.article === d.article);
      if ((byAccused && (inArticle || overlap(c.key, d.key) >= 0.3)) || overlap(c.key, d.key) >= 0.5)
        c.denials.push(d);
    }
    for (const copy of c.copies) copy.denied = c.denials.some((d) => d.article === copy.article);
    if (c.copies.some((x) => x.denied))
      c.lostDenial = c.copies.filter((x) => !x.denied).map((x) => x.article);
    if (c.copies.some((x) => x.hedged)) c.lostHedge = c.copies.filter((x) => !x.hedged).map((x) => x.article);
  }
  return { claims: claims.map(({ key: _key, ...claim }) => claim) };
}
