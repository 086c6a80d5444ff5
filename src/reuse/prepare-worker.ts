// Worker thread: prepares chunks of articles (tokenise, fingerprint, hash) for the ingest pool.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../model.js';
import { prepareArticle } from './prepare.js';

parentPort?.on('message', (msg: { id: number; articles: Article[] }) => {
  const prepared = msg.articles.map((a) => {
    const p = prepareArticle(a);
    return { hash: p.hash, fingerprint: p.fingerprint, units: p.units };
  });
  parentPort?.postMessage({ id: msg.id, prepared });
});
