import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupDenials } from '../../src/report/claim-denials.js';

test('denials are shown once per speaker and wording, with the articles carrying them', () => {
  const groups = groupDenials([
    { article: 'a', by: 'Kremlin', text: 'the idea that it intends to attack' },
    { article: 'b', by: 'Moscow', text: 'those forces are being readied' },
    { article: 'c', by: 'Moscow', text: 'those forces are being readied' },
    { article: 'c', by: 'Moscow', text: 'those forces are being readied' },
    { article: 'd', by: null, text: 'those forces are being readied' },
  ]);
  assert.deepEqual(groups, [
    { by: 'Moscow', text: 'those forces are being readied', articles: ['b', 'c'] },
    { by: 'Kremlin', text: 'the idea that it intends to attack', articles: ['a'] },
    { by: null, text: 'those forces are being readied', articles: ['d'] },
  ]);
});
