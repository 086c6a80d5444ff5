// Evaluates tracing (source, copy kind, story) on a synthetic benchmark built from the shared news
// corpus and on the real story clusters. Usage: npm run eval:trace [-- --seed N --sources N
// --distractors N --data DIR --only synthetic|clusters|real-spun]. Writes results as JSON to a fresh temp dir (path printed).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, CopyType } from '../src/model.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { ingestArticles } from '../src/reuse/ingest.js';
import { traceKeys } from '../src/provenance/run.js';
import type { TraceRecord } from '../src/store/store.js';
import { hasCorpus, loadCorpus } from './trace-eval/corpus.js';
import { hasClusters, loadClusters } from './trace-eval/clusters.js';
import { hasRealSpun, loadRealSpun } from './trace-eval/real-spun.js';
import { articlesInSourceCycles, confusion, formatConfusion, pairwiseF1, pct } from './trace-eval/metrics.js';
import { Rng } from './lib/rng.js';
import { buildSynthetic, toArticle } from './trace-eval/synthetic.js';
import { GENERATORS } from './trace-eval/transforms.js';
import { loadThesaurus } from './trace-eval/wordnet.js';
import { revision } from './trace-eval/revision.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}

const DATA = resolve(REPO, arg('data', process.env.UNSPIN_DATA ?? '../shared/data'));
const SEED = Number(arg('seed', '42'));
const N_SOURCES = Number(arg('sources', '150'));
const N_DISTRACTORS = Number(arg('distractors', '5000'));
const N_SAMPLE = Number(arg('sample', '300'));
const COPIES_PER_SOURCE = Number(arg('copies', '3'));
// `--only synthetic|clusters|real-spun` runs one of the benchmarks.
const ONLY = arg('only', 'all');

interface Traced {
  store: SqliteStore;
  keyOf: Map<string, number>;
  idOf: Map<number, string>;
  traces: Map<number, TraceRecord>;
  stories: Map<string, string>;
  ingestSeconds: number;
  traceSeconds: number;
}

async function runEngine(dir: string, name: string, all: Article[], toTrace: string[]): Promise<Traced> {
  const store = new SqliteStore(join(dir, `${name}.sqlite`));
  let t0 = performance.now();
  const res = await ingestArticles(store, all);
  const ingestSeconds = (performance.now() - t0) / 1000;
  const keyOf = new Map<string, number>();
  const idOf = new Map<number, string>();
  res.forEach((r) => {
    keyOf.set(r.id, r.key);
    idOf.set(r.key, r.id);
  });
  t0 = performance.now();
  let last = 0;
  const traces = await traceKeys(
    store,
    toTrace.map((id) => keyOf.get(id)!),
    (done, total) => {
      if (performance.now() - last > 15_000) {
        last = performance.now();
        process.stderr.write(`  [${name}] traced ${done}/${total}\n`);
      }
    },
  );
  const traceSeconds = (performance.now() - t0) / 1000;
  const stories = new Map<string, string>();
  for (const id of toTrace) {
    const s = await store.storyOf(keyOf.get(id)!);
    stories.set(id, s ?? `none:${id}`);
  }
  const cycles = articlesInSourceCycles(await store.listTraces());
  process.stdout.write(`  [${name}] articles in a cycle of sources: ${cycles}\n`);
  return { store, keyOf, idOf, traces, stories, ingestSeconds, traceSeconds };
}

function line(s = ''): void {
  process.stdout.write(s + '\n');
}

// ---------------------------------------------------------------------------------------------

