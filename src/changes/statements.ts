// Credits read from the attribution analyzer's statements (speaker, resolved name, cue, content):
// a statement the source credits to a named speaker is credited in the copy to another named
// speaker ("Erdogan said ..." / "Zelenskyy said ..."), to unnamed sources ("sources said"), to no
// one ("it was said that ..."), or its words are kept with no credit at all. A pronoun or a
// description in the copy ("he said", "the Turkish president said") is never read as another
// speaker: its resolution is a guess, the name in the source is not.
// Statements are extracted once per document: every traced copy builds a change report, and its
// source serves many copies.
import type { Change, Span } from '../model.js';
import type { DocToken, Document } from '../text/document.js';
import { extractStatements, type ContentSpan, type Statement } from '../attribution/index.js';
import { isTitleWord } from '../attribution/names.js';
import { hasLemma } from '../lexicon/wordnet.js';
import { isNameLike } from '../reuse/features.js';
import type { PairContext } from './context.js';
import { lexicons } from './lexicons.js';
import { similarName } from './similar.js';
import { span } from './spans.js';
import { DATE_WORDS, isContentWord, sentenceWords, type Word } from './words.js';

const memo = new WeakMap<Document, Statement[]>();

export function statementsOf(doc: Document): Statement[] {
  let out = memo.get(doc);
  if (!out) memo.set(doc, (out = extractStatements(doc)));
  return out;
}

const quoteMemo = new WeakMap<Document, Uint8Array>();

/**
 * Tokens inside the content of a direct statement, for documents quoting with doubled
 * apostrophes (''...''), which the document's own quotation flags do not know.
 */
export function quotedByStatements(doc: Document, tok: number): boolean {
  if (!doc.text.includes("''")) return false;
  let flags = quoteMemo.get(doc);
  if (!flags) {
    flags = new Uint8Array(doc.tokens.length);
    for (const st of statementsOf(doc)) {
      if (st.type !== 'direct') continue;
      for (const f of pieces(st.content))
        for (let i = tokenAt(doc, f.start); i < doc.tokens.length && doc.tokens[i].end <= f.end; i++)
          flags[i] = 1;
    }
    quoteMemo.set(doc, flags);
  }
  return flags[tok] === 1;
}

const pieces = (c: ContentSpan) => c.fragments ?? [c];

/** Lowercase name words of a resolved speaker: its capitalised words, less titles, days and function words. */
function nameWords(name: string | null): string[] {
  if (!name) return [];
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) =>
      w
        .replace(/[’']s$/, '')
        .replace(/[^\p{L}\p{N}-]/gu, '')
        .toLowerCase(),
    )
    .filter((w) => w.length >= 2 && !isTitleWord(w) && !DATE_WORDS.has(w) && !lexicons().stop.has(w));
}

/** A word that may name a speaker: capitalised, unquoted, not a function word, a day, month or title. */
export function speakerWord(doc: Document, w: Word): boolean {
  return doc.tokens[w.tok].cap && !w.stop && !w.quoted && !DATE_WORDS.has(w.key) && !isTitleWord(w.key);
}

