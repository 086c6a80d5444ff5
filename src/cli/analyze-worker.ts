// Worker thread of `unspin analyze --jobs N`: analyses chunks of articles with the spin model the
// command chose (workerData), as the calling thread does.
import type { Article } from '../model.js';
import { serveChunks, workerInput } from '../parallel/ordered-map.js';
import { loadSpinModel, setSpinModel } from '../spin/index.js';
import { analyzeArticle } from './analyze-article.js';

const { modelDir, restore } = workerInput<{ modelDir: string | null; restore: boolean }>();
if (modelDir) setSpinModel(loadSpinModel(modelDir));
serveChunks((a: Article) => analyzeArticle(a, restore));
