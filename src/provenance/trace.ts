// Tracing: for a stored article, find the stored article it derives from (if any), the kind of
// copy, the aligned passages and the syndication family; then place it in a story.
import type { DirectionEvidence, Store, TraceRecord } from '../store/store.js';
import { ArticleCache } from '../reuse/article-cache.js';
import { coverageBounds } from '../reuse/units.js';
import { fingerprint, QUERY_ANCHORS } from '../reuse/fingerprint.js';
import { classifyCopy, copySignals } from './classify-copy.js';
import {
  DERIVED_COVERAGE,
  directionEvidence,
  linkEvidence,
  strength,
  type Link,
  type Neighbour,
} from './relation.js';
import { assignStory } from './stories.js';
import { chooseSource, type FamilyBasis, type SourceChoice } from './source-choice.js';
import { closedCycle, cycleWitnesses, weakestEdge } from './cycles.js';
import { mixesAnotherStory } from './mixed-source.js';
import { changeReport } from '../changes/index.js';

/** Candidates retrieved and verified by alignment per article. */
export const CANDIDATES = 12;

/**
 * isDerived (relation.ts) needs the alignment one way or the other to cover at least
 * DERIVED_COVERAGE of its copy side (coverages are rounded to 3 decimals, hence the margin).
 * Candidates whose coverage bounds, computed from stored units, stay below cannot be derived
 * either way: they are not read, tokenised or aligned.
 */
export const MIN_DERIVED_COVERAGE = DERIVED_COVERAGE - 0.001;

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
    const ev = linkEvidence(self.doc, other.doc);
    if (!ev) continue;
    links.push({
      other: other.article,
      otherDoc: other.doc,
      ev,
      strength: Math.max(strength(ev.forward), strength(ev.backward)),
    });
  }
  return { links, neighbours };
}

/**
 * Traces a stored article and saves its record. A source that mixes the article's text with another
 * story's is passed over (mixed-source.ts). Where the source chosen would close a cycle of
 * sources through stored records (cycles.ts), the weakest edge of the cycle gives way: this
 * article's own choice (it takes its next source, or none), or a stored record whose direction
 * evidence is weaker than this one's, which is traced again without that source and passed to
 * `onRevised`.
 */
export async function traceArticle(
  store: Store,
  cache: ArticleCache,
  key: number,
  onRevised?: (rec: TraceRecord) => void,
): Promise<TraceRecord> {
  return traceWithout(store, cache, key, new Set(), onRevised, 0);
}

/** Stored records traced again, at most, to break the cycles one article's source would close. */
const MAX_REVISIONS = 2;
/** Records traced again while tracing a record traced again, at most (a chain of revisions). */
const MAX_REVISION_DEPTH = 2;

async function traceWithout(
  store: Store,
  cache: ArticleCache,
  key: number,
  notSources: Set<number>,
  onRevised: ((rec: TraceRecord) => void) | undefined,
  depth: number,
): Promise<TraceRecord> {
  const self = (await cache.get(key))!;
  const { links, neighbours } = await findLinks(store, cache, key);
  let choice = chooseSource(self, links, notSources);
  let revisions = 0;
  while (choice.source) {
    // A page that mixes this article's text with another story's derives from both (mixed-source.ts).
    if (await mixesAnotherStory(cache, self, choice.source, choice.textDate, links, neighbours)) {
      notSources.add(choice.source.other.key);
      choice = chooseSource(self, links, notSources);
      continue;
    }
    const cycle = await closedCycle(store, key, choice.source.other.key);
    if (!cycle) break;
    const weakest = weakestEdge(cycle);
    const witnesses = cycleWitnesses(self.doc, choice.source, links);
    const strongerHere =
      witnesses === null ? weakest.evidence < sourceDirection(choice).evidence : witnesses === 'other';
    if (strongerHere && revisions < MAX_REVISIONS && depth < MAX_REVISION_DEPTH) {
      revisions++;
      const revised = await traceWithout(
        store,
        cache,
        weakest.key,
        new Set([weakest.sourceKey]),
        onRevised,
        depth + 1,
      );
      onRevised?.(revised);
      continue;
    }
    notSources.add(choice.source.other.key);
    choice = chooseSource(self, links, notSources);
  }
  const { source, family } = choice;
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
    const copyType = classifyCopy(signals);
    const changes = changeReport(self.doc, source.otherDoc, source.ev.forward, { copyType });
    rec = {
      key,
      id: self.article.id,
      source: { key: source.other.key, id: source.other.id, similarity: round(strength(source.ev.forward)) },
      copyType,
      direction: sourceDirection(choice),
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

/** The direction evidence recorded for a chosen source (rounded as stored). */
function sourceDirection(choice: SourceChoice): DirectionEvidence {
  const { source, textDate, decidedByFamily } = choice;
  return rounded(withFamily(directionEvidence(source!.ev, textDate, source!.other.date), decidedByFamily));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * The article's other links carry the source's names and figures where the two differ
 * (source-choice.ts, familyVerdict): recorded as a `family` term of 1, which outweighs the text's
 * terms as it did in the choice; so is their wording between an article and its translation or
 * paraphrase (wordingVerdict, `familyWording`). Where the text showed no direction and the other links' closeness
 * decided (closenessVerdict), a `familyCloser` term of WITNESS_TERM: enough to outweigh text
 * evidence within ±0.1, no more, as the choice was made on little.
 */
function withFamily(d: DirectionEvidence, decidedBy: FamilyBasis | null): DirectionEvidence {
  if (decidedBy === null) return d;
  const [term, weight] = FAMILY_TERMS[decidedBy];
  const evidence = Math.max(-0.99, Math.min(0.99, d.evidence + weight));
  return { basis: d.basis, evidence, terms: { ...d.terms, [term]: weight } };
}

const WITNESS_TERM = 0.2;

/** The term recorded for each way the family decides, and its weight (see withFamily). */
const FAMILY_TERMS: Record<FamilyBasis, [string, number]> = {
  readings: ['family', 1],
  // Like the names and figures, the wording outweighs the text's signs it was asked to overrule.
  wording: ['familyWording', 1],
  closeness: ['familyCloser', WITNESS_TERM],
};

function rounded(d: DirectionEvidence): DirectionEvidence {
  const terms = Object.fromEntries(Object.entries(d.terms).map(([k, v]) => [k, round(v)]));
  return { basis: d.basis, evidence: round(d.evidence), terms };
}
