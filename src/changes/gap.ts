// One diff gap of an aligned pair, read in order: figures, a re-lettered capitalised word,
// quotations, names and speakers, then wording (synonyms or not).
import type { Change } from '../model.js';
import type { Gap } from '../reuse/token-diff.js';
import { lexicons } from './lexicons.js';
import type { PairContext } from './context.js';
import {
  editDistance,
  oppositeWords,
  prefixNegates,
  relatedSets,
  sharesStem,
  similarName,
} from './similar.js';
import { forms, make, widenNames } from './spans.js';
import { quotedByStatements } from './statements.js';
import { DATE_WORDS, isContentWord, type Word } from './words.js';

const TIME_WORDS = new Set(['week', 'weekend', 'today', 'yesterday', 'tonight', 'tomorrow', 'month', 'year']);

/** What the gap checks need to know of the whole pair. */
export interface PairView {
  A: Word[];
  B: Word[];
  aKeys: Set<string>;
  bKeys: Set<string>;
  /** Positions of reporting verbs in A and B. */
  spA: number[];
  spB: number[];
  /** Matched words over the longer side. */
  retention: number;
  /** Matched words over the source side: how much of the source sentence the copy keeps. */
  keptSource: number;
  /** Keys of the words each side has in diff gaps (unmatched), for telling a moved word from an edit. */
  looseA: Set<string>;
  looseB: Set<string>;
  /** A reporting verb is among each side's unmatched words. */
  looseCueA: boolean;
  looseCueB: boolean;
}