async function synthetic(dir: string): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const corpus = loadCorpus(DATA);
  const th = loadThesaurus();
  const set = buildSynthetic(corpus, th, {
    seed: SEED,
    sources: N_SOURCES,
    copiesPerSource: COPIES_PER_SOURCE,
    distractors: N_DISTRACTORS,
    distractorSample: N_SAMPLE,
  });
  const genSeconds = (performance.now() - t0) / 1000;
  const rng = new Rng(SEED + 7);
  // Ingest in shuffled order so key order says nothing about direction.
  const all = rng.shuffle([...set.distractors, ...set.sources, ...set.copies.map((c) => c.article)]);
  const toTrace = rng.shuffle([
    ...set.copies.map((c) => c.article.id),
    ...set.sources.map((a) => a.id),
    ...set.distractorSample.map((a) => a.id),
  ]);
  line(
    `synthetic: ${set.sources.length} sources, ${set.copies.length} copies, ${set.distractors.length} distractors ` +
      `(${all.length} stored), tracing ${toTrace.length} (seed ${SEED}); generated in ${genSeconds.toFixed(1)}s`,
  );
  const r = await runEngine(dir, 'synthetic', all, toTrace);
  line(
    `  ingest ${r.ingestSeconds.toFixed(1)}s, trace ${r.traceSeconds.toFixed(1)}s (${((1000 * r.traceSeconds) / toTrace.length).toFixed(1)} ms/article)`,
  );
  const copyOfId = new Map(set.copies.map((c) => [c.article.id, c]));

  // Source accuracy on copies.
  let exact = 0;
  let accepted = 0;
  const kindPairs: { gold: CopyType; pred: CopyType }[] = [];
  const kindPairsFound: { gold: CopyType; pred: CopyType }[] = [];
  const perGen: Record<string, { n: number; source: number; kind: number; missed: number }> = {};
  const mistakes: string[] = [];
  for (const c of set.copies) {
    const t = r.traces.get(r.keyOf.get(c.article.id)!)!;
    const pred = t.source?.id ?? null;
    const twins = set.twins.get(c.sourceId) ?? new Set<string>();
    // A sibling copy that is verbatim or truncated is a word-for-word twin of the source.
    const sib = pred ? copyOfId.get(pred) : undefined;
    const ok =
      pred === c.sourceId ||
      (pred !== null && twins.has(pred)) ||
      (sib !== undefined && sib.sourceId === c.sourceId && sib.gold === 'verbatim');
    if (pred === c.sourceId) exact++;
    if (ok) accepted++;
    kindPairs.push({ gold: c.gold, pred: t.copyType });
    if (ok) kindPairsFound.push({ gold: c.gold, pred: t.copyType });
    const g = (perGen[c.generator] ??= { n: 0, source: 0, kind: 0, missed: 0 });
    g.n++;
    if (ok) g.source++;
    if (t.copyType === c.gold) g.kind++;
    if (!pred) g.missed++;
    if (!ok || t.copyType !== c.gold) {
      const what = sib ? `sibling ${sib.generator} copy of ${sib.sourceId}` : pred;
      mistakes.push(
        `  ${c.article.id}: source ${what ?? 'none'} (gold ${c.sourceId}), kind ${t.copyType} (gold ${c.gold}) sim=${t.source?.similarity ?? '-'} ${JSON.stringify(t.signals)}`,
      );
    }
  }
  const kindOk = kindPairs.filter((p) => p.gold === p.pred).length;
  const kindOkFound = kindPairsFound.filter((p) => p.gold === p.pred).length;

  // False sources on originals.
  const origStats = (ids: string[]) => {
    let falseSrc = 0;
    let nearDup = 0;
    let plantedCopy = 0;
    const lines: string[] = [];
    for (const id of ids) {
      const t = r.traces.get(r.keyOf.get(id)!)!;
      if (!t.source) continue;
      const pid = t.source.id;
      const cp = copyOfId.get(pid);
      if (set.nearDups.get(id)?.has(pid)) nearDup++;
      else if (cp && cp.sourceId === id) plantedCopy++;
      else falseSrc++;
      lines.push(
        `  ${id}: predicted source ${pid}${cp ? ` (a ${cp.generator} copy of ${cp.sourceId === id ? 'itself' : cp.sourceId})` : ''} sim=${t.source.similarity} kind ${t.copyType}${set.nearDups.get(id)?.has(pid) ? ' [genuine near-duplicate]' : ''}`,
      );
    }
    return {
      n: ids.length,
      falseSource: falseSrc,
      nearDuplicate: nearDup,
      ownCopyAsSource: plantedCopy,
      lines,
    };
  };
  const planted = origStats(set.sources.map((a) => a.id));
  const sample = origStats(set.distractorSample.map((a) => a.id));

  // Stories: a copy and its source are one story; genuine near-duplicates join too.
  const gold = new Map<string, string>();
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const id of toTrace) parent.set(id, id);
  for (const c of set.copies) parent.set(find(c.article.id), find(c.sourceId));
  const traced = new Set(toTrace);
  for (const [id, nd] of set.nearDups) for (const o of nd) if (traced.has(o)) parent.set(find(o), find(id));
  for (const id of toTrace) gold.set(id, find(id));
  const story = pairwiseF1(r.stories, gold);

  line();
  line(`SYNTHETIC`);
  line(`  source accuracy (exact source):              ${pct(exact, set.copies.length)}`);
  line(`  source accuracy (source or verbatim twin):   ${pct(accepted, set.copies.length)}`);
  line(`  kind accuracy (all copies):                  ${pct(kindOk, kindPairs.length)}`);
  line(`  kind accuracy (copies with source found):    ${pct(kindOkFound, kindPairsFound.length)}`);
  line(
    `  false-source rate, planted originals:        ${pct(planted.falseSource + planted.ownCopyAsSource, planted.n)}  (${planted.ownCopyAsSource} traced to their own copy = direction reversed, ${planted.falseSource} to something else; not counted: ${planted.nearDuplicate} to a genuine corpus near-duplicate)`,
  );
  line(
    `  false-source rate, untouched distractors:    ${pct(sample.falseSource, sample.n)}  (not counted: ${sample.nearDuplicate} to a genuine corpus near-duplicate)`,
  );
  line(
    `  story pairwise F1: ${story.f1.toFixed(3)} (P ${story.p.toFixed(3)}, R ${story.r.toFixed(3)}; ${story.goldPairs} gold pairs, ${story.predPairs} predicted)`,
  );
  line(`  per generator (n, source found, kind right, no source):`);
  for (const g of GENERATORS) {
    const s = perGen[g];
    if (s)
      line(
        `    ${g.padEnd(12)} n=${s.n}  source ${pct(s.source, s.n).padEnd(16)} kind ${pct(s.kind, s.n).padEnd(16)} none ${s.missed}`,
      );
  }
  line(`  kind confusion (all copies; 'original' = no source found):`);
  line(formatConfusion(confusion(kindPairs)).replace(/^/gm, '    '));
  line(`  mistakes on copies (${mistakes.length}):`);
  for (const m of mistakes) line(m);
  line(`  sources predicted for planted originals (${planted.lines.length}):`);
  for (const m of planted.lines) line(m);
  line(`  sources predicted for untouched distractors (${sample.lines.length}):`);
  for (const m of sample.lines) line(m);
  r.store.close();
  return {
    seed: SEED,
    sources: set.sources.length,
    copies: set.copies.length,
    distractors: set.distractors.length,
    traced: toTrace.length,
    ingestSeconds: r.ingestSeconds,
    traceSeconds: r.traceSeconds,
    sourceAccuracyExact: exact / set.copies.length,
    sourceAccuracy: accepted / set.copies.length,
    kindAccuracy: kindOk / kindPairs.length,
    kindAccuracyWhenSourceFound: kindOkFound / Math.max(1, kindPairsFound.length),
    kindConfusion: confusion(kindPairs),
    perGenerator: perGen,
    plantedOriginals: { ...planted, lines: undefined },
    distractorSample: { ...sample, lines: undefined },
    story,
    mistakes,
  };
}

