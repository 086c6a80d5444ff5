// The synthetic trace benchmark: real corpus articles as sources, generated copies of every kind,
// hidden among thousands of unrelated corpus articles (which include genuine near-duplicates).
import type { Article, CopyType } from '../../src/model.js';
import { type CorpusArticle, wordCount } from './corpus.js';
import { wordShingles, nearDuplicates } from './metrics.js';
import { Rng } from '../lib/rng.js';
import { GENERATORS, GOLD_KIND, generate, type Generator } from './transforms.js';
import type { Thesaurus } from './wordnet.js';

export interface PlantedCopy {
  article: Article;
  sourceId: string;
  generator: Generator;
  gold: CopyType;
}

export interface SyntheticSet {
  sources: Article[];
  copies: PlantedCopy[];
  distractors: Article[];
  /** Distractors to trace as untouched originals. */
  distractorSample: Article[];
  /** Corpus twins (≥ 0.8 Jaccard of word 3-grams) of each source, by id: a copy traced to one is right. */
  twins: Map<string, Set<string>>;
  /** Genuine near-duplicates (≥ 0.5 containment) of every planted source and sampled distractor. */
  nearDups: Map<string, Set<string>>;
}

export interface SyntheticOptions {
  seed: number;
  sources: number;
  copiesPerSource: number;
  distractors: number;
  distractorSample: number;
}

const OUTLETS = [
  'dailywire-news.example',
  'globalpost.example',
  'newsnow.example',
  'worldtimes.example',
  'infofeed.example',
];

function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function toArticle(c: CorpusArticle): Article {
  return { id: c.id, text: c.text, date: c.date, title: c.title, url: null, outlet: c.source };
}

export function buildSynthetic(corpus: CorpusArticle[], th: Thesaurus, opt: SyntheticOptions): SyntheticSet {
  const rng = new Rng(opt.seed);
  const eligible = corpus.filter((c) => {
    const n = wordCount(c.text);
    return n >= 150 && n <= 700;
  });
  // A mix of dated (Reuters-21578) and undated (BBC, C50) sources.
  const bySrc = (s: string) => eligible.filter((c) => c.source === s);
  const nReu = Math.round(opt.sources * 0.4);
  const nBbc = Math.round(opt.sources * 0.3);
  const chosen = [
    ...rng.sample(bySrc('reuters21578'), nReu),
    ...rng.sample(bySrc('bbc'), nBbc),
    ...rng.sample(bySrc('c50'), opt.sources - nReu - nBbc),
  ];
  const chosenIds = new Set(chosen.map((c) => c.id));
  const rest = corpus.filter((c) => !chosenIds.has(c.id) && wordCount(c.text) >= 40);
  const distractorsC = rng.sample(rest, opt.distractors);
  const sources = chosen.map(toArticle);
  const distractors = distractorsC.map(toArticle);
  const distractorSample = rng.sample(distractors, opt.distractorSample);

  const copies: PlantedCopy[] = [];
  let g = 0;
  sources.forEach((src, si) => {
    for (let k = 0; k < opt.copiesPerSource; k++) {
      const gen = GENERATORS[g++ % GENERATORS.length];
      const crng = new Rng(opt.seed * 1_000_003 + si * 31 + k);
      let date: string | null = null;
      if (src.date) date = crng.chance(0.75) ? addDays(src.date, crng.int(1, 8)) : null;
      else if (crng.chance(0.5)) date = addDays('2006-01-01', crng.int(0, 365));
      copies.push({
        article: {
          id: `synthetic-copy-${si}-${k}-${gen}`,
          text: generate(gen, crng, th, src.text),
          date,
          title: src.title && crng.chance(0.5) ? src.title : null,
          url: null,
          outlet: crng.pick(OUTLETS),
        },
        sourceId: src.id,
        generator: gen,
        gold: GOLD_KIND[gen],
      });
    }
  });

  // Ground truth for near-duplicates among the real articles in the store.
  const real = [...sources, ...distractors];
  const sh = real.map((a) => wordShingles(a.text));
  const pos = new Map(real.map((a, i) => [a.id, i]));
  const queries = [...sources, ...distractorSample].map((a) => pos.get(a.id)!);
  const nd = nearDuplicates(sh, queries, 0.5);
  const twins = new Map<string, Set<string>>();
  const nearDups = new Map<string, Set<string>>();
  for (const q of queries) {
    const hits = nd.get(q) ?? [];
    nearDups.set(real[q].id, new Set(hits.map((h) => real[h.i].id)));
    twins.set(real[q].id, new Set(hits.filter((h) => h.jaccard >= 0.8).map((h) => real[h.i].id)));
  }
  return { sources, copies, distractors, distractorSample, twins, nearDups };
}
