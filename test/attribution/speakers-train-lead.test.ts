// Names of relative pronouns after a bracketed party tag (pronoun-subjects.ts); every text here is
// invented, and each test fails on the extractor as it was before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeUnfiltered as analyze, byCue } from './helpers.js';

test('"Del. Rupert K. Vane (D-Ashford), a lawyer who chairs …": "who" is the person, not the party tag', () => {
  const s = byCue(
    analyze(
      'The bill has drawn fire from both parties. Del. Rupert K. Vane (D-Ashford), a corporate attorney who chairs the panel and considers the measure premature, said the state should wait.',
    ),
    'considers',
  );
  assert.equal(s.speaker?.text, 'who');
  assert.equal(s.speaker_name, 'Rupert K. Vane');
});
