// Stories: articles about the same event, copies and independent reports alike.
// An article joins the stories of the articles it shares text with, and of retrieved neighbours
// that name the same rare people, places and figures within a few days (in a story's first week);
// joined stories merge.
import type { Store } from '../store/store.js';
import type { Document } from '../text/document.js';
import { anchorHashes } from '../reuse/fingerprint.js';
import { dateValue } from '../input/dates.js';
import type { Link, Neighbour } from './relation.js';

/** Same-event reports are published within this many days of each other. */
export const STORY_WINDOW_DAYS = 4;
/** Minimum weighted share of rare anchors two reports must have in common (more when undated). */
export const SAME_EVENT_OVERLAP = 0.35;
export const SAME_EVENT_OVERLAP_UNDATED = 0.4;
const ANCHORS_FOR_TOPIC = 40;

/**
 * Articles an anchor is assumed absent from besides the store's own: names and figures are rare in
 * news at large, so in a small store (one story's reports traced into a fresh file) the names every
 * report shares still weigh; in a large store the store's own counts decide.
 */
const ANCHOR_PRIOR_ARTICLES = 100;

async function anchorWeights(store: Store, hashes: number[]): Promise<Map<number, number>> {
  const total = (await store.countArticles()) + ANCHOR_PRIOR_ARTICLES;
  const counts = await store.anchorCounts(hashes);
  const out = new Map<number, number>();
  for (const h of hashes) out.set(h, Math.log(total / Math.max(1, counts.get(h) ?? 1)));
  return out;
}

/** Weighted overlap of two articles' anchors, relative to the smaller article's anchor weight. */
export async function sameEventScore(store: Store, a: Document, b: Document): Promise<number> {
  const ha = [...new Set(anchorHashes(a, ANCHORS_FOR_TOPIC))];
  const hb = new Set(anchorHashes(b, ANCHORS_FOR_TOPIC));
  const w = await anchorWeights(store, [...new Set([...ha, ...hb])]);
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const h of ha) {
    wa += w.get(h)!;
    if (hb.has(h)) shared += w.get(h)!;
  }
  for (const h of hb) wb += w.get(h)!;
  const denom = Math.min(wa, wb);
  return denom > 0 ? shared / denom : 0;
}

function withinDays(a: string | null, b: string | null, days: number): boolean {
  const x = dateValue(a);
  const y = dateValue(b);
  if (x === null || y === null) return true;
  return Math.abs(x - y) <= days * 86_400_000;
}

function withinWindow(a: string | null, b: string | null): boolean {
  return withinDays(a, b, STORY_WINDOW_DAYS);
}

/**
 * Reports of one event follow its first report within this many days. Applies to joins by shared
 * names and figures, not to copies: a site may republish a report weeks later.
 */
export const STORY_SPAN_DAYS = 7;

export async function assignStory(
  store: Store,
  self: { article: { key: number; date: string | null }; doc: Document },
  links: Link[],
  neighbours: Neighbour[],
): Promise<string> {
  const related = new Set<string>();
  const linked = new Set(links.map((l) => l.other.key));
  // Every story id this needs, read at once (one round trip on a server store).
  const storyOf = await store.storiesOf([
    self.article.key,
    ...linked,
    ...neighbours.map((n) => n.article.key),
  ]);
  for (const key of linked) {
    const s = storyOf.get(key);
    if (s) related.add(s);
  }
  for (const n of neighbours) {
    if (linked.has(n.article.key) || !withinWindow(self.article.date, n.article.date)) continue;
    const s = storyOf.get(n.article.key);
    if (!s || related.has(s)) continue;
    // Joins chain (each within four days of the last): a story is held to its first week.
    if (!withinDays(self.article.date, await store.storyFirstDate(s), STORY_SPAN_DAYS)) continue;
    if ((await sameEventScore(store, self.doc, n.doc)) >= SAME_EVENT_OVERLAP) related.add(s);
  }
  const own = storyOf.get(self.article.key);
  if (own) related.add(own);
  // Merge into the oldest story id (ids are s1, s2, ...).
  const ordered = [...related].sort((x, y) => Number(x.slice(1)) - Number(y.slice(1)));
  const story = ordered[0] ?? (await store.newStoryId());
  for (const other of ordered.slice(1)) await store.mergeStories(other, story);
  await store.assignStory(self.article.key, story);
  // Linked articles not yet in any story join it too (merging moves only articles in a story).
  for (const key of linked) if (!storyOf.has(key)) await store.assignStory(key, story);
  return story;
}