/** First token starting at or after a character offset. */
function tokenAt(doc: Document, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The speaker span itself names the speaker (not a pronoun, a description resolved elsewhere, or
 * a capitalised common word opening the sentence: "Analysts said").
 */
function named(doc: Document, st: Statement): boolean {
  const words = nameWords(st.speaker_name);
  if (!st.speaker || words.length === 0) return false;
  const surname = words[words.length - 1];
  for (let i = tokenAt(doc, st.speaker.start); i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (t.end > st.speaker.end) break;
    if (t.norm.replace(/[’']s$/, '') !== surname) continue;
    if (isNameLike(doc, i) || (t.cap && !hasLemma(t.lemma))) return true;
  }
  return false;
}

/**
 * An unnamed group for a speaker ("sources", "officials", "reports"): a plural noun heads it and
 * no capitalised word names it. A singular description ("the Turkish president") may be the
 * same person and is not read.
 */
function group(doc: Document, sp: Span): boolean {
  let head: DocToken | null = null;
  for (let i = tokenAt(doc, sp.start); i < doc.tokens.length && doc.tokens[i].end <= sp.end; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word') continue;
    if (isNameLike(doc, i)) return false;
    head = t;
  }
  return !!head && !head.stop && head.norm !== head.lemma && head.norm.endsWith('s');
}

/**
 * Same speaker: the same or a misspelt surname (a first name shared is not enough: Mike Pence /
 * Mike Pompeo), a one-word name found in the other, or an acronym of it (AP / Associated Press).
 */
function samePerson(x: string, y: string): boolean {
  const wx = nameWords(x);
  const wy = nameWords(y);
  if (wx.length === 0 || wy.length === 0) return true;
  if (similarName(wx[wx.length - 1], wy[wy.length - 1])) return true;
  if ((wx.length === 1 && wy.includes(wx[0])) || (wy.length === 1 && wx.includes(wy[0]))) return true;
  const initials = (ws: string[]) => ws.map((w) => w[0]).join('');
  const acro = (ws: string[], other: string[]) =>
    ws.length === 1 && other.length >= 2 && ws[0] === initials(other);
  return acro(wx, wy) || acro(wy, wx);
}

/** Words of a pair that lie inside a statement's content. */
function contentWords(words: Word[], doc: Document, st: Statement): Word[] {
  const ps = pieces(st.content);
  return words.filter((w) => {
    const t = doc.tokens[w.tok];
    return isContentWord(w) && ps.some((p) => t.start >= p.start && t.end <= p.end);
  });
}

/** Statements whose cue and speaker lie inside a run of pair words (datelines and cut tails are out). */
function statementsIn(doc: Document, words: Word[]): Statement[] {
  if (words.length === 0) return [];
  const lo = doc.tokens[words[0].tok].start;
  const hi = doc.tokens[words[words.length - 1].tok].end;
  const inside = (s: { start: number; end: number } | null) => !s || (s.start >= lo && s.end <= hi);
  return statementsOf(doc).filter((st) => st.cue.start >= lo && st.cue.end <= hi && inside(st.speaker));
}

const keysOf = (ws: Word[]) => new Set(ws.map((w) => w.key));

/** Content words of the source statement found in a set of copy keys: share and count. */
function overlap(source: Set<string>, copy: Set<string>): { share: number; shared: number } {
  let shared = 0;
  for (const k of source) if (copy.has(k)) shared++;
  return { share: shared / Math.max(1, source.size), shared };
}

/** The name words of a speaker in the copy near the pair (a credit moved to the next sentence is kept). */
function nameNearby(ctx: PairContext, words: string[]): boolean {
  const { copy, pair } = ctx;
  const s0 = Math.max(0, pair.a0 - 1);
  const s1 = Math.min(copy.sentences.length, pair.a1 + 1);
  const near = keysOf(sentenceWords(copy, s0, s1).filter((w) => w.name));
  return words.some((w) => near.has(w));
}

/** Credits changed in a pair; `removals`: also statements kept with no one credited. */
export function statementChanges(ctx: PairContext, A: Word[], B: Word[], removals: boolean): Change[] {
  const out: Change[] = [];
  const sourceSts = statementsIn(ctx.source, B).filter((st) => named(ctx.source, st));
  if (sourceSts.length === 0) return out;
  const copySts = statementsIn(ctx.copy, A);
  const copyKeys = keysOf(A.filter(isContentWord));
  for (const s of sourceSts) {
    const cs = keysOf(contentWords(B, ctx.source, s));
    if (cs.size < 3) continue;
    let best: { st: Statement; share: number } | null = null;
    for (const c of copySts) {
      const o = overlap(cs, keysOf(contentWords(A, ctx.copy, c)));
      if (o.shared >= 3 && o.share >= 0.5 && (!best || o.share > best.share))
        best = { st: c, share: o.share };
    }
    const credit = creditSpan(s);
    if (best) {
      const c = best.st;
      const vague = !c.speaker || group(ctx.copy, c.speaker);
      if (vague && !nameNearby(ctx, nameWords(s.speaker_name))) {
        out.push({
          kind: 'attribution_dropped',
          copy: { ...(c.speaker ?? c.cue) },
          source: { ...s.speaker! },
          confidence: 0.6,
          note: `the source credits this statement to ${s.speaker_name}; the copy credits it to ${c.speaker ? c.speaker.text : 'no one'}`,
        });
        continue;
      }
      // Another named speaker for the same words.
      if (!c.speaker || !named(ctx.copy, c) || samePerson(s.speaker_name!, c.speaker_name!)) continue;
      // One speaker's name inside the other's credit: a misread or shortened credit ("Peter
      // Berdowski, CEO of Boskalis" / "Boskalis"), not another speaker.
      const last = (st: Statement) => nameWords(st.speaker_name).pop()!;
      if (c.speaker.text.toLowerCase().includes(last(s)) || s.speaker!.text.toLowerCase().includes(last(c)))
        continue;
      // "AP reported Trudeau invoked ...": the copy credits a report about the speaker, not the words to another.
      const about = keysOf(contentWords(A, ctx.copy, c));
      if (nameWords(s.speaker_name).some((w) => about.has(w))) continue;
      out.push({
        kind: 'attribution_dropped',
        copy: { start: c.speaker.start, end: c.speaker.end, text: c.speaker.text },
        source: { start: s.speaker!.start, end: s.speaker!.end, text: s.speaker!.text },
        confidence: 0.7,
        note: `the source credits this statement to ${s.speaker_name}; the copy credits it to ${c.speaker_name}`,
      });
      continue;
    }
    // No statement of the copy carries these words: kept, with no one credited.
    const o = overlap(cs, copyKeys);
    if (!removals || cs.size < 4 || o.share < 0.6) continue;
    if (copySts.some((c) => c.speaker_name && samePerson(s.speaker_name!, c.speaker_name))) continue;
    if (nameNearby(ctx, nameWords(s.speaker_name))) continue;
    const kept = A.filter((w) => isContentWord(w) && cs.has(w.key));
    out.push({
      kind: 'attribution_dropped',
      copy: span(ctx.copy, A.slice(A.indexOf(kept[0]), A.indexOf(kept[kept.length - 1]) + 1)),
      source: { ...credit, text: ctx.source.text.slice(credit.start, credit.end) },
      confidence: 0.6,
      note: `the source credits this statement to ${s.speaker_name}; the copy states it without a source`,
    });
  }
  return out;
}

/** Speaker and cue together ("Erdogan said", "said co-author Hans Grimm"). */
function creditSpan(st: Statement): { start: number; end: number } {
  const sp = st.speaker ?? st.cue;
  return { start: Math.min(sp.start, st.cue.start), end: Math.max(sp.end, st.cue.end) };
}
