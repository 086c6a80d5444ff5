// Statements reported within another statement's content: kept under it as `nested`, not dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildClaims } from '../../src/attribution/claims.js';
import { analyze, article, byCue } from './helpers.js';

test('a denial reported by a lawyer is the accused’s denial, nested in the lawyer’s statement', () => {
  const st = analyze('Dorian Vale, 41, has denied the charges, his lawyer said on Tuesday.');
  assert.equal(st.length, 1);
  const said = byCue(st, 'said');
  assert.match(said.content.text, /^Dorian Vale, 41, has denied the charges$/);
  assert.equal(said.nested.length, 1);
  const [denial] = said.nested;
  assert.equal(denial.speaker?.text, 'Dorian Vale');
  assert.equal(denial.speaker_name, 'Dorian Vale');
  assert.equal(denial.cue.text, 'has denied');
  assert.equal(denial.content.text, 'the charges');
  assert.equal(denial.stance, 'deny');
  assert.deepEqual(denial.nested, []);
});

test('a warning reported by officials, and words told to a source, are nested in their statements', () => {
  const st = analyze(
    'Port officials said the harbour master warned that the crane was unsafe.\n\nAccording to two inspectors, the harbour master told them the crane was unsafe.',
  );
  const said = byCue(st, 'said');
  assert.equal(said.nested.length, 1);
  assert.equal(said.nested[0].speaker?.text, 'the harbour master');
  assert.equal(said.nested[0].stance, 'warn');
  assert.equal(said.nested[0].content.text, 'that the crane was unsafe');
  const told = byCue(st, 'According to').nested;
  assert.deepEqual(
    told.map((s) => [s.speaker?.text, s.cue.text, s.content.text, s.addressee?.text]),
    [['the harbour master', 'told', 'the crane was unsafe', 'them']],
  );
});

test('guard: a statement with no statement inside it has none nested', () => {
  for (const s of analyze(
    'The mayor said the new bridge would open in the spring. “We are on time,” she added.',
  ))
    assert.deepEqual(s.nested, []);
});

test('story claims: a denial nested in a lawyer’s statement answers the accusation', () => {
  const accusation = article(
    'charge',
    'Prosecutors accused Dorian Vale of bribing two harbour inspectors in 2024.',
  );
  const reply = article(
    'reply',
    'Prosecutors accused Dorian Vale of bribing two harbour inspectors. Vale has denied bribing the inspectors, his lawyer said.',
  );
  const { claims } = buildClaims([accusation, reply]);
  const charge = claims.find((c) => c.kind === 'accusation');
  assert.ok(charge, 'the accusation is a claim');
  assert.equal(charge.accused, 'Dorian Vale');
  assert.deepEqual(
    charge.denials.map((d) => [d.article, d.by]),
    [['reply', 'Dorian Vale']],
  );
  // The lawyer reports the denial: no claim of the lawyer's is denied.
  assert.ok(!claims.some((c) => c.kind === 'denied' && /lawyer/.test(c.accuser ?? '')));
  assert.deepEqual(charge.lostDenial, ['charge']);
});