// ---------------------------------------------------------------------------------------------

async function clusters(dir: string): Promise<Record<string, unknown>> {
  const arts = loadClusters(DATA);
  const byId = new Map(arts.map((a) => [a.article.id, a]));
  const corpus = hasCorpus(DATA) ? loadCorpus(DATA) : [];
  const rng = new Rng(SEED + 11);
  const distract = rng.sample(corpus, Math.min(corpus.length, 2000)).map(toArticle);
  const all = rng.shuffle([...distract, ...arts.map((a) => a.article)]);
  const ids = arts.map((a) => a.article.id);
  line();
  line(
    `REAL STORY CLUSTERS: ${arts.length} pages in ${new Set(arts.map((a) => a.cluster)).size} clusters, with ${distract.length} corpus distractors`,
  );
  const r = await runEngine(dir, 'clusters', all, ids);
  const pred = (id: string) => r.traces.get(r.keyOf.get(id)!)!;
  const copies = arts.filter((a) => a.role === 'copy');
  let strict = 0;
  let lenient = 0;
  const kindPairs: { gold: CopyType; pred: CopyType }[] = [];
  const mistakes: string[] = [];
  const describe = (id: string | null) => {
    if (!id) return 'none';
    const a = byId.get(id);
    if (!a) return `${id} (not in clusters)`;
    return `${id} (${a.role}${a.copyType ? ` ${a.copyType} of ${a.sourceId}` : ''})`;
  };
  for (const c of copies) {
    const t = pred(c.article.id);
    const p = t.source?.id ?? null;
    const pa = p ? byId.get(p) : undefined;
    const isStrict = p === c.sourceId;
    const isLenient =
      isStrict ||
      (pa !== undefined && pa.cluster === c.cluster && pa.role === 'original') ||
      (pa !== undefined &&
        pa.role === 'copy' &&
        pa.sourceId === c.sourceId &&
        (pa.copyType === 'verbatim' || pa.copyType === 'edited'));
    if (isStrict) strict++;
    if (isLenient) lenient++;
    kindPairs.push({ gold: c.copyType!, pred: t.copyType });
    if (!isStrict || t.copyType !== c.copyType)
      mistakes.push(
        `  ${c.article.id}: source ${describe(p)} vs gold ${c.sourceId}${isLenient && !isStrict ? ' [lenient ok]' : ''}; kind ${t.copyType} vs ${c.copyType}; sim=${t.source?.similarity ?? '-'} ${JSON.stringify(t.signals)}`,
      );
  }
  const nonCopy = (role: 'original' | 'independent') => {
    const xs = arts.filter((a) => a.role === role);
    let withSource = 0;
    let sameClusterOriginal = 0;
    let ownCopy = 0;
    for (const a of xs) {
      const t = pred(a.article.id);
      if (!t.source) continue;
      const pa = byId.get(t.source.id);
      if (role === 'original' && pa && pa.cluster === a.cluster && pa.role === 'original')
        sameClusterOriginal++;
      else withSource++;
      if (pa && pa.role === 'copy' && pa.sourceId === a.article.id) ownCopy++;
      mistakes.push(
        `  ${a.article.id} (${role}): predicted source ${describe(t.source.id)} kind ${t.copyType} sim=${t.source.similarity} ${JSON.stringify(t.signals)}`,
      );
    }
    return { n: xs.length, falseSource: withSource, ownCopy, otherWireVersion: sameClusterOriginal };
  };
  const originals = nonCopy('original');
  const independents = nonCopy('independent');
  const gold = new Map(arts.map((a) => [a.article.id, a.cluster]));
  const story = pairwiseF1(r.stories, gold);
  const kindOk = kindPairs.filter((p) => p.gold === p.pred).length;
  // Story purity: does any predicted story mix clusters or pull in corpus articles?
  const storyMembers = new Map<string, string[]>();
  for (const id of ids) {
    const s = r.stories.get(id)!;
    storyMembers.set(s, [...(storyMembers.get(s) ?? []), id]);
  }
  line(`  ingest ${r.ingestSeconds.toFixed(1)}s, trace ${r.traceSeconds.toFixed(1)}s`);
  line(`  source accuracy (strict):                    ${pct(strict, copies.length)}`);
  line(
    `  source accuracy (lenient: other original of the cluster, or verbatim/edited copy of the source): ${pct(lenient, copies.length)}`,
  );
  line(`  kind accuracy:                               ${pct(kindOk, copies.length)}`);
  line(
    `  false-source rate, originals:                ${pct(originals.falseSource, originals.n)}  (${originals.ownCopy} of them to their own copy = direction reversed; not counted: ${originals.otherWireVersion} to another wire version in the cluster)`,
  );
  line(`  false-source rate, independents:             ${pct(independents.falseSource, independents.n)}`);
  line(
    `  story pairwise F1: ${story.f1.toFixed(3)} (P ${story.p.toFixed(3)}, R ${story.r.toFixed(3)}); ${storyMembers.size} predicted stories for 5 gold`,
  );
  for (const [s, m] of storyMembers) line(`    story ${s}: ${m.join(' ')}`);
  line(`  kind confusion:`);
  line(formatConfusion(confusion(kindPairs)).replace(/^/gm, '    '));
  line(`  mistakes (${mistakes.length}):`);
  for (const m of mistakes) line(m);
  r.store.close();
  return {
    articles: arts.length,
    distractors: distract.length,
    copies: copies.length,
    sourceAccuracyStrict: strict / copies.length,
    sourceAccuracyLenient: lenient / copies.length,
    kindAccuracy: kindOk / copies.length,
    kindConfusion: confusion(kindPairs),
    originals,
    independents,
    story,
    predictedStories: Object.fromEntries(storyMembers),
    mistakes,
  };
}

