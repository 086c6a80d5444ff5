// "A rewrite that mixes two stories derives from both and is the source of neither." Rewriting
// sites combine wire reports: on the real story clusters a paraphrase of an AP report (d4-06) works
// in a two-paragraph Reuters report (d4-02). Read against the Reuters page alone, the paraphrase
// holds all of it and much more, so containment (0.59) made it the Reuters page's source. What the
// Reuters page lacks is the AP report's text, and the paraphrase derives from that report: the
// mixed page is a copy of each, not a source.
import { coverageBounds } from '../reuse/units.js';
import type { ArticleCache } from '../reuse/article-cache.js';
import type { StoredArticle } from '../store/store.js';
import type { Alignment } from '../reuse/align.js';
import type { Document } from '../text/document.js';
import {
  DERIVED_COVERAGE,
  directionEvidence,
  linkEvidence,
  sourceEvidence,
  type Link,
  type Neighbour,
} from './relation.js';
import { classifyCopy, copySignals } from './classify-copy.js';

/** The chosen source is looked at only when the article accounts for less than this share of it. */
export const MIXED_MAX_SHARE = 0.5;
/** How clearly the mixed page must read as derived from the other story (text evidence). */
const DERIVES_CLEARLY = 0.1;
/** Share of the article's part of the mixed page that may also lie in the other story's part. */
const MAX_OVERLAP = 0.2;
/** Neighbours aligned with the mixed page at most (those passing the unit screen, in retrieval order). */
const MAX_ALIGNED = 3;

/** Sentences of the copy side of an alignment that are paired. */
function pairedSentences(al: Alignment): Set<number> {
  const out = new Set<number>();
  for (const p of al.pairs) for (let s = p.a0; s < p.a1; s++) out.add(s);
  return out;
}

/**
 * Whether the chosen source (B) of the article mixes the article's text with another story's: B
 * rewords the article (the pair reads as paraphrased or translated), and a
 * retrieved neighbour C that the article is not linked to (it does not share the article's text)
 * is, by the text, B's source, and B's sentences from C are not the ones it shares with the
 * article. Only where the text, not the dates, made B the source and the article accounts for
 * under MIXED_MAX_SHARE of B (the rest is what made B read as the fuller text). Where B carries
 * the article's words as they are, it is left the source: a wire update puts a new lead above
 * the earlier version's text, and an excerpt of that lead is a copy of the update. Costs a unit
 * screen per neighbour and at most MAX_ALIGNED alignments, for such sources only.
 */
export async function mixesAnotherStory(
  cache: ArticleCache,
  self: { article: StoredArticle; doc: Document },
  source: Link,
  textDate: string | null,
  links: Link[],
  neighbours: Neighbour[],
): Promise<boolean> {
  if (source.ev.backward.coverageCopy >= MIXED_MAX_SHARE) return false;
  if (directionEvidence(source.ev, textDate, source.other.date).basis === 'date') return false;
  const kind = classifyCopy(copySignals(self.doc, source.otherDoc, source.ev.forward));
  if (kind !== 'paraphrased' && kind !== 'translated') return false;
  const mixed = await cache.get(source.other.key);
  if (!mixed) return false;
  const mixedUnits = await mixed.units();
  const linked = new Set(links.map((l) => l.other.key));
  const shared = pairedSentences(source.ev.backward);
  let aligned = 0;
  for (const n of neighbours) {
    const key = n.article.key;
    if (key === self.article.key || key === source.other.key || linked.has(key)) continue;
    const other = await cache.get(key);
    if (!other) continue;
    // B must be derived from C: C must be able to cover a fair part of B.
    if (coverageBounds(mixedUnits, await other.units()).forward < DERIVED_COVERAGE) continue;
    if (aligned++ >= MAX_ALIGNED) break;
    if (derivesApart(source.otherDoc, source.other.date, other.doc, n.article.date, shared)) return true;
  }
  return false;
}

/** `mixed` derives from `other` clearly, through sentences other than `shared`. */
function derivesApart(
  mixed: Document,
  mixedDate: string | null,
  other: Document,
  otherDate: string | null,
  shared: Set<number>,
): boolean {
  const ev = linkEvidence(mixed, other);
  if (!ev || sourceEvidence(ev, mixedDate, otherDate) <= DERIVES_CLEARLY) return false;
  if (shared.size === 0) return true;
  const fromOther = pairedSentences(ev.forward);
  let overlap = 0;
  for (const s of shared) if (fromOther.has(s)) overlap++;
  return overlap / shared.size <= MAX_OVERLAP;
}
