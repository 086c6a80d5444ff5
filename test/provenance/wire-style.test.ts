import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignDocuments } from '../../src/reuse/align.js';
import { buildDocument } from '../../src/text/document.js';
import { hasAgencyDateline, wireStyleEvidence } from '../../src/provenance/wire-style.js';
import { article } from '../fixtures/articles.js';

const WIRE = [
  'WASHINGTON (AP) — The U.S. Navy said on Tuesday it would send two more destroyers to the region by Feb. 3, officials said.',
  'Fuel prices rose 4 percent in the week, the Energy Department said in its weekly report on supplies.',
  'The U.N. Security Council will meet on Thursday to discuss the crisis, diplomats in New York said.',
].join('\n\n');

// The same report as a republisher prints it: its own dateline and house style.
const HOUSE = [
  'Washington, February 2: The US Navy said on Tuesday it would send two more destroyers to the region by February 3, officials said.',
  'Fuel prices rose 4% in the week, the Energy Department said in its weekly report on supplies.',
  'The UN Security Council will meet on Thursday to discuss the crisis, diplomats in New York said.',
].join('\n\n');

const doc = (id: string, text: string) => buildDocument(article(id, text));
const evidence = (copy: string, source: string) => {
  const c = doc('c', copy);
  const s = doc('s', source);
  return wireStyleEvidence(c, s, alignDocuments(c, s));
};

test('an agency dateline is recognised at the top of the text only', () => {
  assert.equal(hasAgencyDateline(doc('w', WIRE)), true);
  assert.equal(hasAgencyDateline(doc('h', HOUSE)), false);
  const late = `${'Filler sentence about nothing in particular. '.repeat(10)}\n\nLONDON (Reuters) - More text follows here.`;
  assert.equal(hasAgencyDateline(doc('l', late)), false);
});

test('the dateline is found below the headline, byline and photo captions', () => {
  const page = [
    'Miners freed after four days as rescuers reach flooded shaft',
    'By Jane Roe',
    'Rescuers stand at the mine entrance in Harlan, Thursday, Feb. 3, 2022. (AP Photo/Jane Doe)',
    WIRE,
  ].join('\n\n');
  assert.equal(hasAgencyDateline(doc('p', page)), true);
  // Without its dateline, the same page has none: captions' photo credits are not datelines.
  assert.equal(hasAgencyDateline(doc('q', page.replace('WASHINGTON (AP) — ', ''))), false);
});

test('the side that keeps wire style is taken for the source', () => {
  const forward = evidence(HOUSE, WIRE);
  const backward = evidence(WIRE, HOUSE);
  assert.ok(forward > 0.5, `house-style copy of wire text: ${forward}`);
  assert.ok(backward < -0.5, `wire text as a copy of house style: ${backward}`);
});

test('no evidence when the texts share their style', () => {
  assert.equal(evidence(WIRE, WIRE), 0);
  assert.equal(evidence(HOUSE, HOUSE), 0);
});
