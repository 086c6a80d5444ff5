// Story-level claims: across several articles' statements, who alleges what against whom, the
// denials of each allegation, and which copies lost the denial or the hedge that others keep.
// A pure function of its inputs.
import { loadPairs, wordSet } from '../lexicon/load.js';
import type { AlignedPassage } from '../model.js';
import type { Document } from '../text/document.js';
import type { Statement } from './types.js';

export interface ClaimsInput {
  id: string;
  doc: Document;
  statements: Statement[];
  /**
   * The stored article this one was traced to, with the passages aligned copy ↔ source; null
   * when it was traced as deriving from nothing stored; absent when it was not traced.
   */
  derivesFrom?: { source: string; passages: AlignedPassage[] } | null;
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
  /** What is alleged, as worded in the first article that reports it; empty when only a target is named ("condemned X"). */
  allegation: string;
  copies: AllegationCopy[];
  denials: Denial[];
  /**
   * Articles carrying the allegation without the denial that their traced source reports (for
   * untraced articles: that another article reports).
   */
  lostDenial: string[];
  /** Articles stating the allegation without the hedge that their traced source keeps (likewise). */
  lostHedge: string[];
}

export interface ClaimsReport {
  claims: Claim[];
}

/** Adverbials around an accusing verb's object: "accused on Thursday Russia of ...", "accused Russia on Thursday of ...". */
const ADJUNCT =
  '(?:(?:on|last|this|late|early)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|night)|yesterday|today|again|also|publicly|formally|repeatedly|now|directly|openly)';
const LEADING_ADJUNCT = new RegExp(`^(?:${ADJUNCT},?\\s+)+`, 'i');
const TRAILING_ADJUNCT = new RegExp(`(?:,?\\s+${ADJUNCT})+$`, 'i');
const ALLEGATION_LINK = /^(?:that\s+)?(.{2,60}?)\s+(of|for|over)\s+(.+)$/s;
/**
 * The words that join an accusing verb's target to the act alleged: "accused X of", "blamed X
 * for", "criticised X over". After other verbs "of" belongs to the target ("condemned the
 * government of Justin Trudeau").
 */
/** Verbs that blame someone for an act ("blamed X for", "criticised X over"). */
const BLAMING = [
  'accuse',
  'blame',
  'criticize',
  'criticise',
  'condemn',
  'denounce',
  'slam',
  'attack',
  'rebuke',
];
const LINK_VERBS: Record<string, Set<string>> = {
  of: new Set(['accuse', 'suspect', 'convict', 'allege']),
  for: new Set([...BLAMING, 'fault', 'castigate']),
  over: new Set([...BLAMING, 'blast']),
};

