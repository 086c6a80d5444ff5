// Story claims across reworded reports: invented articles, each test failing on the claims as they
// were before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildClaims } from '../../src/attribution/claims.js';
import { extractStatements } from '../../src/attribution/index.js';
import { docOf } from './helpers.js';

function article(id: string, text: string) {
  const doc = docOf(text, id);
  return { id, doc, statements: extractStatements(doc) };
}

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
