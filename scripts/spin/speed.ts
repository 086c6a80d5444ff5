// CPU time of spin analysis on news-corpus articles in one fresh process, for comparing two
// versions of src/spin (run old and new alternately, each in a fresh process):
//   node --import tsx scripts/spin/speed.ts [ROOT] [--new-only | --load-only] [--articles N]
// ROOT: a checkout whose src/ is timed (default: this one). Articles: three slices of the corpus
// (index % 40 = 7, 15, 23: the held-out and development slices and one more), 1,668 articles,
// 2.58 MB. Documents are built before timing; "new text" is the first pass (per-word caches
// empty), "seen before" the second. --new-only skips the second pass (for profiling);
// --load-only also the first (load, tokenize, analyse one article: for subtracting from an
// instruction count of the same run with --new-only); --cpu-prof-first-pass FILE writes a CPU
// profile (.cpuprofile) of the first pass alone. Prints one JSON line.
//   node --import tsx scripts/spin/speed.ts --compare ROOT_A ROOT_B [--rounds N] [--articles N]
// times both versions in one process, alternately, under the same load: after one untimed pass
// each (module-level caches, the pair table's filter and bounds), every round analyses all the
// articles with a fresh analyzer of each (per-word caches empty; order A B, then B A) and prints
// their rates.
//   node --import tsx scripts/spin/speed.ts --interleave ROOT_A ROOT_B [--rounds N] [--articles N]
// the same, but article by article: in each round both fresh analyzers take the articles one at
// a time (A then B, or B then A, in turn), and each version's CPU time is summed over its
// articles (less sensitive to the load changing during a pass than --compare).
// Needs ../shared/data (skips with a message when absent).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readNewsCorpus, sharedDataPresent, type CorpusArticle } from './corpus.js';

interface SpinModule {
  loadSpinModel(): unknown;
  createSpinAnalyzer(model: unknown): (doc: unknown) => unknown;
}
interface DocumentModule {
  buildDocument(a: { id: string; text: string; date: null; title: null; url: null; outlet: null }): unknown;
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
}

interface Version {
  root: string;
  spin: SpinModule;
  model: unknown;
  docs: unknown[];
}

async function loadVersion(root: string, articles: Array<{ id: string; text: string }>): Promise<Version> {
  const spin = (await import(pathToFileURL(`${root}/src/spin/index.js`).href)) as SpinModule;
  const text = (await import(pathToFileURL(`${root}/src/text/document.js`).href)) as DocumentModule;
  const model = spin.loadSpinModel();
  const docs = articles.map((a) =>
    text.buildDocument({ id: a.id, text: a.text, date: null, title: null, url: null, outlet: null }),
  );
  const warm = spin.createSpinAnalyzer(model);
  for (const doc of docs) warm(doc);
  return { root, spin, model, docs };
}

/** The comparison articles (held out, not the eval's spun ones), their MB and each version loaded. */
async function comparisonSet(
  roots: string[],
  limit: number,
): Promise<{ articles: CorpusArticle[]; mb: number; versions: Version[] }> {
  const articles = readNewsCorpus()
    .filter((_, i) => i % 40 === 7 || i % 40 === 15 || i % 40 === 23)
    .slice(0, limit);
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
  const versions: Version[] = [];
  for (const root of roots) versions.push(await loadVersion(resolve(root), articles));
  return { articles, mb, versions };
}

/** --compare: first passes of two versions alternately in this process. */
async function compare(roots: string[], rounds: number, limit: number): Promise<void> {
  const { mb, versions } = await comparisonSet(roots, limit);
  for (let round = 0; round < rounds; round++) {
    // A B, then B A: neither version always runs right after the other's garbage.
    for (const v of round % 2 ? [...versions].reverse() : versions) {
      const analyze = v.spin.createSpinAnalyzer(v.model);
      const t = process.cpuUsage();
      for (const doc of v.docs) analyze(doc);
      const newTextMbPerCpuS = +(mb / cpuSeconds(t)).toFixed(3);
      console.log(JSON.stringify({ round, root: v.root, mb: +mb.toFixed(3), newTextMbPerCpuS }));
    }
  }
}