/** The lemma of the cue's verb (its last word of saying: "accused", "has blamed" → accuse, blame). */
function cueLemma(doc: Document, s: Statement): string {
  let lemma = '';
  for (const t of doc.tokens) {
    if (t.start >= s.cue.end) break;
    if (t.start >= s.cue.start && t.kind === 'word') lemma = t.lemma;
  }
  return lemma;
}
/** "that Moscow was", "that the Kremlin had": a clause opening with a capitalised name and an auxiliary. */
const CLAUSE_SUBJECT =
  /^(?:that\s+)?((?:the\s+)?(?:(?:al|el|ad|as|an)-)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+(?:was|were|is|are|has|had|have|would|will|could|planned|plans|intended|intends)\s+(?:been\s+)?/u;
/** An auxiliary inside the words before "of"/"for": they are a clause ("X had been responsible for"), not the accused. */
const HAS_AUXILIARY = /\b(?:was|were|is|are|has|had|have|been|would|will)\b/i;
/** A bare target, with no act alleged ("condemning Trudeau's Liberal government"): a short noun phrase. */
const BARE_TARGET =
  /^(?:(?:the|a|an|his|her|its|their)\s+[\p{L}-]+|\p{Lu}[\p{L}.’'-]*|[\p{L}-]+[’']s)(?:\s+[\p{L}.’'-]+){0,6}$/u;
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

/** Words after a country's name that keep it the country's side: "Russian officials", "US Defense Secretary". */
const SIDE_BODY =
  /^(?:officials?|government|authorities|ministry|foreign|defen[cs]e|military|army|forces|troops|intelligence|embassy|spokes(?:man|woman|person)|president|prime|leaders?|department|administration|state|side|diplomats?|envoy|ambassador|secretary|minister)$/;

let actorNames: Map<string, string> | null = null;

/**
 * The side an accuser or accused speaks for (data/lexicon/claim-actors.txt): "the Pentagon",
 * "Washington" and "U.S. officials" are one side, "Moscow" and "the Kremlin" another. A name not
 * listed is its own key.
 */
export function actorKey(name: string): string {
  actorNames ??= loadPairs('claim-actors');
  const plain = name
    .toLowerCase()
    .replace(/[.]/g, '')
    .replace(/[’']s$/, '')
    .replace(/^the\s+/, '')
    .trim();
  const listed = actorNames.get(plain);
  if (listed) return listed;
  const words = plain.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const side = actorNames.get(words.slice(0, n).join(' '));
    if (side && SIDE_BODY.test(words[n])) return side;
  }
  return plain;
}

function sameActor(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = actorKey(a);
  const y = actorKey(b);
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
  const link =
    m && !HAS_AUXILIARY.test(m[1]) && LINK_VERBS[m[2].toLowerCase()].has(cueLemma(doc, s)) ? m : null;
  if (link) {
    const accused = link[1].replace(LEADING_ADJUNCT, '').replace(TRAILING_ADJUNCT, '');
    if (accused && accused.split(/\s+/).length <= 6) return { accused, what: link[3] };
  }
  // "alleged that Moscow was preparing to fake an attack": a named subject of the clause is the accused.
  const clause = CLAUSE_SUBJECT.exec(content);
  if (clause) return { accused: clause[1], what: content.slice(clause[0].length).trim() || content };
  // "condemned Trudeau's Liberal government": a target, and no act alleged.
  if (!link && BARE_TARGET.test(content.trim())) return { accused: content.trim(), what: '' };
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

/** An accuser reads as a noun phrase; anything else is a misread cue and no allegation. */
function plausibleAccuser(s: Statement): boolean {
  if (!s.speaker) return true;
  const text = s.speaker.text.trim();
  // A pronoun stands alone: "He oversaw the group's" is a clause.
  if (/^(?:he|she|they|we|it|i)\b/i.test(text)) return !/\s/.test(text);
  // Otherwise it opens with a name, a number or a determiner; "oversaw the group's" or "featuring
  // simulated [blasts]" (a verb the tagger left before a noun it took for a cue) do not.
  return (
    /^[\p{Lu}\d]/u.test(text) ||
    /^(?:the|a|an|his|her|their|its|our|some|many|several|both|other|two|three)\b/i.test(text)
  );
}

/** Do [a, b) and [c, d) share a character? */
function intersects(a: number, b: number, c: number, d: number): boolean {
  return a < d && c < b;
}

/**
 * Inputs with each traced copy after the article it derives from, so that a copy's allegation
 * can join the claim its source's allegation opened (stable otherwise).
 */
function sourcesFirst(articles: ClaimsInput[]): ClaimsInput[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const depth = new Map<string, number>();
  const depthOf = (a: ClaimsInput, seen: Set<string>): number => {
    const known = depth.get(a.id);
    if (known !== undefined) return known;
    const source = a.derivesFrom ? byId.get(a.derivesFrom.source) : undefined;
    const d = source && !seen.has(source.id) ? 1 + depthOf(source, seen.add(a.id)) : 0;
    depth.set(a.id, d);
    return d;
  };
  return articles
    .map((a, i) => ({ a, i, d: depthOf(a, new Set()) }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .map((x) => x.a);
}

/**
 * Is this copy's allegation `s` the same report as one of the claim's, read off the trace: a
 * passage aligned to the copy's source covers both the copy's content and the source's? A spun
 * or translated copy words the allegation differently ("getting ready to fake an assault" for
 * "preparing a fabricated attack"), so word overlap alone would split the claim.
 */
function alignedToClaim(input: ClaimsInput, s: Statement, claim: Claim): boolean {
  const link = input.derivesFrom;
  if (!link) return false;
  const sourceCopies = claim.copies.filter((x) => x.article === link.source);
  if (sourceCopies.length === 0) return false;
  return link.passages.some(
    (p) =>
      intersects(p.copy.start, p.copy.end, s.content.start, s.content.end) &&
      sourceCopies.some((x) =>
        intersects(p.source.start, p.source.end, x.statement.content.start, x.statement.content.end),
      ),
  );
}

/**
 * The copies that dropped what `kept` tells: a traced copy lost it when its source's report of the
 * allegation has it and the copy's does not (an original loses nothing); an untraced article
 * lost it when another report of the allegation has it.
 */
function lostBy(c: Claim, kept: (x: AllegationCopy) => boolean, inputs: Map<string, ClaimsInput>): string[] {
  if (!c.copies.some(kept)) return [];
  return c.copies
    .filter((x) => {
      if (kept(x)) return false;
      const link = inputs.get(x.article)?.derivesFrom;
      if (link === undefined) return true;
      return link !== null && c.copies.some((y) => y.article === link.source && kept(y));
    })
    .map((x) => x.article);
}

export function buildClaims(articles: ClaimsInput[]): ClaimsReport {
  const claims: (Claim & { key: Set<string> })[] = [];
  const denials: (Denial & { key: Set<string> })[] = [];
  const inputs = new Map(articles.map((a) => [a.id, a]));
  for (const a of sourcesFirst(articles)) {
    for (const s of a.statements) {
      if (s.stance === 'deny') {
        denials.push({ article: a.id, by: s.speaker_name, statement: s, key: words(s.content.text) });
        continue;
      }
      if (s.stance !== 'accuse' || !plausibleAccuser(s)) continue;
      const { accused, what } = splitAccusation(a.doc, s);
      // A condemnation with neither an act nor anyone making it says nothing a reader can use.
      if (!what && !s.speaker_name) continue;
      const key = words(what);
      const copy: AllegationCopy = { article: a.id, statement: s, hedged: isHedged(a.doc, s), denied: false };
      const same = claims.find(
        (c) =>
          (overlap(c.key, key) >= 0.5 || (!what && !c.allegation) || alignedToClaim(a, s, c)) &&
          (!c.accused || !accused || sameActor(c.accused, accused)),
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
    c.lostDenial = lostBy(c, (x) => x.denied, inputs);
    c.lostHedge = lostBy(c, (x) => x.hedged, inputs);
  }
  return { claims: claims.map(({ key: _key, ...claim }) => claim) };
}