// ---------------------------------------------------------------------------------------------

async function realSpun(dir: string): Promise<Record<string, unknown>> {
  const { sources, pairs } = loadRealSpun(DATA);
  const corpus = hasCorpus(DATA) ? loadCorpus(DATA) : [];
  const rng = new Rng(SEED + 13);
  const distract = rng.sample(corpus, Math.min(corpus.length, 2000)).map(toArticle);
  const all = rng.shuffle([...distract, ...sources, ...pairs.map((p) => p.copy)]);
  const ids = [...pairs.map((p) => p.copy.id), ...sources.map((s) => s.id)];
  line();
  line(
    `REAL SPUN COPIES: ${pairs.length} content-farm copies of ${sources.length} source pages, with ${distract.length} corpus distractors`,
  );
  const r = await runEngine(dir, 'real-spun', all, ids);
  const pred = (id: string) => r.traces.get(r.keyOf.get(id)!)!;
  const sourceOf = new Map(pairs.map((p) => [p.copy.id, p.sourceId]));
  let strict = 0;
  let sibling = 0;
  let spun = 0;
  const mistakes: string[] = [];
  for (const p of pairs) {
    const t = pred(p.copy.id);
    const got = t.source?.id ?? null;
    if (got === p.sourceId) strict++;
    else if (got !== null && sourceOf.get(got) === p.sourceId) sibling++;
    if (t.copyType === 'spun') spun++;
    if (got !== p.sourceId || t.copyType !== 'spun')
      mistakes.push(
        `  ${p.copy.id}: source ${got ?? 'none'} (gold ${p.sourceId}), kind ${t.copyType}; sim=${t.source?.similarity ?? '-'} ${JSON.stringify(t.signals)}`,
      );
  }
  let falseSource = 0;
  for (const s of sources) {
    const t = pred(s.id);
    if (!t.source) continue;
    falseSource++;
    mistakes.push(
      `  ${s.id} (source page): predicted source ${t.source.id} kind ${t.copyType} sim=${t.source.similarity}`,
    );
  }
  line(`  source accuracy (the source page):           ${pct(strict, pairs.length)}`);
  line(`  source accuracy (or a copy of the same page): ${pct(strict + sibling, pairs.length)}`);
  line(`  kind 'spun':                                  ${pct(spun, pairs.length)}`);
  line(`  false-source rate, source pages:              ${pct(falseSource, sources.length)}`);
  line(`  mistakes (${mistakes.length}):`);
  for (const m of mistakes) line(m);
  r.store.close();
  return {
    copies: pairs.length,
    sources: sources.length,
    sourceAccuracy: strict / pairs.length,
    sourceOrSiblingAccuracy: (strict + sibling) / pairs.length,
    kindAccuracy: spun / pairs.length,
    falseSourceRate: falseSource / sources.length,
    mistakes,
  };
}

