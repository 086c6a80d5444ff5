// Tracing: for a stored article, find the stored article it derives from (if any), the kind of
// copy, the aligned passages and the syndication family; then place it in a story.
import type { StoredArticle, Store, TraceRecord } from '../store/store.js';
import { alignDocuments } from '../reuse/align.js';
import { ArticleCache } from '../reuse/article-cache.js';
import { coverageBounds } from '../reuse/units.js';
import { fingerprint, QUERY_ANCHORS } from '../reuse/fingerprint.js';
import { classifyCopy, copySignals } from './classify-copy.js';
import {
  direction,
  furnitureShare,
  isDerived,
  strength,
  type Link,
  type LinkEvidence,
  type Neighbour,
} from './relation.js';
import { assignStory } from './stories.js';
import { swapFamiliarity } from './familiarity.js';
import { wireStyleEvidence } from './wire-style.js';
import { changeReport } from '../changes/index.js';
import { dateValue } from '../input/dates.js';

/** Candidates retrieved and verified by alignment per article. */
export const CANDIDATES = 12;

/**
 * isDerived (relation.ts) needs the alignment one way or the other to cover at least 35% of its
 * copy side (coverages are rounded to 3 decimals, hence the margin). Candidates whose coverage
 * bounds, computed from stored units, stay below cannot be derived either way: they are not read,
 * tokenised or aligned.
 */
export const MIN_DERIVED_COVERAGE = 0.349;

/** Stored articles and their Documents by key: tracing a batch re-reads the same sources. */
export { ArticleCache as DocumentCache };

/**
 * Retrieves candidates, then verifies each by alignment: `links` share running text with this
 * article; `neighbours` are all retrieved candidates (for story grouping).
 */
export async function findLinks(
  store: Store,
  cache: ArticleCache,
  key: number,
): Promise<{ links: Link[]; neighbours: Neighbour[] }> {
  const self = await cache.get(key);
  if (!self) throw new Error(`no stored article with key ${key}`);
  const cands = await store.candidates(fingerprint(self.doc, QUERY_ANCHORS), {
    limit: CANDIDATES,
    exclude: key,
  });
  const selfUnits = await self.units();
  const links: Link[] = [];
  const neighbours: Neighbour[] = [];
  for (const c of cands) {
    const other = await cache.get(c.key);
    if (!other) continue;
    // Its Document is built only if story grouping or alignment reads it.
    neighbours.push(other);
    // Too little shared running text for a link either way (screened on stored units).
    const bound = coverageBounds(selfUnits, await other.units());
    if (Math.max(bound.forward, bound.backward) < MIN_DERIVED_COVERAGE) continue;
    const forward = alignDocuments(self.doc, other.doc);
    // No sentence of this article pairs with the other: they share no running text either way.
    if (forward.pairs.length === 0) continue;
    const backward = alignDocuments(other.doc, self.doc);
    const ev: LinkEvidence = {
      forward,
      backward,
      furnitureThis: 0,
      furnitureOther: 0,
      swapFamiliarity: 0,
      wireStyle: 0,
    };
    if (!isDerived(ev)) continue;
    ev.furnitureThis = furnitureShare(
      self.doc,
      forward.passages.map((p) => p.copy),
    );
    ev.furnitureOther = furnitureShare(
      other.doc,
      backward.passages.map((p) => p.copy),
    );
    ev.swapFamiliarity = swapFamiliarity(self.doc, other.doc, forward);
    ev.wireStyle = wireStyleEvidence(self.doc, other.doc, forward);
    links.push({
      other: other.article,
      otherDoc: other.doc,
      ev,
      strength: Math.max(strength(ev.forward), strength(ev.backward)),
    });
  }
  return { links, neighbours };
}

/** Among the links, those this article derives from; pick the closest, earliest one. */
function chooseSource(self: StoredArticle, links: Link[]): { source: Link | null; family: Link[] } {
  const sources = links.filter(
    (l) => direction(l.ev, self.date, l.other.date, self.key, l.other.key) === 'other-is-source',
  );
  if (sources.length === 0) return { source: null, family: [] };
  const best = Math.max(...sources.map((l) => strength(l.ev.forward)));
  // Syndication: several stored articles carry the same text; any is right. Prefer the earliest
  // where both are dated (an undated one is not taken for the earliest), else the closest.
  const close = sources.filter((l) => strength(l.ev.forward) >= best - 0.1);
  close.sort((x, y) => {
    const dx = dateValue(x.other.date);
    const dy = dateValue(y.other.date);
    if (dx !== null && dy !== null && dx !== dy) return dx - dy;
    return strength(y.ev.forward) - strength(x.ev.forward) || x.other.key - y.other.key;
  });
  return { source: close[0], family: close.slice(1) };
}

export async function traceArticle(store: Store, cache: ArticleCache, key: number): Promise<TraceRecord> {
  const self = (await cache.get(key))!;
  const { links, neighbours } = await findLinks(store, cache, key);
  const { source, family } = chooseSource(self.article, links);
  let rec: TraceRecord;
  if (!source) {
    rec = {
      key,
      id: self.article.id,
      source: null,
      copyType: 'original',
      family: [],
      passages: [],
      changes: [],
      signals: {},
      tracedAt: new Date().toISOString(),
    };
  } else {
    const signals = copySignals(self.doc, source.otherDoc, source.ev.forward);
    const changes = changeReport(self.doc, source.otherDoc, source.ev.forward);
    rec = {
      key,
      id: self.article.id,
      source: { key: source.other.key, id: source.other.id, similarity: round(strength(source.ev.forward)) },
      copyType: classifyCopy(signals),
      family: family.map((l) => l.other.id),
      passages: source.ev.forward.passages,
      changes,
      signals: Object.fromEntries(Object.entries(signals).map(([k, v]) => [k, round(v)])),
      tracedAt: new Date().toISOString(),
    };
  }
  await assignStory(store, self, links, neighbours);
  await store.saveTrace(rec);
  return rec;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
