// Changes inside one aligned pair of copy and source sentences: a word diff, then checks over the
// whole pair (negation, hedges, attribution) and over each diff gap (figures, quotations, names,
// wording).
import type { Change, ChangeKind } from '../model.js';
import type { Document } from '../text/document.js';
import type { SentencePair } from '../reuse/align.js';
import { diffSequences, type Gap } from '../reuse/token-diff.js';
import { lexicons } from './lexicons.js';
import { editDistance, relatedSets, sharesStem, similarName } from './similar.js';
import { DATE_WORDS, isContentWord, sentenceWords, type Word } from './words.js';

export interface PairContext {
  copy: Document;
  source: Document;
  pair: SentencePair;
  /** The copy (or source) ends inside this pair: words past the last match are not compared. */
  copyTruncated: boolean;
  sourceTruncated: boolean;
}

function span(doc: Document, words: Word[]): { start: number; end: number; text: string } | null {
  if (words.length === 0) return null;
  const start = doc.tokens[words[0].tok].start;
  const end = doc.tokens[words[words.length - 1].tok].end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** Occurrences of each hedge phrase in a word run. */
export function hedgeHits(words: Word[]): { at: number; len: number }[] {
  const out: { at: number; len: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const h of lexicons().hedges) {
      if (i + h.length > words.length) continue;
      let ok = true;
      for (let k = 0; k < h.length && ok; k++)
        ok = h[k] === 'NUM' ? words[i + k].number : words[i + k].key === h[k];
      if (ok && h.length === 1 && h[0] === 'known' && /^(as|for|to|that|by)$/.test(words[i + 1]?.key ?? ''))
        ok = false;
      if (ok && h.length === 1 && h[0] === 'if' && words[i + 1]?.key === 'not') ok = false; // "if not thousands"
      if (ok) {
        out.push({ at: i, len: h.length });
        break;
      }
    }
  }
  return out;
}

const TIME_WORDS = new Set(['week', 'weekend', 'today', 'yesterday', 'tonight', 'tomorrow', 'month', 'year']);

/** Negators, less idioms that negate nothing ("if not thousands", "not only"). */
const isNegation = (ws: Word[], i: number) =>
  lexicons().negations.has(ws[i].key) &&
  !(ws[i].key === 'not' && (ws[i - 1]?.key === 'if' || ws[i + 1]?.key === 'only'));
const negationCount = (ws: Word[]) => ws.filter((_, i) => isNegation(ws, i)).length;
const speechIdx = (ws: Word[]) =>
  ws.map((w, i) => (lexicons().speechVerbs.has(w.lemma) ? i : -1)).filter((i) => i >= 0);

/** Word runs of the pair, with the words past a truncation cut away. */
function pairWords(ctx: PairContext): { A: Word[]; B: Word[] } {
  let A = sentenceWords(ctx.copy, ctx.pair.a0, ctx.pair.a1);
  let B = sentenceWords(ctx.source, ctx.pair.b0, ctx.pair.b1);
  A = dropDateline(ctx.copy, A);
  B = dropDateline(ctx.source, B);
  if (ctx.copyTruncated || ctx.sourceTruncated) {
    const d = diffSequences(
      A.map((w) => w.key),
      B.map((w) => w.key),
    );
    // Last matched positions: walk the gaps.
    let lastA = A.length;
    let lastB = B.length;
    const tail = d.gaps[d.gaps.length - 1];
    if (tail && tail.a1 === A.length && tail.b1 === B.length) {
      lastA = tail.a0;
      lastB = tail.b0;
    }
    if (ctx.copyTruncated) B = B.slice(0, lastB);
    if (ctx.sourceTruncated) A = A.slice(0, lastA);
  }
  return { A, B };
}

const forms = (w: Word) => (w.key === w.lemma ? [w.lemma] : [w.lemma, w.key]);

