import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { lemmaOf } from '../../src/text/lemma.js';
import { lemmatizeAdjective, lemmatizeNoun, lemmatizeVerb } from '../../src/text/morphy.js';

interface WinkLemmatizer {
  noun(w: string): string;
  verb(w: string): string;
  adjective(w: string): string;
}

test('Morphy over the compact table gives wink-lemmatizer’s lemmas', () => {
  const require = createRequire(createRequire(import.meta.url).resolve('wink-lemmatizer'));
  const wink = require('wink-lemmatizer') as WinkLemmatizer;
  const words = Object.keys(require('wink-lexicon/src/wn-words.js') as Record<string, number>);
  for (const pos of ['adjective', 'noun', 'verb'])
    for (const [form, lemma] of Object.entries(
      require(`wink-lexicon/src/wn-${pos}-exceptions.js`) as Record<string, string>,
    ))
      words.push(form, lemma);
  // Every base form and exception, and the inflections each rule strips.
  const suffixes = ['', 's', 'es', 'ies', 'ed', 'ing', 'er', 'est', 'men', 'd'];
  let checked = 0;
  words.forEach((word, i) => {
    for (const suffix of i % 4 === 0 ? suffixes : ['', 's', 'ed', 'er']) {
      const w = word.replace(/y$/, suffix === 'ies' ? '' : 'y') + suffix;
      assert.equal(lemmatizeVerb(w), wink.verb(w), `verb ${w}`);
      assert.equal(lemmatizeNoun(w), wink.noun(w), `noun ${w}`);
      assert.equal(lemmatizeAdjective(w), wink.adjective(w), `adjective ${w}`);
      checked++;
    }
  });
  assert.ok(checked > 300_000);
});

test('lemmas of a few inflected words', () => {
  assert.equal(lemmaOf('told'), 'tell');
  assert.equal(lemmaOf('troops'), 'troop');
  assert.equal(lemmaOf('informed'), 'inform');
  assert.equal(lemmaOf('largest'), 'largest');
});

test('a stem whose consonant was not doubled takes its "e" back ("hoped" is hope, "hopped" hop)', () => {
  assert.equal(lemmaOf('hoped'), 'hope');
  assert.equal(lemmaOf('hating'), 'hate');
  assert.equal(lemmaOf('rated'), 'rate');
  assert.equal(lemmaOf('hopped'), 'hop');
  assert.equal(lemmaOf('visited'), 'visit');
  assert.equal(lemmaOf('planned'), 'plan');
});
