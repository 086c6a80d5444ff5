// Choosing the source of an article among the stored articles it is linked to.
import { dateValue } from '../input/dates.js';
import type { Document } from '../text/document.js';
import { bodyCoverage } from './framing.js';
import type { StoredArticle } from '../store/store.js';
import { classifyCopy, copySignals } from './classify-copy.js';
import {
  direction,
  DIRECTION_TIE,
  directionEvidence,
  linkEvidence,
  sourceEvidence,
  strength,
  type Link,
} from './relation.js';
import { familySide, variantVotes } from './family-readings.js';
import { wordingComparison, wordingSide, wordingVotes } from './family-wording.js';
import {
  closenessVotes,
  closenessVotesOf,
  closerSide,
  ORDER_MARGIN,
  outOfOrder,
} from './family-closeness.js';

/** The chosen source (null: none), its syndication family, what decided it, the article's text date. */
export interface SourceChoice {
  source: Link | null;
  family: Link[];
  decidedByFamily: FamilyBasis | null;
  textDate: string | null;
}

/** What decided a source where the text could not: its names and figures, or the witnesses' closeness. */
export type FamilyBasis = 'readings' | 'wording' | 'closeness';

/**
 * How much of the article's running text a linked article accounts for: the share of the
 * running text inside aligned sentences (headline, captions and page furniture left out unless
 * aligned) times their mean similarity. A photo caption two republishers happen to share does not
 * make one of them a closer source than the wire page whose text the article carries word for word.
 */
function fit(self: Document, l: Link): number {
  return bodyCoverage(self, l.ev.forward) * l.ev.forward.meanSim;
}

/**
 * Among the links, those this article derives from (see `direction`); the source is the closest
 * of them (see `fit`), the earliest dated among those carrying about the same text (syndication:
 * any is right; the others are recorded as the family). Then, if that source itself derives from another of the
 * article's sources, the article is taken back to it: copies of one source often share more text
 * with each other than with the source (one farm's spun copy re-spun by another; syndicated edits
 * of one wire take), and the root is what the reader needs. `decidedByFamily`: the article's other
 * links, not the text, made the source the source (see familyVerdict and closenessVerdict), and how;
 * `textDate`: the date its text is taken to have (see textDate). `notSources`: keys of linked
 * articles that may not be the source (they would close a cycle of sources, see cycles.ts); they
 * still witness for the others.
 */
export function chooseSource(
  self: { article: StoredArticle; doc: Document },
  links: Link[],
  notSources: ReadonlySet<number> = new Set(),
): SourceChoice {
  const byFamily = new Map<Link, FamilyBasis>();
  const date = textDate(self.article.date, links);
  const sources = links.filter((l) => {
    if (notSources.has(l.other.key)) return false;
    const d = direction(l.ev, date, l.other.date, self.article.key, l.other.key);
    if (d === 'neither') return false;
    let side = familyVerdict(self.doc, date, l, links);
    let basis: FamilyBasis = 'readings';
    if (side === null) {
      side = wordingVerdict(self.doc, date, l, links);
      basis = 'wording';
    }
    if (side === null) {
      side = closenessVerdict(self.doc, date, l, links);
      basis = 'closeness';
    }
    if (side === 'other') byFamily.set(l, basis);
    return side === null ? d === 'other-is-source' : side === 'other';
  });
  if (sources.length === 0) return { source: null, family: [], decidedByFamily: null, textDate: date };
  const fitOf = new Map(sources.map((l) => [l, fit(self.doc, l)]));
  const best = Math.max(...fitOf.values());
  const close = sources.filter((l) => fitOf.get(l)! >= best - 0.1);
  close.sort((x, y) => {
    const dx = dateValue(x.other.date);
    const dy = dateValue(y.other.date);
    if (dx !== null && dy !== null && dx !== dy) return dx - dy;
    if (Math.abs(fitOf.get(x)! - fitOf.get(y)!) <= SAME_TEXT) {
      const twin = twinOrder(x, y, date);
      if (twin !== 0) return twin;
    }
    return fitOf.get(y)! - fitOf.get(x)! || x.other.key - y.other.key;
  });
  let source = close[0];
  // Another wire version, or a rewrite, can account for as much of the article as its source: the
  // one whose wording its sentences keep is the text it took (see closerWording).
  for (const c of close) if (c !== source && closerWording(c, source)) source = c;
  // A page whose wording the article reads clearly further from does not carry its text.
  let family = close.filter((l) => l !== source && !closerWording(source, l));
  for (let hops = 0; hops < MAX_CLIMB; hops++) {
    const root = rootOf(self.doc, source, sources, family);
    if (!root) break;
    source = root;
    const s = fitOf.get(root)!;
    family = sources.filter((l) => l !== root && Math.abs(fitOf.get(l)! - s) <= 0.1);
  }
  return { source, family, decidedByFamily: byFamily.get(source) ?? null, textDate: date };
}

