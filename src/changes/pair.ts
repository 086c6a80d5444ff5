// Changes inside one aligned pair of copy and source sentences: a word diff, then checks over the
// whole pair (negation, hedges, attribution) and over each diff gap (figures, quotations, names,
// wording).
import type { Change } from '../model.js';
import type { Document } from '../text/document.js';
import { diffSequences, type Gap } from '../reuse/token-diff.js';
import type { PairContext } from './context.js';
import { lexicons } from './lexicons.js';
import { creditChanges } from './credit.js';
import { speakerWord, statementChanges } from './statements.js';
import { gapChange } from './gap.js';
import { isNegation, negatedOtherwise, negationCount, rewrittenNegation } from './negation.js';
import { editDistance, relatedSets, similarName } from './similar.js';
import { forms, make, span } from './spans.js';
import { sentenceWords, type Word } from './words.js';

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
  // "was unverified" / "could not be verified": the same negation in another form.
  const sayOtherwise = gaps.some((g) => {
    const ga = A.slice(g.a0, g.a1);
    const gb = B.slice(g.b0, g.b1);
    return negA > negB ? negatedOtherwise(gb, ga) : negatedOtherwise(ga, gb);
  });
  if (negA !== negB && negLocal && retention >= 0.6 && sim >= 0.6 && !sayOtherwise) {
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
  // A negated clause rewritten without its negation ("could not be independently verified" / "was
  // credible"): the negation sits in a longer rewritten stretch, which the local test above leaves.
  if (negA !== negB && !negLocal && retention >= 0.5 && sim >= 0.6) {
    const flipped = rewrittenNegation(A, B, gaps, negA > negB);
    if (flipped) out.push(flipped(ctx));
  }
  const hA = hedgeHits(A);
  const hB = hedgeHits(B);
  const lostHedge = hB.find((h) => localB(h.at) && !hA.some((x) => A[x.at].key === B[h.at].key));
  const addedHedge = hA.find((h) => localA(h.at) && !hB.some((x) => B[x.at].key === A[h.at].key));
  // In a spun copy, a hedge word swapped one for one ("attainable" for "possible") is spin, kept in
  // meaning; the wording check reports the swap.
  const swappedInSpun = (at: number, len: number): boolean =>
    ctx.copyType === 'spun' &&
    gaps.some((g) => g.b0 <= at && at + len <= g.b1 && g.a1 - g.a0 >= 1 && g.a1 - g.a0 === g.b1 - g.b0);
  if (hB.length > hA.length && lostHedge && !swappedInSpun(lostHedge.at, lostHedge.len)) {
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
  out.push(...scopeChanges(ctx, A, B, gaps, localA, localB));
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
  } else if (!cueSpun && !inHedge) out.push(...creditChanges(ctx, A, B, d.gaps, spA, spB));
  // Credits read from the statements where the checks above reported none, only where a word
  // that may name the speaker was edited beside a source cue, or a cue was cut: statements are
  // extracted only for the documents that need them.
  const speakerEdited = (j: number) =>
    d.gaps.some(
      (g) =>
        g.b0 <= j + 6 &&
        g.b1 >= j - 6 &&
        g.b1 - g.b0 <= 6 &&
        B.slice(g.b0, g.b1).some((w) => speakerWord(ctx.source, w)),
    );
  const cueCut = (j: number) =>
    d.gaps.some(
      (g) => j >= g.b0 && j < g.b1 && !A.slice(g.a0, g.a1).some((w) => lexicons().speechVerbs.has(w.lemma)),
    );
  const removals = !cueSpun && !inHedge && spA.length < spB.length && spB.some(cueCut);
  const read = !out.some((c) => c.kind === 'attribution_dropped') && (removals || spB.some(speakerEdited));
  const credits = read ? statementChanges(ctx, A, B, removals) : [];
  out.push(...credits);

  // Misspelt names anywhere in the pair, even where the sentence is reordered around them.
  const namesOnly = (X: Word[], keys: Set<string>) =>
    X.filter((w) => w.name && w.key.length >= 4 && !keys.has(w.key));
  // A surname after the same first name may be transliterated further ("Hans Greem" / "Hans Grimm").
  const sameFirst = (x: Word, y: Word) => {
    const px = A[A.indexOf(x) - 1];
    const py = B[B.indexOf(y) - 1];
    return !!px && !!py && (px.name || py.name) && px.key === py.key && similarName(x.key, y.key);
  };
  for (const x of namesOnly(A, bKeys)) {
    const y = namesOnly(B, aKeys).find(
      (w) =>
        (editDistance(w.key, x.key) <= 2 || sameFirst(x, w)) &&
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
  const looseA = new Set(gaps.flatMap((g) => A.slice(g.a0, g.a1).map((w) => w.key)));
  const looseB = new Set(gaps.flatMap((g) => B.slice(g.b0, g.b1).map((w) => w.key)));
  const inGap = (k: number, side: 'a' | 'b') =>
    gaps.some((g) => (side === 'a' ? k >= g.a0 && k < g.a1 : k >= g.b0 && k < g.b1));
  const view = {
    A,
    B,
    aKeys,
    bKeys,
    spA,
    spB,
    retention,
    keptSource: d.matched / B.length,
    looseA,
    looseB,
    looseCueA: spA.some((i) => inGap(i, 'a')),
    looseCueB: spB.some((j) => inGap(j, 'b')),
  };
  for (const g of gaps) {
    const c = gapChange(ctx, view, g);
    if (c) out.push(c);
  }
  // A name or wording edit of nothing but a credit the statements read as changed is that change.
  const within = (x: Change['source'], y: Change['source']) =>
    !!x && !!y && x.start >= y.start && x.end <= y.end;
  return out.filter(
    (c) =>
      (c.kind !== 'name_changed' && c.kind !== 'meaning_changed') ||
      !credits.some((k) => within(c.source, k.source)),
  );
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

/** The gap of a pair holding position j of B (or i of A), as copy and source words. */
function gapAt(gaps: Gap[], A: Word[], B: Word[], side: 'a' | 'b', k: number): { ga: Word[]; gb: Word[] } {
  const g = gaps.find((x) => (side === 'a' ? k >= x.a0 && k < x.a1 : k >= x.b0 && k < x.b1));
  if (!g) return { ga: side === 'a' ? [A[k]] : [], gb: side === 'b' ? [B[k]] : [] };
  const around = (all: Word[], s: number, e: number) =>
    e > s ? all.slice(s, e) : all.slice(Math.max(0, s - 1), s + 1);
  return { ga: around(A, g.a0, g.a1), gb: around(B, g.b0, g.b1) };
}

/**
 * A scope or time qualifier lost or added ("the previously oldest" / "the oldest"), or a loaded
 * label added ("so-called"), at a local edit of a sentence that is recognisably the same.
 */
function scopeChanges(
  ctx: PairContext,
  A: Word[],
  B: Word[],
  gaps: Gap[],
  localA: (i: number) => boolean,
  localB: (j: number) => boolean,
): Change[] {
  if (ctx.pair.sim < 0.5) return [];
  const lx = lexicons();
  const out: Change[] = [];
  const isQual = (X: Word[], i: number) =>
    lx.qualifiers.has(X[i].key) && X[i - 1]?.key !== 'not' && !X[i].quoted; // "not only" is an idiom
  // Kept in other words: the same stem (previous / previously, part / partly) or an equivalent.
  const kept = (q: Word, other: Word[]) =>
    other.some(
      (w) =>
        w.key === q.key ||
        (w.key.length >= 4 && q.key.startsWith(w.key)) ||
        (q.key.length >= 4 && w.key.startsWith(q.key)) ||
        !!lx.qualifiers.get(q.key)?.has(w.key),
    );
  const lost = B.findIndex((w, j) => isQual(B, j) && localB(j) && !kept(w, A));
  const added = A.findIndex((w, i) => isQual(A, i) && localA(i) && !kept(w, B));
  // A synonym in its place is a swap of words, read by the gap checks ("sometime" / "former").
  const swapped = (q: Word, other: Word[]) => other.some((w) => relatedSets([forms(w)], [forms(q)]));
  if (lost >= 0 && !swapped(B[lost], gapAt(gaps, A, B, 'b', lost).ga)) {
    const { ga } = gapAt(gaps, A, B, 'b', lost);
    out.push(
      make(
        'meaning_changed',
        ctx,
        ga,
        [B[lost]],
        0.5,
        `the source's "${B[lost].key}" is gone: the claim reaches further`,
      ),
    );
  } else if (added >= 0 && !swapped(A[added], gapAt(gaps, A, B, 'a', added).gb)) {
    const { gb } = gapAt(gaps, A, B, 'a', added);
    out.push(make('meaning_changed', ctx, [A[added]], gb, 0.5, `the copy adds "${A[added].key}"`));
  }
  for (const label of lx.loaded) {
    const at = (X: Word[]) =>
      X.findIndex((_, i) => label.every((k, n) => X[i + n]?.key === k) && !X[i].quoted);
    const i = at(A);
    if (i < 0 || at(B) >= 0 || !localA(i)) continue;
    const { gb } = gapAt(gaps, A, B, 'a', i);
    const words = A.slice(i, i + label.length);
    out.push(
      make('meaning_changed', ctx, words, gb, 0.55, `the copy adds the loaded label "${label.join('-')}"`),
    );
  }
  return out;
}
