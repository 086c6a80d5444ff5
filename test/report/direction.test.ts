import { test } from 'node:test';
import assert from 'node:assert/strict';
import { directionReasons } from '../../src/report/direction.js';

test('the reasons a source is the source, in words, strongest first', () => {
  assert.equal(
    directionReasons({ basis: 'date', evidence: 1, terms: { date: 1 } }),
    'the source is dated earlier',
  );
  const text = directionReasons({
    basis: 'text',
    evidence: 0.6,
    terms: { containment: 0.1, trimming: 0.01, furniture: 0, familiarity: 0.3, wireStyle: 0.2, date: 0 },
  });
  assert.equal(
    text,
    'this copy swaps words for rarer ones; the source keeps the wire style this copy rewrote ("U.S.", an agency dateline); the source holds more of this text than this holds of the source',
  );
  assert.equal(
    directionReasons({ basis: 'text', evidence: 0.03, terms: { containment: 0.03, familiarity: 0.04 } }),
    'weak signs in the text',
  );
  assert.equal(
    directionReasons({ basis: 'text', evidence: 0, terms: { containment: 0, trimming: 0 } }),
    'no sign in the text either way: the article stored first is taken',
  );
});
