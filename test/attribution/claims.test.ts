import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildClaims } from '../../src/attribution/claims.js';
import { extractStatements } from '../../src/attribution/index.js';
import { docOf } from './helpers.js';

function article(id: string, text: string) {
  const doc = docOf(text, id);
  return { id, doc, statements: extractStatements(doc) };
}

const source = article(
  'source',
  'Ukrainian officials reportedly accused Russia of shelling the power plant on Sunday. Russia denied shelling the power plant.',
);
const lostDenial = article(
  'no-denial',
  'Ukrainian officials reportedly accused Russia of shelling the power plant on Sunday.',
);
const lostHedge = article(
  'no-hedge',
  'Ukrainian officials accused Russia of shelling the power plant on Sunday. Russia denied shelling the power plant.',
);
const unrelated = article('other', 'The mayor said the new bridge would open in the spring.');

test('an allegation is paired with its denial', () => {
  const { claims } = buildClaims([source]);
  assert.equal(claims.length, 1);
  const [c] = claims;
  assert.match(c.accuser ?? '', /officials/i);
  assert.equal(c.accused, 'Russia');
  assert.match(c.allegation, /shelling the power plant/);
  assert.equal(c.denials.length, 1);
  assert.equal(c.denials[0].by, 'Russia');
});

test('copies that lost the denial or the hedge are flagged', () => {
  const { claims } = buildClaims([source, lostDenial, lostHedge, unrelated]);
  assert.equal(claims.length, 1);
  const [c] = claims;
  assert.deepEqual(c.copies.map((x) => x.article).sort(), ['no-denial', 'no-hedge', 'source']);
  assert.deepEqual(c.lostDenial, ['no-denial']);
  assert.deepEqual(c.lostHedge, ['no-hedge']);
});

test('no allegations, no claims', () => {
  assert.deepEqual(buildClaims([unrelated]).claims, []);
});

test('a passive accusation: the agent accuses the subject', () => {
  const a = article(
    'passive',
    'Moscow has been accused by the US of manufacturing a propaganda video. Moscow denied the claim.',
  );
  const { claims } = buildClaims([a]);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].accuser, 'US');
  assert.equal(claims[0].accused, 'Moscow');
  assert.equal(claims[0].allegation, 'manufacturing a propaganda video');
  assert.deepEqual(
    claims[0].denials.map((d) => d.by),
    ['Moscow'],
  );
});

test('an allegation worded as a clause names the clause subject as the accused', () => {
  const a = article(
    'clause',
    'The Pentagon alleged that Moscow was preparing to fake an attack by Ukrainian troops. Moscow denied the plan.',
  );
  const { claims } = buildClaims([a]);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].accused, 'Moscow');
  assert.match(claims[0].allegation, /^preparing to fake an attack/);
  assert.deepEqual(
    claims[0].denials.map((d) => d.by),
    ['Moscow'],
  );
});

test('a noun the tagger read as an accusing verb makes no allegation', () => {
  const film = article(
    'film',
    'U.S. officials said the scheme revolved around a gruesome propaganda film depicting a staged attack, featuring simulated blasts, dead bodies and actors posing as grieving relatives.',
  );
  for (const c of buildClaims([film]).claims) assert.doesNotMatch(c.accuser ?? '', /featuring|simulated/);
});
