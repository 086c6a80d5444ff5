import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formOf, inflect, inflectWord } from '../../src/spin/inflect.js';

test('formOf reads the inflection of a word from its lemma', () => {
  assert.equal(formOf('informed', 'inform'), 'ed');
  assert.equal(formOf('told', 'tell'), 'ed');
  assert.equal(formOf('talks', 'talk'), 's');
  assert.equal(formOf('stepping', 'step'), 'ing');
  assert.equal(formOf('gear', 'gear'), 'base');
});

test('inflect puts a lemma into a form, irregular forms first', () => {
  assert.equal(inflect('tell', 'ed', true), 'told');
  assert.equal(inflectWord('guarantee', 's'), 'guarantees');
  assert.equal(inflectWord('stop', 'ing'), 'stopping');
  assert.equal(inflectWord('make', 'ing'), 'making');
  assert.equal(inflectWord('carry', 'ed'), 'carried');
  assert.equal(inflect('keep up', 'ing', true), 'keeping up');
  assert.equal(inflect('put forward', 'ed', true), 'put forward');
  assert.equal(inflect('percentage point', 's', false), 'percentage points');
});
