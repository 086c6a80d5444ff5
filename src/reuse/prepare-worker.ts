// Worker thread: prepares chunks of articles (tokenise, fingerprint, hash) for the ingest pool.
// The article itself is not sent back: the pool has it.
import type { Article } from '../model.js';
import { serveChunks } from '../parallel/ordered-map.js';
import { prepareArticle } from './prepare.js';

serveChunks((a: Article) => {
  const p = prepareArticle(a);
  return { hash: p.hash, fingerprint: p.fingerprint, units: p.units };
});
