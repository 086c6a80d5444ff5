// Sources of a cue that is the second of two coordinated predicates (coordinated-subjects.ts);
// every text here is invented, and each test fails on the extractor as it was before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, byCue } from './helpers.js';

test('"Lena Voss, who ran the depot for years and praised …": the relative pronoun of the first predicate is the source', () => {
  const s = byCue(
    analyze(
      'It is strange to see Lena Voss, who ran the depot in Harwick for years and praised its managers, now insist that the depot is badly run.',
    ),
    'praised',
  );
  assert.equal(s.speaker?.text, 'who');
  assert.equal(s.speaker_name, 'Lena Voss');
});

test('"One of the drivers, Odo Brandt, 64, had worked there — “…” — and said …": the subject across its asides', () => {
  const s = byCue(
    analyze(
      'One of the drivers, Odo Brandt, 64, had worked at the depot in Harwick - "nine long years of it" - and said he was sure the new rota would fail.',
    ),
    'said',
  );
  assert.ok(s.speaker?.text.includes('Odo Brandt'), s.speaker?.text);
});

test('"X tried to revive the label - which ran for nine years - but admitted …": a relative inside a closed aside is no source (guards the reach)', () => {
  const s = byCue(
    analyze(
      'Ray Kell has twice tried to revive Gantry - which lasted for nine years before it closed - but admitted the attempts had been "grim and lonely".',
    ),
    'admitted',
  );
  assert.notEqual(s.speaker?.text, 'which');
});