/** How much closer, in mean similarity, the article's sentences must read to one source than to another. */
const CLOSER_WORDING = 0.1;
/** Over at least this many of the article's sentences aligned with both. */
const CLOSER_WORDING_SENTENCES = 2;

/**
 * Does the article's wording follow `x` clearly more closely than `y`, over its sentences aligned
 * with both? Two sources can account for about the same share of an article without carrying the
 * text it took: a later wire version that rewrote the lead and runs on longer than the stand-in
 * page of the version the article copied (an excerpt). The sentences both hold tell which text the
 * article took. On the real story clusters, of 85 comparisons of a copy's labelled source with
 * another page it is linked to (two shared sentences or more), 38 read closer to the source by more
 * than CLOSER_WORDING and none closer to the other page (docs/trace.md).
 */
function closerWording(x: Link, y: Link): boolean {
  const { lean, sentences } = wordingComparison(x.ev.forward, y.ev.forward);
  return sentences >= CLOSER_WORDING_SENTENCES && lean > CLOSER_WORDING;
}

/** Fits this close carry the same text for this article (twins: one a reordered or padded copy of the other). */
const SAME_TEXT = 0.02;

/**
 * Between two sources carrying the same text for this article, the one it follows in order (a
 * twin that moved sentences is the copy: the article kept the order it copied), else the one the
 * dates show to be earlier than the article (the other's direction rests on the text alone);
 * 0 when neither.
 */
function twinOrder(x: Link, y: Link, date: string | null): number {
  const moved = outOfOrder(x.ev.forward) - outOfOrder(y.ev.forward);
  if (Math.abs(moved) > ORDER_MARGIN) return moved;
  const dated = (l: Link) => (directionEvidence(l.ev, date, l.other.date).basis === 'date' ? 1 : 0);
  return dated(y) - dated(x);
}

/** How many times a source may be traced back to its own source within one article's links. */
const MAX_CLIMB = 2;
/** The article must share a fair part of its text with the root, not only with the chosen source. */
const MIN_ROOT_STRENGTH = 0.35;

/** Direction evidence that counts as clear (dates give 1). */
const CLEAR = 0.05;

/** Another of the article's sources that the chosen source itself derives from, if any. */
function rootOf(self: Document, chosen: Link, sources: Link[], family: Link[]): Link | null {
  let best: Link | null = null;
  for (const c of sources) {
    if (c === chosen || strength(c.ev.forward) < MIN_ROOT_STRENGTH) continue;
    // The article's own text must point to the root at least as clearly as to the chosen source,
    // unless the root carries the same text for it (a member of the chosen source's syndication
    // family): then which of the two its text points to says little, as both hold it, and only the
    // family's names and figures may take it to the root (below).
    const textPrefersRoot = sourceEvidence(c.ev, null, null) > sourceEvidence(chosen.ev, null, null);
    if (!textPrefersRoot && !family.includes(c)) continue;
    const ev = linkEvidence(chosen.otherDoc, c.otherDoc);
    if (!ev) continue;
    // Where the text shows little direction between the two (|E| ≤ WEAK_TEXT), the family decides,
    // as for the article's own links: their names and figures (familyVerdict), else, for weak but
    // clear evidence, their closeness (closenessVerdict: an undated edited copy read by 0.09 as its
    // dated source's source; a page wrapped in furniture read as its twin's source). A coin toss
    // between two copies says nothing about which is the root.
    const e = sourceEvidence(ev, chosen.other.date, c.other.date);
    if (Math.abs(e) <= WEAK_TEXT) {
      const witnesses = [self, ...sources.filter((l) => l !== chosen && l !== c).map((l) => l.otherDoc)];
      const side =
        familySide(variantVotes(chosen.otherDoc, c.otherDoc, ev.forward, witnesses)) ??
        (textPrefersRoot && e >= CLEAR
          ? closerSide(closenessVotesOf(chosen.otherDoc, c.otherDoc, witnesses))
          : null);
      if (side !== 'other') continue;
    } else if (
      !textPrefersRoot ||
      direction(ev, chosen.other.date, c.other.date, chosen.other.key, c.other.key) !== 'other-is-source'
    )
      continue;
    // Only along copies whose direction the text shows reliably: a translation or paraphrase of a
    // text reads as plausibly the other way round.
    const kind = classifyCopy(copySignals(chosen.otherDoc, c.otherDoc, ev.forward));
    if (kind === 'translated' || kind === 'paraphrased') continue;
    // Nor to a page whose wording the article keeps clearly less than the chosen source's: it took
    // the chosen source's text, and a page that holds more of the story is more likely another
    // version of it (a later wire take that rewrote the lead) than its source. Except above a spun
    // copy: content farms re-spin each other's output, so a spun copy reads closer to its
    // sibling than to the page both derive from.
    if (kind !== 'spun' && closerWording(chosen, c)) continue;
    // Where the text, not the dates, showed the way, it must show it read from the root's side too:
    // each side's alignment pairs its own sentences first, so two pages of one text can each read as
    // the other's source (a page and its verbatim copy wrapped in a site's captions, see cycles.ts).
    if (Math.abs(e) > WEAK_TEXT && Math.abs(e) < 1 && !confirmedFromRoot(chosen, c)) continue;
    if (!best || strength(c.ev.forward) > strength(best.ev.forward)) best = c;
  }
  return best;
}

