// Builds a research-only spin model from the news corpus, leaving out the evaluation articles.
// Its output must never be committed (the corpus is research-only); write it outside data/.
// Usage: node --import tsx scripts/spin/build-corpus-model.ts OUT_DIR
import { buildSpinModel } from '../../src/spin/index.js';
import { isHeldOut, readNewsCorpus, sharedDataPresent } from './corpus.js';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: build-corpus-model.ts OUT_DIR');
if (!sharedDataPresent()) {
  console.log('skipped: ../shared/data is absent');
  process.exit(0);
}
const articles = readNewsCorpus()
  .filter((_, i) => !isHeldOut(i))
  .map((a) => a.text);
const result = await buildSpinModel(articles, outDir, {
  source: 'news corpus (research only, not for shipping)',
});
console.log(`built ${outDir}: ${result.articles} articles, ${result.words} words`);