export function gapChange(ctx: PairContext, v: PairView, g: Gap): Change | null {
  const { A, B, aKeys, bKeys, spB, retention } = v;
  const lx = lexicons();
  const ga = A.slice(g.a0, g.a1);
  const gb = B.slice(g.b0, g.b1);
  // Speech verbs swapped for one another (said / told) are style; one swapped for another word is not.
  // ... also when the other side's cue sits in another gap ("as reported by the port authority" /
  // "canal authorities said").
  const cueA = ga.some((w) => lx.speechVerbs.has(w.lemma));
  const cueB = gb.some((w) => lx.speechVerbs.has(w.lemma));
  const near = (sp: number[], s0: number, s1: number) =>
    sp.some((k) => (k >= s1 && k <= s1 + 2) || (k < s0 && k >= s0 - 3));
  const cueBoth =
    (cueA && (cueB || (v.looseCueB && near(v.spB, g.b0, g.b1)))) ||
    (cueB && v.looseCueA && near(v.spA, g.a0, g.a1));
  const handled = (w: Word) => lx.negations.has(w.key) || (cueBoth && lx.speechVerbs.has(w.lemma));
  const hedgeKeys = new Set(lx.hedges.filter((h) => h.length === 1).map((h) => h[0]));
  const ca = ga.filter((w) => isContentWord(w) && !handled(w) && !hedgeKeys.has(w.key));
  const cb = gb.filter((w) => isContentWord(w) && !handled(w) && !hedgeKeys.has(w.key));
  if (ca.length === 0 && cb.length === 0) return articleChange(ctx, v, g) ?? functionWordsInQuote(ctx, v, g);
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
  // In a loose pair the two figures may simply be different facts: only a near miss counts there.
  const nearMiss = na.some((x) => nb.some((y) => editDistance(x.key, y.key) <= 1));
  if (na.length > 0 && nb.length > 0 && small && (ctx.pair.sim >= 0.5 || nearMiss)) {
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
  if (
    added.length > 0 &&
    !added.every(inParens) &&
    ca.length <= 3 &&
    cb.length <= 3 &&
    Math.max(retention, v.keptSource) >= 0.6
  ) {
    return make('number_changed', ctx, sa, sb, 0.55, 'the copy adds a figure');
  }

  const qa = quotedIn(ctx, 'a');
  const qb = quotedIn(ctx, 'b');
  const quoted = (ws: Word[], all: Word[], s: number, q: (w: Word | undefined) => boolean) =>
    ws.length > 0 ? ws.some(q) : q(all[s]) && q(all[s - 1]);
  // The edit must touch words inside the quotation, not only the credit around it.
  const inQuote = ca.some(qa) || cb.some(qb) || ca.length + cb.length === 0;
  if (quoted(ga, A, g.a0, qa) && quoted(gb, B, g.b0, qb) && (small || retention >= 0.5) && inQuote) {
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
  // Geographic scope: "of the region" / "in Indonesia", "on our planet".
  const fresh = (X: Word[], keys: Set<string>) => X.filter((w) => !keys.has(w.key));
  const scopeA = fresh(ca, bKeys).filter((w) => lx.scope.has(w.lemma));
  const scopeB = fresh(cb, aKeys).filter((w) => lx.scope.has(w.lemma));
  const placeA = fresh(ca, bKeys).filter((w) => w.name);
  const placeB = fresh(cb, aKeys).filter((w) => w.name);
  if (
    ca.length <= 2 &&
    cb.length <= 2 &&
    ((scopeB.length > 0 && (scopeA.length > 0 || placeA.length > 0)) ||
      (scopeA.length > 0 && placeB.length > 0))
  ) {
    return make('meaning_changed', ctx, sa, sb, 0.5, 'the claim covers another area than the source says');
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
  // Words that only moved within the pair are not edits of this stretch.
  const ma = ca.filter((w) => !v.looseB.has(w.key));
  const mb = cb.filter((w) => !v.looseA.has(w.key));
  if (ma.length === 0 || mb.length === 0) return null;
  if (ma.map((w) => w.key).join('') === mb.map((w) => w.key).join('')) return null; // north-western / northwestern
  const la = ma.map((w) => w.lemma);
  const lb = mb.map((w) => w.lemma);
  if (la.length === lb.length && la.every((l, i) => l === lb[i] || sharesStem(l, lb[i]))) return null; // inflection only
  if (la.every((l) => lx.speechVerbs.has(l)) && lb.every((l) => lx.speechVerbs.has(l))) return null;
  // "unverified" / "not verified": a negation moved into the word says the same.
  const negated = (ws: Word[]) => ws.some((w) => lx.negations.has(w.key));
  if (
    ma.length === 1 &&
    mb.length === 1 &&
    ((prefixNegates(ma[0].key, mb[0].key) && negated(gb)) ||
      (prefixNegates(mb[0].key, ma[0].key) && negated(ga)))
  )
    return null;
  // "supported" for "opposed", "false" for "true": the copy says the opposite, whatever WordNet's
  // neighbours share.
  if (
    ma.length === 1 &&
    mb.length === 1 &&
    forms(ma[0]).some((x) => forms(mb[0]).some((y) => oppositeWords(x, y)))
  ) {
    const said = ctx.source.tokens[mb[0].tok].text;
    const put = ctx.copy.tokens[ma[0].tok].text;
    return make(
      'meaning_changed',
      ctx,
      sa,
      sb,
      0.75,
      `the copy says the opposite: "${put}" where the source has "${said}"`,
    );
  }
  if (ma.length > 3 || mb.length > 3) return clauseRewrite(ctx, v, ma, mb, sa, sb);
  if (relatedSets(ma.map(forms), mb.map(forms))) {
    return make(
      'spun_phrase',
      ctx,
      sa,
      sb,
      ma.length === 1 && mb.length === 1 ? 0.65 : 0.55,
      'a synonym swap',
    );
  }
  const swap1 = ma.length === 1 && mb.length === 1 && retention >= 0.5;
  if (ctx.pair.sim >= 0.6 && ((retention >= 0.7 && ma.length <= 3 && mb.length <= 3) || swap1)) {
    // In a copy spun word by word, a short swap no thesaurus explains ("data concerning" for
    // "information about") is the spinner's, not a new claim.
    if (ctx.copyType === 'spun')
      return make('spun_phrase', ctx, sa, sb, 0.45, 'a word swap typical of a spun copy');
    return make('meaning_changed', ctx, sa, sb, 0.5, 'the copy says something different here');
  }
  return null;
}

/**
 * A clause of a kept sentence rewritten with other content ("drew messages of support from across
 * the region" / "gripped the town for a week"). A paraphrase, where
 * most words have a synonym or relative on the other side, is not a change of meaning.
 */
function clauseRewrite(
  ctx: PairContext,
  v: PairView,
  ma: Word[],
  mb: Word[],
  sa: Word[],
  sb: Word[],
): Change | null {
  if (ma.length > 8 || mb.length > 8 || ma.length < 2 || mb.length < 2) return null;
  if (ctx.pair.sim < 0.6 || v.keptSource < 0.5) return null;
  if ([...ma, ...mb].some((w) => w.number)) return null; // figures cut or added: not a rewritten claim
  const rel = (x: Word, ys: Word[]) =>
    ys.some((y) => relatedSets([forms(x)], [forms(y)]) || sharesStem(x.lemma, y.lemma));
  const related = ma.filter((x) => rel(x, mb)).length + mb.filter((y) => rel(y, ma)).length;
  if (related / (ma.length + mb.length) >= 0.35) return null;
  return make('meaning_changed', ctx, sa, sb, 0.45, 'a clause of the sentence says something else');
}

/** Quoted words of the copy (a) or source (b): by the document's marks, or inside a direct statement. */
function quotedIn(ctx: PairContext, side: 'a' | 'b'): (w: Word | undefined) => boolean {
  const doc = side === 'a' ? ctx.copy : ctx.source;
  return (w) => !!w && (w.quoted || quotedByStatements(doc, w.tok));
}

/**
 * Quotations are verbatim: inside quotation marks on both sides, function words changed count too
 * when at least two words differ ("Ana is our pride" / "Ana is the pride of us all").
 */
function functionWordsInQuote(ctx: PairContext, v: PairView, g: Gap): Change | null {
  const ga = v.A.slice(g.a0, g.a1);
  const gb = v.B.slice(g.b0, g.b1);
  if (ga.length + gb.length < 2 || ga.length === 0 || gb.length === 0) return null;
  if (!ga.every(quotedIn(ctx, 'a')) || !gb.every(quotedIn(ctx, 'b'))) return null;
  if (lexicons().speechVerbs.has(ga[0].lemma) || ga.some((w) => lexicons().negations.has(w.key))) return null;
  return make('quote_altered', ctx, ga, gb, 0.6, 'the words inside the quotation differ from the source');
}

/**
 * "The leader of the group" / "A leader of the group": the one holder of a role becomes one of
 * several, or the reverse.
 */
function articleChange(ctx: PairContext, v: PairView, g: Gap): Change | null {
  if (g.a1 - g.a0 !== 1 || g.b1 - g.b0 !== 1) return null;
  const [x, y] = [v.A[g.a0].key, v.B[g.b0].key];
  const indefinite = (k: string) => k === 'a' || k === 'an';
  if (!((indefinite(x) && y === 'the') || (x === 'the' && indefinite(y)))) return null;
  const head = v.A[g.a1];
  if (!head || head.key !== v.B[g.b1]?.key || head.stop || v.A[g.a1 + 1]?.key !== 'of') return null;
  if (v.B[g.b1 + 1]?.key !== 'of') return null;
  return make(
    'meaning_changed',
    ctx,
    [v.A[g.a0], head],
    [v.B[g.b0], head === v.A[g.a1] ? v.B[g.b1] : head],
    0.45,
    x === 'the' ? 'one of several becomes the only one' : 'the only one becomes one of several',
  );
}
