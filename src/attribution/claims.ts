// Story-level claims: across several articles' statements, who alleges what against whom, the
// denials of each allegation, and which copies lost the denial or the hedge that others keep.
// A pure function of its inputs.
import type { Document } from '../text/document.js';
import {
  alignedToSource,
  contentWords,
  deniedWords,
  isHedged,
  overlap,
  overlapOfTwo,
  sameActor,
  sentenceAround,
  speaksFor,
  words,
} from './claim-matching.js';
import type { AllegationCopy, Claim, ClaimsInput, ClaimsReport, Denial } from './claim-types.js';
import { claimsOfDenials, refersBack } from './denied-claims.js';
import type { Statement } from './types.js';

export { actorKey } from './claim-matching.js';
export type { AllegationCopy, Claim, ClaimsInput, ClaimsReport, Denial } from './claim-types.js';

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
/** "the unrest | on | foreign agitators": what is blamed, and on whom. */
const BLAMED_ON = /^(.{2,80}?)\s+on\s+(.+)$/s;
/** "that Moscow was", "that the Kremlin had": a clause opening with a capitalised name and an auxiliary. */
const CLAUSE_SUBJECT =
  /^(?:that\s+)?((?:the\s+)?(?:(?:al|el|ad|as|an)-)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+(?:was|were|is|are|has|had|have|would|will|could|planned|plans|intended|intends)\s+(?:been\s+)?/u;
/** "that Senator Ruth Alder | used campaign money": a capitalised name and a verb in the past. */
const CLAUSE_ACTOR =
  /^(?:that\s+)?((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+(?=\p{Ll}+ed\s)/u;
/** An auxiliary inside the words before "of"/"for": they are a clause ("X had been responsible for"), not the accused. */
const HAS_AUXILIARY = /\b(?:was|were|is|are|has|had|have|been|would|will)\b/i;
/** A bare target, with no act alleged ("condemning the mayor's housing office"): a short noun phrase. */
const BARE_TARGET =
  /^(?:(?:the|a|an|his|her|its|their)\s+[\p{L}-]+|\p{Lu}[\p{L}.’'-]*|[\p{L}-]+[’']s)(?:\s+[\p{L}.’'-]+){0,6}$/u;

/** The target and the alleged act of an accusation: "Russia of fabricating an assault" → Russia / fabricating an assault. */
function splitAccusation(doc: Document, s: Statement): { accused: string | null; what: string } {
  const pieces = s.content.fragments;
  // "Senator accused of misusing funds": no accuser, the charged before the cue and the charge after.
  const bare = !s.speaker && !!pieces && pieces.length > 1 && pieces[0].end <= s.cue.start;
  const passive =
    bare ||
    /\b(?:been|was|were|is|are|be)\s+\S+$/i.test(doc.text.slice(Math.max(0, s.cue.start - 20), s.cue.end));
  // A passive's content is the subject and the complement ("Moscow | of manufacturing ..."): the act is the complement.
  const body = passive && pieces && pieces.length > 1 ? pieces[pieces.length - 1].text : s.content.text;
  const content = body.replace(/^by\s+[^,]+?\s+(?=of\s|for\s)/i, '');
  const m = ALLEGATION_LINK.exec(content);
  if (passive) {
    const before = doc.text.slice(Math.max(0, s.cue.start - 80), s.cue.start);
    const subject =
      /([A-Z][\p{L}.’'-]*(?:\s+[A-Z][\p{L}.’'-]*)*)\s*(?:has|have|had|was|were|is|are)?\s*$/u.exec(before);
    const what = content.replace(/^(?:of|for|over)\s+/i, '');
    return { accused: bare ? pieces[0].text : subject ? subject[1] : null, what };
  }
  const lemma = cueLemma(doc, s);
  // "blamed the unrest on foreign agitators": the act, then whom it is put on.
  const onWhom = lemma === 'blame' ? BLAMED_ON.exec(content) : null;
  if (onWhom && !HAS_AUXILIARY.test(onWhom[1])) {
    const accused = onWhom[2].replace(TRAILING_ADJUNCT, '').replace(/[.,;]+$/, '');
    if (accused.split(/\s+/).length <= 6) return { accused, what: onWhom[1] };
  }
  const link = m && !HAS_AUXILIARY.test(m[1]) && LINK_VERBS[m[2].toLowerCase()].has(lemma) ? m : null;
  if (link) {
    const accused = link[1].replace(LEADING_ADJUNCT, '').replace(TRAILING_ADJUNCT, '');
    if (accused && accused.split(/\s+/).length <= 6) return { accused, what: link[3] };
  }
  // "alleged that Moscow was preparing to fake an attack": a named subject of the clause is the accused.
  const clause = CLAUSE_SUBJECT.exec(content);
  if (clause) return { accused: clause[1], what: content.slice(clause[0].length).trim() || content };
  // "alleged that Senator Ruth Alder used campaign money …": the act keeps its verb.
  const actor = CLAUSE_ACTOR.exec(content);
  if (actor) return { accused: actor[1], what: content.slice(actor[0].length).trim() };
  // "condemned the mayor's housing office": a target, and no act alleged.
  if (!link && BARE_TARGET.test(content.trim())) return { accused: content.trim(), what: '' };
  return { accused: null, what: content };
}

/** An accuser reads as a noun phrase; anything else is a misread cue and no allegation. */
function plausibleAccuser(s: Statement): boolean {
  if (!s.speaker) return true;
  const text = s.speaker.text.trim();
  // A pronoun stands alone: "He ran the gang's" is a clause.
  if (/^(?:he|she|they|we|it|i)\b/i.test(text)) return !/\s/.test(text);
  // Otherwise it opens with a name, a number or a determiner; "oversaw the group's" or "featuring
  // simulated [blasts]" (a verb the tagger left before a noun it took for a cue) do not.
  return (
    /^[\p{Lu}\d]/u.test(text) ||
    /^(?:the|a|an|his|her|their|its|our|some|many|several|both|other|two|three)\b/i.test(text)
  );
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

/**
 * Traced copies that kept some denial of the claim but dropped one their source carries ("Dunn
 * denied the charges" gone, the contractor's denial kept): a denier of the source's report with
 * no denial in the copy.
 */
function lostDenier(c: Claim, inputs: Map<string, ClaimsInput>): string[] {
  const out: string[] = [];
  for (const x of c.copies) {
    const link = inputs.get(x.article)?.derivesFrom;
    if (!link || !c.copies.some((y) => y.article === link.source)) continue;
    const here = c.denials.filter((d) => d.article === x.article);
    const there = c.denials.filter((d) => d.article === link.source);
    if (there.some((d) => !here.some((h) => h.by === d.by || sameActor(h.by, d.by)))) out.push(x.article);
  }
  return out;
}

/**
 * "Prosecutors accused Dunn of taking bribes, alleging that he received …": a further allegation
 * by the same accuser in the same sentence, against no one named but by a pronoun, details the
 * claim that sentence opened rather than opening one of its own.
 */
function elaborated<C extends Claim>(
  earlier: readonly { s: Statement; c: C }[],
  a: ClaimsInput,
  s: Statement,
  accused: string | null,
): C | undefined {
  if (accused && !/^(?:he|she|they|it|him|her|them)$/i.test(accused.trim())) return undefined;
  const sentence = sentenceAround(a.doc, s);
  return earlier.find(
    (x) => sameActor(x.s.speaker_name, s.speaker_name) && sentenceAround(a.doc, x.s) === sentence,
  )?.c;
}

/**
 * Statements of one article that claims read at most, in text order. News articles hold a few
 * dozen; allegations and denials are paired by comparing them with each other, so an article of
 * thousands (a transcript, or hostile input) is read only this far.
 */
export const MAX_CLAIM_STATEMENTS = 500;

export function buildClaims(input: ClaimsInput[]): ClaimsReport {
  // Statements reported within others count as the article's own ("Vale has denied the charges,
  // his lawyer said": Vale's denial), each after the one that reports it.
  const articles = input.map((a) => {
    const all = a.statements.flatMap((s) => (s.nested.length ? [s, ...s.nested] : [s]));
    return { ...a, statements: all.length > MAX_CLAIM_STATEMENTS ? all.slice(0, MAX_CLAIM_STATEMENTS) : all };
  });
  // key: the words of the act alleged; full: by article, the words of every report of it there
  // (the accused too, and the lead beside its headline), which a denial in that article may
  // repeat ("blamed the unrest on agitators, a claim opposition groups reject").
  const claims: (Claim & { key: Set<string>; full: Map<string, Set<string>> })[] = [];
  const addWords = (full: Map<string, Set<string>>, article: string, s: Statement) => {
    const set = full.get(article) ?? new Set<string>();
    for (const w of contentWords(s)) set.add(w);
    full.set(article, set);
  };
  const denials: (Denial & { key: Set<string> })[] = [];
  const inputs = new Map(articles.map((a) => [a.id, a]));
  const ordered = sourcesFirst(articles);
  for (const a of ordered) {
    // This article's accusations so far and the claims they joined or opened.
    const earlier: { s: Statement; c: (typeof claims)[number] }[] = [];
    for (const s of a.statements) {
      if (s.stance === 'deny') {
        denials.push({ article: a.id, by: s.speaker_name, statement: s, key: deniedWords(s) });
        continue;
      }
      if (s.stance !== 'accuse' || !plausibleAccuser(s)) continue;
      const { accused, what } = splitAccusation(a.doc, s);
      // A condemnation with neither an act nor anyone making it says nothing a reader can use.
      if (!what && !s.speaker_name) continue;
      const key = words(what);
      const copy: AllegationCopy = { article: a.id, statement: s, hedged: isHedged(a.doc, s), denied: false };
      const same =
        claims.find(
          (c) =>
            (overlap(c.key, key) >= 0.5 ||
              (!what && !c.allegation) ||
              alignedToSource(a, s.content, c.copies)) &&
            (!c.accused || !accused || sameActor(c.accused, accused)),
        ) ?? elaborated(earlier, a, s, accused);
      if (same) {
        earlier.push({ s, c: same });
        if (!same.copies.some((c) => c.article === a.id)) same.copies.push(copy);
        addWords(same.full, a.id, s);
        // A claim a headline opened with no accuser ("X accused of …") takes the accuser and the
        // wording of the first report that names one.
        if (!same.accuser && s.speaker_name && what) {
          same.accuser = s.speaker_name;
          same.allegation = what;
          // "Councillor" of the headline is "Councillor Mark Dunn" of the lead.
          same.accused =
            accused && (!same.accused || accused.includes(same.accused)) ? accused : same.accused;
        }
        continue;
      }
      claims.push({
        kind: 'accusation',
        accuser: s.speaker_name,
        accused,
        allegation: what,
        copies: [copy],
        denials: [],
        lostDenial: [],
        lostHedge: [],
        key,
        full: new Map([[a.id, new Set(contentWords(s))]]),
      });
      earlier.push({ s, c: claims[claims.length - 1] });
    }
  }
  // A denial answers an accusation when it shares its words, or when the accused denies it in
  // words of its own about the same act, or in a report of it, refers back to it ("denied the
  // claim"). A denial of something else the article reports ("raising concerns of an invasion,
  // something Moscow has denied") is not an answer to every accusation against Moscow.
  const unanswered = denials.filter((d) => {
    let answered = false;
    for (const c of claims) {
      const reported = c.full.get(d.article);
      const shared = Math.max(overlapOfTwo(c.key, d.key), reported ? overlapOfTwo(reported, d.key) : 0);
      const byAccused =
        sameActor(d.by, c.accused) || sameActor(speaksFor(d.by), c.accused) || implicated(d, reported);
      const inArticle = c.copies.some((x) => x.article === d.article);
      if (shared >= 0.5 || (byAccused && (shared >= 0.3 || (inArticle && refersBack(d.key))))) {
        c.denials.push(d);
        answered = true;
      }
    }
    return !answered;
  });
  const all = [...claims.map(({ full: _full, ...c }) => c), ...claimsOfDenials(unanswered, ordered)];
  for (const c of all) {
    for (const copy of c.copies) copy.denied = c.denials.some((d) => d.article === copy.article);
    c.lostDenial = [...new Set([...lostBy(c, (x) => x.denied, inputs), ...lostDenier(c, inputs)])];
    c.lostHedge = lostBy(c, (x) => x.hedged, inputs);
  }
  return { claims: all.map(({ key: _key, ...claim }) => claim) };
}

/**
 * "… bribes from a waste contractor. The contractor, Greenway Waste, rejected any suggestion of
 * wrongdoing": a denier whose own words (a noun of its speaker span) stand in the allegation as
 * reported in its article is implicated in it, and answers it as the accused would.
 */
function implicated(d: Denial, reported: Set<string> | undefined): boolean {
  const speaker = d.statement.speaker?.text;
  if (!speaker || !reported) return false;
  for (const w of words(speaker)) if (reported.has(w)) return true;
  return false;
}