async function main(): Promise<void> {
  if (!existsSync(DATA) || (!hasCorpus(DATA) && !hasClusters(DATA) && !hasRealSpun(DATA))) {
    line(`eval:trace: shared data not found at ${DATA}; skipping (nothing to evaluate).`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'unspin-eval-trace-'));
  const t0 = performance.now();
  const results: Record<string, unknown> = { commit: revision(REPO), startedAt: new Date().toISOString() };
  line(`eval:trace at commit ${results.commit}`);
  if (ONLY === 'all' || ONLY === 'synthetic') {
    if (hasCorpus(DATA)) results.synthetic = await synthetic(dir);
    else line('news-corpus not found: skipping the synthetic benchmark.');
  }
  if (ONLY === 'all' || ONLY === 'clusters') {
    if (hasClusters(DATA)) results.clusters = await clusters(dir);
    else line('story-clusters not found: skipping the real clusters.');
  }
  if (ONLY === 'all' || ONLY === 'real-spun') {
    if (hasRealSpun(DATA)) results.realSpun = await realSpun(dir);
    else line('real-spun not found: skipping the real spun copies.');
  }
  results.seconds = (performance.now() - t0) / 1000;
  const out = join(dir, 'eval-trace.json');
  writeFileSync(out, JSON.stringify(results, null, 2));
  line();
  line(`done in ${(results.seconds as number).toFixed(0)}s; results: ${out} (stores in the same dir)`);
}

await main();
