// Direction evidence, term by term, for every labelled (copy, source) pair of the real story
// clusters and real spun copies (the pairs' dates left out), then the kinds each way. For studying
// which signals point the right way. `family=S/O`: the copy's other linked articles of its cluster
// (or spun family) voting for the copy's and the source's variant names and figures
// (src/provenance/family-readings.ts); `wording=S/O`: the same witnesses whose aligned sentences read
// closer to the source's wording and to the copy's (src/provenance/family-wording.ts). Usage:
//   node --import tsx scripts/trace-eval/direction.ts [--synthetic]
//   PAIRS=d1-01:d1-07,d4-02:d4-06 node --import tsx scripts/trace-eval/direction.ts   (chosen pairs)
import type { Article } from '../../src/model.js';
import { buildDocument, type Document } from '../../src/text/document.js';
import { linkEvidence, sourceEvidence } from '../../src/provenance/relation.js';
import { classifyCopy, copySignals } from '../../src/provenance/classify-copy.js';
import { variantVotes } from '../../src/provenance/family-readings.js';
import { wordingLean, WORDING_MARGIN } from '../../src/provenance/family-wording.js';
import { alignDocuments } from '../../src/reuse/align.js';
import { loadClusters } from './clusters.js';
import { loadRealSpun } from './real-spun.js';

const DATA = process.env.UNSPIN_DATA ?? '../shared/data';
const arts: Article[] = [];
const pairs: [string, string, string][] = [];
/** Cluster, or source page of a spun family, of each article: the witnesses' pool. */
const groupOf = new Map<string, string>();
for (const a of loadClusters(DATA)) {
  arts.push(a.article);
  groupOf.set(a.article.id, a.cluster);
  if (a.role === 'copy' && a.sourceId) pairs.push([a.article.id, a.sourceId, a.copyType ?? '']);
}
const rs = loadRealSpun(DATA);
arts.push(...rs.sources);
for (const a of rs.sources) groupOf.set(a.id, a.id);
for (const p of rs.pairs) {
  arts.push(p.copy);
  groupOf.set(p.copy.id, p.sourceId);
  pairs.push([p.copy.id, p.sourceId, 'spun']);
}
const byId = new Map(arts.map((a) => [a.id, a]));
const docs = new Map<string, Document>(arts.map((a) => [a.id, buildDocument(a)]));
const f = (x: number) => x.toFixed(2);
for (const [c, s, kind] of pairs) {
  const ev = linkEvidence(docs.get(c)!, docs.get(s)!);
  if (!ev) {
    console.log(c, s, kind, 'no link');
    continue;
  }
  const witnesses = arts
    .filter((a) => a.id !== c && a.id !== s && groupOf.get(a.id) === groupOf.get(c))
    .map((a) => docs.get(a.id)!)
    .filter((d) => linkEvidence(docs.get(c)!, d) !== null);
  const votes = variantVotes(docs.get(c)!, docs.get(s)!, ev.forward, witnesses);
  const wording = { source: 0, copy: 0 };
  for (const w of witnesses) {
    const lean = wordingLean(alignDocuments(w, docs.get(s)!), alignDocuments(w, docs.get(c)!));
    if (lean > WORDING_MARGIN) wording.source++;
    else if (lean < -WORDING_MARGIN) wording.copy++;
  }
  const fw = copySignals(docs.get(c)!, docs.get(s)!, ev.forward);
  const bw = copySignals(docs.get(s)!, docs.get(c)!, ev.backward);
  const sig = (x: typeof fw) =>
    `${classifyCopy(x).slice(0, 5)} k=${f(x.kept)} sub=${f(x.substituted)} fs=${f(x.functionShift)} ro=${f(x.reordered)} sm=${f(x.splitMerge)}`;
  console.log(
    `${c}<-${s} ${kind.slice(0, 5)} E=${f(sourceEvidence(ev, null, null))} fam=${f(ev.swapFamiliarity)} family=${votes.self}/${votes.other} wording=${wording.source}/${wording.copy} | ${sig(fw)} | ${sig(bw)} | ${byId.get(c)!.date}/${byId.get(s)!.date}`,
  );
}

if (process.argv.includes('--synthetic')) {
  const { loadCorpus } = await import('./corpus.js');
  const { loadThesaurus } = await import('./wordnet.js');
  const { buildSynthetic } = await import('./synthetic.js');
  const set = buildSynthetic(loadCorpus(DATA), loadThesaurus(), {
    seed: 42,
    sources: 150,
    copiesPerSource: 3,
    distractors: 10,
    distractorSample: 5,
  });
  const src = new Map(set.sources.map((a) => [a.id, a]));
  for (const p of set.copies) {
    const s = src.get(p.sourceId)!;
    const cd = buildDocument(p.article);
    const sd = buildDocument(s);
    const ev = linkEvidence(cd, sd);
    if (!ev) continue;
    const contain = ev.forward.coverageCopy - ev.backward.coverageCopy;
    const trimmed = ev.forward.innerGapSource - ev.forward.innerGapCopy;
    console.log(
      `${p.generator.padEnd(11)} E=${f(sourceEvidence(ev, p.article.date, s.date))} text=${f(sourceEvidence(ev, null, null))} contain=${f(contain)} trim=${f(trimmed)} furn=${f(ev.furnitureThis - ev.furnitureOther)} fam=${f(ev.swapFamiliarity)} wire=${f(ev.wireStyle)} ${p.article.date}/${s.date}`,
    );
  }
}