/** Words before a dateline dash ("OTTAWA, Canada (AP) —") are not part of the story. */
function dropDateline(doc: Document, words: Word[]): Word[] {
  if (words.length === 0) return words;
  const first = words[0].tok;
  const sen = doc.sentences[doc.tokens[first].sentence];
  for (let i = sen.tokenStart; i < Math.min(sen.tokenEnd, sen.tokenStart + 8); i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'punct' || !/^(—|–|-|--|•|\|)$/.test(t.text)) continue;
    const head = doc.text.slice(sen.start, t.start);
    if (/\b\p{Lu}{3,}\b|\((AP|Reuters|AFP|Bloomberg)\)/u.test(head)) return words.filter((w) => w.tok > i);
    break;
  }
  return words;
}

function make(
  kind: ChangeKind,
  ctx: PairContext,
  a: Word[],
  b: Word[],
  confidence: number,
  note: string,
): Change {
  return { kind, copy: span(ctx.copy, a), source: span(ctx.source, b), confidence, note };
}

/** Widen a run of words to the whole names it touches (Juan → Juan Kirby). */
function widenNames(all: Word[], from: number, to: number): Word[] {
  let s = from;
  let e = to;
  while (s > 0 && all[s - 1].name && (s === from || all[s].name)) s--;
  while (e < all.length && all[e].name && (e === to || all[e - 1].name)) e++;
  return all.slice(s, e);
}

export function pairChanges(ctx: PairContext): Change[] {
  const { A, B } = pairWords(ctx);
  if (A.length === 0 || B.length === 0) return [];
  const out: Change[] = [];
  const sim = ctx.pair.sim;
  const aKeys = new Set(A.map((w) => w.key));
  const bKeys = new Set(B.map((w) => w.key));

  const d = diffSequences(
    A.map((w) => w.key),
    B.map((w) => w.key),
  );
  const gaps = mergeGaps(d.gaps, A);
  const retention = d.matched / Math.max(A.length, B.length);
  // A word is "local" when the diff gap holding it is short: a cut clause is not an edit of it.
  const localA = (i: number) => !gaps.some((g) => i >= g.a0 && i < g.a1 && g.a1 - g.a0 > 4);
  const localB = (j: number) => !gaps.some((g) => j >= g.b0 && j < g.b1 && g.b1 - g.b0 > 4);

  // Whole-pair checks: a negation added or removed, hedges dropped or added, a speaker dropped.
  const negA = negationCount(A);
  const negB = negationCount(B);
  const negLocal =
    A.every((w, i) => !lexicons().negations.has(w.key) || localA(i)) &&
    B.every((w, j) => !lexicons().negations.has(w.key) || localB(j));
  if (negA !== negB && negLocal && retention >= 0.6 && sim >= 0.6) {
    const ws = negA > negB ? A : B;
    const neg = ws.filter((_, i) => isNegation(ws, i));
    out.push({
      kind: 'negation_flipped',
      copy: span(ctx.copy, negA > negB ? neg : A),
      source: span(ctx.source, negA > negB ? B : neg),
      confidence: Math.abs(negA - negB) === 1 ? 0.75 : 0.6,
      note: negA > negB ? 'the copy negates a statement the source makes' : 'the copy drops a negation',
    });
  }
  const hA = hedgeHits(A);
  const hB = hedgeHits(B);
  const lostHedge = hB.find((h) => localB(h.at) && !hA.some((x) => A[x.at].key === B[h.at].key));
  const addedHedge = hA.find((h) => localA(h.at) && !hB.some((x) => B[x.at].key === A[h.at].key));
  if (hB.length > hA.length && lostHedge) {
    const lost = lostHedge;
    const words = B.slice(lost.at, lost.at + lost.len);
    out.push({
      kind: 'hedge_dropped',
      copy: span(ctx.copy, A),
      source: span(ctx.source, words),
      confidence: 0.7,
      note: `the source's "${words.map((w) => w.key).join(' ')}" is gone: the copy states as fact what the source qualified`,
    });
  } else if (hA.length > hB.length && addedHedge && retention >= 0.5) {
    const added = addedHedge;
    const words = A.slice(added.at, added.at + added.len);
    out.push(
      make(
        'meaning_changed',
        ctx,
        words,
        B,
        0.5,
        `the copy adds the qualifier "${words.map((w) => w.key).join(' ')}"`,
      ),
    );
  }
  const spA = speechIdx(A);
  const spB = speechIdx(B);
  const cueSpun = spB.some((j) =>
    gaps.some(
      (g) =>
        j >= g.b0 && j < g.b1 && g.a1 > g.a0 && relatedSets(A.slice(g.a0, g.a1).map(forms), [forms(B[j])]),
    ),
  );
  // "that it says show": the cue belongs to a dropped hedge, reported as such above.
  const inHedge = !!lostHedge && spB.every((j) => j >= lostHedge.at && j < lostHedge.at + lostHedge.len);
  if (
    spB.length > spA.length &&
    lostCue(gaps, spA, spB) &&
    sim >= 0.5 &&
    spB.every(localB) &&
    !cueSpun &&
    !inHedge
  ) {
    const cue = spB[0];
    out.push({
      kind: 'attribution_dropped',
      copy: span(ctx.copy, A),
      source: span(ctx.source, B.slice(Math.max(0, cue - 3), cue + 2)),
      confidence: 0.65,
      note: 'the source attributes this statement; the copy states it without a source',
    });
  }

  // Misspelt names anywhere in the pair, even where the sentence is reordered around them.
  const namesOnly = (X: Word[], keys: Set<string>) =>
    X.filter((w) => w.name && w.key.length >= 4 && !keys.has(w.key));
  for (const x of namesOnly(A, bKeys)) {
    const y = namesOnly(B, aKeys).find(
      (w) =>
        editDistance(w.key, x.key) <= 2 &&
        w.key[0] === x.key[0] &&
        !w.key.startsWith(x.key) &&
        !x.key.startsWith(w.key),
    );
    if (y)
      out.push(
        make(
          'name_changed',
          ctx,
          [x],
          [y],
          0.8,
          `"${ctx.source.tokens[y.tok].text}" is written "${ctx.copy.tokens[x.tok].text}"`,
        ),
      );
  }

  // Gap checks.
  for (const g of gaps) {
    const c = gapChange(ctx, A, B, g, aKeys, bKeys, spA, spB, retention);
    if (c) out.push(c);
  }
  return out;
}

