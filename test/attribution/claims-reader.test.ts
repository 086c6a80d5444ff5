// Story claims found wrong by reading invented stories through `stories --claims`: each test fails
// on the claims as they were before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildClaims } from '../../src/attribution/claims.js';
import { article } from './helpers.js';

test('a denial in other forms of the words answers the accusation ("hiding" / "had hidden")', () => {
  const a = article(
    'a',
    'The opposition has accused the government of hiding the true cost of a rail line. ' +
      'Transport Minister Eva Lund denied that the government had hidden anything. ' +
      'One coalition lawmaker said the government had handled this badly.',
  );
  const { claims } = buildClaims([a]);
  const accusation = claims.find((c) => c.kind === 'accusation');
  assert.ok(accusation, 'the accusation is found');
  assert.deepEqual(
    accusation.denials.map((d) => d.by),
    ['Eva Lund'],
  );
  assert.equal(
    claims.find((c) => c.kind === 'denied'),
    undefined,
    'the denial opens no claim of its own',
  );
});

test('a traced copy’s denial joins its source’s claim even with the denier reworded ("the military")', () => {
  const original =
    'Rebel forces said on Sunday they had taken control of the border town of Kessa, a claim the army swiftly rejected.';
  const reworded = original.replace(
    'a claim the army swiftly rejected',
    'a claim the military quickly dismissed',
  );
  const copy = {
    ...article('copy', reworded),
    derivesFrom: {
      source: 'source',
      passages: [
        {
          copy: { start: 0, end: reworded.length },
          source: { start: 0, end: original.length },
          similarity: 0.9,
        },
      ],
    },
  };
  const { claims } = buildClaims([article('source', original), copy]);
  assert.equal(claims.length, 1);
  assert.deepEqual(
    claims[0].denials.map((d) => [d.article, d.by]),
    [
      ['source', 'the army'],
      ['copy', 'the military'],
    ],
  );
});

const CHARGE =
  'Councillor accused of taking bribes\n\n' +
  'Prosecutors on Tuesday accused Councillor Mark Dunn of taking bribes from a waste contractor, alleging that he received at least 40,000 euros in cash.\n\n';
const DENIALS =
  'Dunn denied the charges.\n\n' +
  'The contractor, Greenway Waste, said it had cooperated with investigators and rejected any suggestion of wrongdoing.';

test('one claim from a headline and its lead: the lead names the accused in full, its "alleging" details it', () => {
  const { claims } = buildClaims([article('a', CHARGE + DENIALS)]);
  const accusations = claims.filter((c) => c.kind === 'accusation');
  assert.equal(accusations.length, 1, JSON.stringify(claims.map((c) => c.allegation)));
  assert.equal(accusations[0].accuser, 'Prosecutors');
  assert.equal(accusations[0].accused, 'Councillor Mark Dunn');
});

test('a denier named in the allegation answers it; a copy that drops one denier of two lost a denial', () => {
  const original = CHARGE + DENIALS;
  const copyText = CHARGE + DENIALS.replace('Dunn denied the charges.\n\n', '');
  const copy = {
    ...article('copy', copyText),
    derivesFrom: {
      source: 'source',
      passages: [
        {
          copy: { start: 0, end: copyText.length },
          source: { start: 0, end: original.length },
          similarity: 0.9,
        },
      ],
    },
  };
  const { claims } = buildClaims([article('source', original), copy]);
  const accusation = claims.find((c) => c.kind === 'accusation');
  assert.ok(accusation);
  assert.deepEqual([...new Set(accusation.denials.map((d) => d.by))].sort(), ['Greenway Waste', 'Mark Dunn']);
  assert.deepEqual(accusation.lostDenial, ['copy']);
});
