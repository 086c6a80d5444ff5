// The wink-lemmatizer reads wink-lexicon's table of WordNet base forms, shipped as a 1.9 MB
// JavaScript object literal that Node takes about half a second to compile in every thread that
// lemmatises (each CLI run, each ingest worker). The same table kept as JSON
// (data/lexicon/wn-words.json.gz, written by scripts/build-wink-words.ts) parses five times faster;
// it is placed in Node's module cache under the package file's name before the lemmatizer loads,
// so the lemmatizer's own `require` finds it there. Same object, same lemmas (test/text/lemma.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const WINK_WORDS_FILE = fileURLToPath(new URL('../../data/lexicon/wn-words.json.gz', import.meta.url));

const require = createRequire(import.meta.url);

/** The path of the package file the lemmatizer requires. */
export function winkWordsPath(): string {
  return createRequire(require.resolve('wink-lemmatizer')).resolve('wink-lexicon/src/wn-words.js');
}

/** Puts the JSON copy of the table in the module cache, unless the module is already loaded. */
export function preloadWinkWords(): void {
  const path = winkWordsPath();
  if (require.cache[path] || !existsSync(WINK_WORDS_FILE)) return;
  const m = new Module(path);
  m.filename = path;
  m.exports = JSON.parse(gunzipSync(readFileSync(WINK_WORDS_FILE)).toString('utf8')) as unknown;
  m.loaded = true;
  require.cache[path] = m;
}