/**
 * The credit was cut: no reporting verb is left in the copy, or a short credit clause ("he said",
 * "says he has") is deleted outright beside other reporting verbs.
 */
function lostCue(gaps: Gap[], spA: number[], spB: number[]): boolean {
  if (spA.length === 0) return true;
  return spB.some((j) => gaps.some((g) => j >= g.b0 && j < g.b1 && g.a1 === g.a0 && g.b1 - g.b0 <= 4));
}

/** Join gaps separated by a single function word ("press secretary Juan" / "spokesman John"). */
function mergeGaps(gaps: Gap[], A: Word[]): Gap[] {
  const out: Gap[] = [];
  for (const g of gaps) {
    const last = out[out.length - 1];
    if (last && g.a0 - last.a1 <= 1 && g.b0 - last.b1 <= 1 && (g.a0 === last.a1 || A[last.a1].stop)) {
      last.a1 = g.a1;
      last.b1 = g.b1;
    } else out.push({ ...g });
  }
  return out;
}

function gapChange(
  ctx: PairContext,
  A: Word[],
  B: Word[],
  g: Gap,
  aKeys: Set<string>,
  bKeys: Set<string>,
  spA: number[],
  spB: number[],
  retention: number,
): Change | null {
  const lx = lexicons();
  const ga = A.slice(g.a0, g.a1);
  const gb = B.slice(g.b0, g.b1);
  // Speech verbs swapped for one another (said / told) are style; one swapped for another word is not.
  const cueBoth = ga.some((w) => lx.speechVerbs.has(w.lemma)) && gb.some((w) => lx.speechVerbs.has(w.lemma));
  const handled = (w: Word) => lx.negations.has(w.key) || (cueBoth && lx.speechVerbs.has(w.lemma));
  const hedgeKeys = new Set(lx.hedges.filter((h) => h.length === 1).map((h) => h[0]));
  const ca = ga.filter((w) => isContentWord(w) && !handled(w) && !hedgeKeys.has(w.key));
  const cb = gb.filter((w) => isContentWord(w) && !handled(w) && !hedgeKeys.has(w.key));
  if (ca.length === 0 && cb.length === 0) return null;
  // Compounds written apart or together (hand prints / handprints, co-author / coauthor).
  const joined = (ws: Word[]) =>
    ws
      .filter((w) => !lx.speechVerbs.has(w.lemma))
      .map((w) => w.key)
      .join('');
  if (joined(ga) === joined(gb)) return null;
  const small = ca.length <= 4 && cb.length <= 4;
  // Anchor a one-sided gap on its neighbours so the span is never empty.
  const around = (all: Word[], s: number, e: number) =>
    e > s ? all.slice(s, e) : all.slice(Math.max(0, s - 1), s + 1);
  const sa = around(A, g.a0, g.a1);
  const sb = around(B, g.b0, g.b1);

  // Figures: a number that is not anywhere on the other side.
  const isDate = (X: Word[], k: number) => k > 0 && DATE_WORDS.has(X[k - 1].key);
  const na = ca.filter((w) => w.number && !bKeys.has(w.key));
  const nb = cb.filter((w) => w.number && !aKeys.has(w.key));
  if (na.length > 0 && nb.length > 0 && small) {
    return make('number_changed', ctx, sa, sb, 0.85, 'a figure differs');
  }
  const added = na.filter((w) => !isDate(A, A.indexOf(w)));
  const inParens = (w: Word) => {
    const before = ctx.copy.text.slice(
      Math.max(0, ctx.copy.tokens[w.tok].start - 20),
      ctx.copy.tokens[w.tok].start,
    );
    return before.lastIndexOf('(') > before.lastIndexOf(')'); // a conversion aside: "(53in by 21in)"
  };
  if (added.length > 0 && !added.every(inParens) && ca.length <= 3 && cb.length <= 3 && retention >= 0.6) {
    return make('number_changed', ctx, sa, sb, 0.55, 'the copy adds a figure');
  }

  const quoted = (ws: Word[], all: Word[], s: number) =>
    ws.length > 0 ? ws.some((w) => w.quoted) : (all[s]?.quoted ?? false) && (all[s - 1]?.quoted ?? false);
  if (quoted(ga, A, g.a0) && quoted(gb, B, g.b0) && (small || retention >= 0.5)) {
    if (ca.length + cb.length === 0) return null;
    const same = relatedSets(ca.map(forms), cb.map(forms));
    return make(
      'quote_altered',
      ctx,
      sa,
      sb,
      same ? 0.7 : 0.8,
      'the words inside the quotation differ from the source',
    );
  }

  // A capitalised word re-lettered (a corrupted name, month or day: "Maech", "Fridry").
  if (
    ga.length === 1 &&
    gb.length === 1 &&
    ctx.copy.tokens[ga[0].tok].cap &&
    ctx.source.tokens[gb[0].tok].cap
  ) {
    const [x, y] = [ga[0].key, gb[0].key];
    if (
      x.length >= 4 &&
      editDistance(x, y) <= 2 &&
      !x.startsWith(y) &&
      !y.startsWith(x) &&
      !sharesStem(x, y)
    ) {
      return make(
        'name_changed',
        ctx,
        ga,
        gb,
        0.75,
        `"${ctx.source.tokens[gb[0].tok].text}" is written differently`,
      );
    }
  }
  // Names: name words absent from the other side altogether (a move is not a change).
  const xa = ca.filter((w) => w.name && !bKeys.has(w.key));
  const xb = cb.filter((w) => w.name && !aKeys.has(w.key));
  if (xb.length > 0) {
    if (!small) return null; // a rewritten stretch, not a renamed one
    if (xb.every((w) => /^\p{Lu}{3,}$/u.test(ctx.source.tokens[w.tok].text) && !w.quoted && g.b0 === 0))
      return null; // dateline
    // The speaker: names right before the cue ("Kirby said") or right after it ("said Kirby", "according to Kirby").
    const near = (sp: number[], s: number, e: number) =>
      sp.some((i) => i === e || i === e + 1 || i === s - 1 || i === s - 2);
    const speaker = near(spB, g.b0, g.b1);
    // An abbreviation of the other side's words (PM / Prime Minister, CEO / chief executive).
    const initials = (ws: Word[]) =>
      ws
        .map((w) => w.key[0])
        .join('')
        .toLowerCase();
    const acro = (x: Word[], y: Word[]) =>
      x.length === 1 &&
      !!x[0].acronym &&
      y.length >= 2 &&
      [initials(y), `${initials(y)}o`].includes(x[0].key.toLowerCase()); // CEO: chief executive (officer)
    if (acro(xa, cb) || acro(xb, ca)) return null;
    const derived = (x: string, y: string) =>
      x.length >= 4 && y.length >= 4 && (x.startsWith(y) || y.startsWith(x));
    if (xa.length > 0 && xa.every((x) => xb.some((y) => derived(x.key, y.key)))) return null; // Africa / African
    const alike = xa.some((x) => xb.some((y) => similarName(x.key, y.key)));
    const keptPart = g.a1 < A.length && A[g.a1].name && !A[g.a1].acronym; // the surname kept: "Juan Kirby said"
    const wa = widenNames(A, g.a0, g.a1);
    const wb = widenNames(B, g.b0, g.b1);
    // The speaker still named, only shorter ("Evergreen Marine said" / "Evergreen said"): house style.
    if (xa.length === 0 && wb.some((w) => wa.some((x) => x.key === w.key))) return null;
    if (speaker && !alike && !keptPart) {
      return make(
        'attribution_dropped',
        ctx,
        around(A, g.a0, g.a1),
        wb,
        0.6,
        'the statement is credited to someone else or to no one named',
      );
    }
    if (ca.length === 0) return null; // a name cut, nothing put in its place
    if (xa.length === 0 && retention < 0.5) return null; // reworded throughout: a description is no evidence
    const conf = alike ? 0.85 : xa.length > 0 ? 0.7 : 0.55;
    const note = alike
      ? 'a name is misspelt or altered'
      : xa.length > 0
        ? 'a name is replaced by another'
        : 'a name is replaced by a vaguer description';
    return make('name_changed', ctx, wa.length ? wa : sa, wb.length ? wb : sb, conf, note);
  }
  if (xa.length > 0) return null; // a name added or made specific: usually house style

  // Wording. A rewritten time reference ("on Monday" / "this week") is a version or house style.
  if ([...ga, ...gb].some((w) => DATE_WORDS.has(w.key) || TIME_WORDS.has(w.key))) return null;
  // A gap spanning two copy sentences is a split or merge, not an edit.
  if (
    ga.length > 0 &&
    ctx.copy.tokens[ga[0].tok].sentence !== ctx.copy.tokens[ga[ga.length - 1].tok].sentence
  )
    return null;
  if (ca.length === 0 || cb.length === 0) {
    const inside = g.a0 > 0 && g.a1 < A.length && g.b0 > 0 && g.b1 < B.length;
    const aside = /[(]\s*$/.test(
      ctx.copy.text.slice(
        Math.max(0, ctx.copy.tokens[ga[0]?.tok ?? 0].start - 2),
        ctx.copy.tokens[ga[0]?.tok ?? 0].start,
      ),
    );
    if (cb.length === 0 && ca.length >= 4 && retention >= 0.7 && inside && !aside) {
      return make('meaning_changed', ctx, sa, sb, 0.45, 'the copy adds to what the source says here');
    }
    return null;
  }
  const la = ca.map((w) => w.lemma);
  const lb = cb.map((w) => w.lemma);
  if (la.length === lb.length && la.every((l, i) => l === lb[i] || sharesStem(l, lb[i]))) return null; // inflection only
  if (la.every((l) => lx.speechVerbs.has(l)) && lb.every((l) => lx.speechVerbs.has(l))) return null;
  if (ca.length > 3 || cb.length > 3) return null;
  if (relatedSets(ca.map(forms), cb.map(forms))) {
    return make(
      'spun_phrase',
      ctx,
      sa,
      sb,
      ca.length === 1 && cb.length === 1 ? 0.65 : 0.55,
      'a synonym swap',
    );
  }
  const swap1 = ca.length === 1 && cb.length === 1 && retention >= 0.5;
  if (ctx.pair.sim >= 0.6 && ((retention >= 0.7 && ca.length <= 3 && cb.length <= 3) || swap1)) {
    return make('meaning_changed', ctx, sa, sb, 0.5, 'the copy says something different here');
  }
  return null;
}
