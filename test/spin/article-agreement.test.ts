import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/text/document.js';
import {
  articleDisagreementEvidence,
  disagreeingArticles,
  opensWithVowelSound,
} from '../../src/spin/article-agreement.js';
import { analyzeSpin } from '../../src/spin/index.js';

const doc = (text: string) =>
  buildDocument({ id: 't', text, date: null, title: null, url: null, outlet: null });
const words = (text: string) => {
  const d = doc(text);
  return disagreeingArticles(d).map((i) => `${d.tokens[i - 1].text} ${d.tokens[i].text}`);
};

test('the sound a word opens with, as its spelling tells', () => {
  for (const w of ['extended', 'hour', 'honest', 'unstable', 'item'])
    assert.equal(opensWithVowelSound(w), true, w);
  for (const w of ['high', 'unique', 'european', 'one-off', 'usual', 'trade'])
    assert.equal(opensWithVowelSound(w), false, w);
});

test('an article that disagrees with the word after it marks that word', () => {
  assert.deepEqual(words('It saw an lengthy slide and a enormous rally.'), ['an lengthy', 'a enormous']);
  // Agreeing articles, names, acronyms, letters and function words are left alone.
  assert.deepEqual(
    words(
      'An hour later, a unique deal and an FBI agent met a Uighur leader; Class A and B rose; a historic day.',
    ),
    [],
  );
});

test('two disagreements in an article are evidence of rewriting; one is more often a typo', () => {
  assert.equal(articleDisagreementEvidence(doc('The firm made a offer on Monday.')), 0);
  assert.equal(articleDisagreementEvidence(doc('It saw an lengthy slide and a enormous rally.')), 2);
});

test('the word after a disagreeing article is restored with an original that agrees with it', () => {
  const text = 'The shares could see an lengthy slide before a strong recovery.';
  const found = analyzeSpin(doc(text)).spin.find((f) => text.slice(f.start, f.end) === 'lengthy');
  assert.ok(found, 'no finding on "lengthy"');
  assert.equal(found.suggestion, 'extended');
});
