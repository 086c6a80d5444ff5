import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { lemmaOf } from '../../src/text/lemma.js';
import { WINK_WORDS_FILE, winkWordsPath } from '../../src/text/wink-words.js';

test('the JSON copy of the base-form table equals the installed wink-lexicon table', () => {
  // Evaluated apart from the module cache, where the JSON copy already stands in for it.
  const source = readFileSync(winkWordsPath(), 'utf8');
  const sandbox = { module: { exports: {} as unknown } };
  runInNewContext(source, sandbox);
  const fromPackage = JSON.parse(JSON.stringify(sandbox.module.exports)) as Record<string, number>;
  const fromJson = JSON.parse(gunzipSync(readFileSync(WINK_WORDS_FILE)).toString('utf8')) as Record<
    string,
    number
  >;
  assert.deepEqual(fromJson, fromPackage, 'run scripts/build-wink-words.ts after upgrading wink-lexicon');
});

test('lemmas come out right with the table read from the JSON copy', () => {
  assert.equal(lemmaOf('told'), 'tell');
  const cached = createRequire(import.meta.url).cache[winkWordsPath()];
  assert.ok(cached, 'table in the module cache');
  assert.equal((cached.exports as Record<string, number>).aaa, 0);
  assert.equal(lemmaOf('troops'), 'troop');
  assert.equal(lemmaOf('informed'), 'inform');
});