/** --interleave: first passes of two versions, article by article, in this process. */
async function interleave(roots: string[], rounds: number, limit: number): Promise<void> {
  const { articles, mb, versions } = await comparisonSet(roots, limit);
  for (let round = 0; round < rounds; round++) {
    const analyzers = versions.map((v) => v.spin.createSpinAnalyzer(v.model));
    const seconds = versions.map(() => 0);
    for (let i = 0; i < articles.length; i++) {
      for (const v of (i + round) % 2 ? [1, 0] : [0, 1]) {
        const t = process.cpuUsage();
        analyzers[v](versions[v].docs[i]);
        seconds[v] += cpuSeconds(t);
      }
    }
    const rates = seconds.map((s) => +(mb / s).toFixed(3));
    console.log(
      JSON.stringify({
        round,
        mb: +mb.toFixed(3),
        roots: roots,
        newTextMbPerCpuS: rates,
        ratioBOverA: +(seconds[0] / seconds[1]).toFixed(3),
      }),
    );
  }
}

async function main(): Promise<void> {
  if (!sharedDataPresent()) {
    console.log('speed skipped: ../shared/data is absent.');
    return;
  }
  const compareAt = process.argv.indexOf('--compare');
  const interleaveAt = process.argv.indexOf('--interleave');
  if (compareAt !== -1 || interleaveAt !== -1) {
    const roundsAt = process.argv.indexOf('--rounds');
    const limitAt = process.argv.indexOf('--articles');
    const at = compareAt !== -1 ? compareAt : interleaveAt;
    await (compareAt !== -1 ? compare : interleave)(
      process.argv.slice(at + 1, at + 3),
      roundsAt === -1 ? 3 : Number(process.argv[roundsAt + 1]),
      limitAt === -1 ? Infinity : Number(process.argv[limitAt + 1]),
    );
    return;
  }
  const profileAt = process.argv.indexOf('--cpu-prof-first-pass');
  const profileFile = profileAt === -1 ? null : process.argv[profileAt + 1];
  const args = process.argv
    .slice(2)
    .filter((a, i) => !a.startsWith('--') && !/^\d+$/.test(a) && i + 2 !== profileAt + 1);
  // --new-only: no second pass (for profiling); --load-only: load, build and analyse one article
  // (for subtracting from instruction counts); --articles N: the first N articles only.
  const passes = process.argv.includes('--load-only') ? 0 : process.argv.includes('--new-only') ? 1 : 2;
  const limitAt = process.argv.indexOf('--articles');
  const limit = limitAt === -1 ? Infinity : Number(process.argv[limitAt + 1]);
  const root = resolve(args[0] ?? new URL('../..', import.meta.url).pathname);
  const spin = (await import(pathToFileURL(`${root}/src/spin/index.js`).href)) as SpinModule;
  const text = (await import(pathToFileURL(`${root}/src/text/document.js`).href)) as DocumentModule;
  const articles = readNewsCorpus()
    .filter((_, i) => i % 40 === 7 || i % 40 === 15 || i % 40 === 23)
    .slice(0, limit);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

  let t = process.cpuUsage();
  const model = spin.loadSpinModel();
  const load = cpuSeconds(t);
  const analyze = spin.createSpinAnalyzer(model);
  const docs = articles.map((a) =>
    text.buildDocument({ id: a.id, text: a.text, date: null, title: null, url: null, outlet: null }),
  );
  t = process.cpuUsage();
  analyze(docs[0]); // loads the thesaurus
  const first = cpuSeconds(t);
  const session = profileFile ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  t = process.cpuUsage();
  if (passes > 0) for (let i = 1; i < docs.length; i++) analyze(docs[i]);
  const cold = cpuSeconds(t);
  if (session && profileFile) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
    session.disconnect();
  }
  t = process.cpuUsage();
  if (passes > 1) for (const doc of docs) analyze(doc);
  const warm = cpuSeconds(t);
  const coldBytes = bytes - Buffer.byteLength(articles[0].text);
  console.log(
    JSON.stringify({
      root,
      articles: articles.length,
      mb: +(bytes / 1e6).toFixed(3),
      loadS: +load.toFixed(3),
      firstArticleS: +first.toFixed(3),
      newTextMbPerCpuS: +(coldBytes / 1e6 / cold).toFixed(3),
      seenMbPerCpuS: +(bytes / 1e6 / warm).toFixed(3),
    }),
  );
}

await main();
