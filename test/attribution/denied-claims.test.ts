import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildClaims } from '../../src/attribution/claims.js';
import { article } from './helpers.js';

const ACCUSATION = 'The Pentagon accused Russia of preparing a fabricated attack by Ukrainian forces.';
const FEAR =
  'Western governments fear those forces are being readied for an invasion, something Moscow has denied.';

test('a denial of something else is not paired with an accusation against the same side', () => {
  const { claims } = buildClaims([article('a', `${ACCUSATION} ${FEAR}`)]);
  const accusation = claims.find((c) => c.kind === 'accusation');
  assert.ok(accusation, 'the accusation is found');
  assert.match(accusation.allegation, /fabricated attack/);
  assert.deepEqual(accusation.denials, []);
});

test('a denial of one act ("concerns of an invasion, something Moscow has denied") does not answer another', () => {
  const text = `${ACCUSATION} Russia has massed troops near the border, raising concerns of an invasion, something Moscow has denied.`;
  const { claims } = buildClaims([article('a', text)]);
  const accusation = claims.find((c) => c.kind === 'accusation');
  assert.ok(accusation, 'the accusation is found');
  assert.deepEqual(accusation.denials, []);
});

test('a denied statement becomes a claim voiced by its speaker, denied by the denier', () => {
  const { claims } = buildClaims([article('a', `${ACCUSATION} ${FEAR}`)]);
  const denied = claims.find((c) => c.kind === 'denied');
  assert.ok(denied, 'a denied claim is found');
  assert.match(denied.accuser ?? '', /Western governments/);
  assert.equal(denied.accused, 'Moscow');
  assert.match(denied.allegation, /readied for an invasion/);
  assert.deepEqual(
    denied.denials.map((d) => [d.article, d.by]),
    [['a', 'Moscow']],
  );
});

test('a denial that refers back ("denied the claim") still answers the accusation', () => {
  const { claims } = buildClaims([article('a', `${ACCUSATION} Moscow denied the claim.`)]);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].kind, 'accusation');
  assert.deepEqual(
    claims[0].denials.map((d) => d.by),
    ['Moscow'],
  );
});

test('the same denied claim across articles is one claim; a report without the denial lost it', () => {
  const source = article('source', FEAR);
  const copy = article('copy', FEAR);
  const dropped = {
    ...article('dropped', 'Western governments fear those forces are being readied for an invasion.'),
    derivesFrom: { source: 'source', passages: [] },
  };
  const denied = buildClaims([source, copy, dropped]).claims.filter((c) => c.kind === 'denied');
  assert.equal(denied.length, 1);
  assert.deepEqual(denied[0].denials.map((d) => d.article).sort(), ['copy', 'source']);
  assert.deepEqual(denied[0].copies.map((x) => x.article).sort(), ['copy', 'dropped', 'source']);
  assert.deepEqual(denied[0].lostDenial, ['dropped']);
});

test('a bare "Moscow denied it" with nothing before it opens no claim', () => {
  assert.deepEqual(buildClaims([article('a', 'Moscow denied it.')]).claims, []);
});

test('an accusation answered by a trailing comment ("a charge the rebels rejected") keeps its accuser', () => {
  for (const comment of ['a charge the rebels rejected', 'which the rebels denied']) {
    const a = article('a', `The ministry accused the rebels of shelling the town, ${comment}.`);
    const accused = a.statements.find((s) => s.stance === 'accuse');
    assert.ok(accused, `${comment}: the accusation stays`);
    assert.equal(accused.speaker_name, 'The ministry');
    assert.equal(accused.content.text, 'the rebels of shelling the town');
    const denial = a.statements.find((s) => s.stance === 'deny');
    assert.ok(denial, `${comment}: the denial stays`);
    assert.equal(denial.speaker?.text, 'the rebels');
    assert.equal(
      denial.content.text,
      accused.content.text,
      'the comment answers what the accusation reports',
    );
    const { claims } = buildClaims([a]);
    const claim = claims.find((c) => c.kind === 'accusation');
    assert.ok(claim, `${comment}: an allegation`);
    assert.equal(claim.denials.length, 1, `${comment}: paired with its denial`);
  }
});