/** Read from the root's side, is the chosen source not its source? */
function confirmedFromRoot(chosen: Link, root: Link): boolean {
  const reverse = linkEvidence(root.otherDoc, chosen.otherDoc);
  return reverse === null || sourceEvidence(reverse, root.other.date, chosen.other.date) < -DIRECTION_TIE;
}

/**
 * The date of the article's text: its own date, or the date of the earliest linked page that the
 * text shows copied it although dated before it (see overrulesDates in relation.ts: a wire page
 * republished days after its copies). Against the other links, the text is that old.
 */
function textDate(date: string | null, links: Link[]): string | null {
  let earliest = date;
  for (const l of links) {
    const d = directionEvidence(l.ev, date, l.other.date);
    if (d.terms.datesOverruled !== 1 || d.evidence >= 0) continue;
    const other = dateValue(l.other.date);
    const current = dateValue(earliest);
    if (other !== null && (current === null || other < current)) earliest = l.other.date;
  }
  return earliest;
}

/** Text evidence within ± this tells nothing the family could not tell better. */
const WEAK_TEXT = 0.1;

/**
 * Where the text cannot tell which of two linked articles is the source, the article's other
 * links decide, when they clearly do (see family-readings.ts): the side whose names and figures
 * they carry is the source. The text cannot tell when its evidence is weak (|E| ≤ WEAK_TEXT), and
 * between an article and a translation or paraphrase of it, where its signs mislead: a machine
 * translation round trip uses *more* familiar words than its source (the reverse of a spinner),
 * may keep an agency dateline the stand-in source page lost, and runs on past where a short source
 * excerpt stops. Null when the dates decide, the article has fewer than two other links, or the
 * family does not take a clear side.
 */
function familyVerdict(self: Document, date: string | null, l: Link, links: Link[]): 'self' | 'other' | null {
  if (links.length < 3) return null;
  const text = directionEvidence(l.ev, date, l.other.date);
  if (text.basis === 'date') return null;
  const witnesses = links.filter((w) => w !== l).map((w) => w.otherDoc);
  const side = familySide(variantVotes(self, l.otherDoc, l.ev.forward, witnesses));
  if (side === null || Math.abs(text.evidence) <= WEAK_TEXT) return side;
  const kind = classifyCopy(copySignals(self, l.otherDoc, l.ev.forward));
  return kind === 'translated' || kind === 'paraphrased' ? side : null;
}

/**
 * Between an article and a translation or paraphrase of it (kind of the pair), where the text's
 * signs mislead (see familyVerdict), the witnesses' wording decides when it clearly does (see
 * family-wording.ts): the side whose words the other copies keep is the source. On the real story
 * clusters a round trip that runs on past where its stand-in source's excerpt stops read as that
 * excerpt's source by 0.99. Null when the dates decide, the article has fewer than two other links,
 * the pair reads as another kind, or the witnesses do not take a clear side.
 */
function wordingVerdict(
  self: Document,
  date: string | null,
  l: Link,
  links: Link[],
): 'self' | 'other' | null {
  if (links.length < 3) return null;
  if (directionEvidence(l.ev, date, l.other.date).basis === 'date') return null;
  const kind = classifyCopy(copySignals(self, l.otherDoc, l.ev.forward));
  if (kind !== 'translated' && kind !== 'paraphrased') return null;
  return wordingSide(wordingVotes(l, links));
}

/**
 * Where the text shows little direction (|E| ≤ WEAK_TEXT, dates not deciding), the
 * article's other links decide by closeness (see family-closeness.ts): the side the witnesses
 * hold more of, or follow in order, is the source. Without it the storage order decided: on the
 * synthetic benchmark a shuffled or padded copy of an undated page was then taken for its source
 * half the time. Never between a page and a spun copy of it: content farms re-spin each other's
 * output, so sibling spins sit closer to the copy than to the page (on the real spun set the
 * witnesses side with the copy in 12 of 15 pairs). Null when the text or dates decide, the pair
 * reads as spun, there is no witness, or the witnesses split.
 */
function closenessVerdict(
  self: Document,
  date: string | null,
  l: Link,
  links: Link[],
): 'self' | 'other' | null {
  if (links.length < 2) return null;
  const text = directionEvidence(l.ev, date, l.other.date);
  if (text.basis === 'date' || Math.abs(text.evidence) > WEAK_TEXT) return null;
  if (classifyCopy(copySignals(self, l.otherDoc, l.ev.forward)) === 'spun') return null;
  return closerSide(closenessVotes(self, l, links));
}
