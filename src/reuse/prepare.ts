// Turns an article into what the store needs: its content hash, fingerprint and packed units.
import { createHash } from 'node:crypto';
import type { Article } from '../model.js';
import type { ArticleToPut } from '../store/store.js';
import { buildDocument } from '../text/document.js';
import { fingerprint } from './fingerprint.js';
import { packUnits, unitsToBytes } from './units.js';

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function prepareArticle(article: Article): ArticleToPut {
  const doc = buildDocument(article);
  return {
    article,
    hash: contentHash(article.text),
    fingerprint: fingerprint(doc),
    units: unitsToBytes(packUnits(doc)),
  };
}
