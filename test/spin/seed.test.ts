import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildDocument } from '../../src/text/document.js';
import { analyzeSpin, restoreText } from '../../src/spin/index.js';
import { seedArticlePath } from '../../scripts/lib/seed-article.js';

const SEED = seedArticlePath();

test('seed article: the garbled figure is flagged and every finding has exact offsets', (t) => {
  if (!SEED) {
    t.skip('../shared/data/example is absent: seed article test skipped');
    return;
  }
  const text = readFileSync(SEED, 'utf8');
  const doc = buildDocument({ id: 'seed', text, date: null, title: null, url: null, outlet: null });
  const { spin, figures } = analyzeSpin(doc);
  const garbled = figures.find((f) => f.text === '8,5000');
  assert.ok(garbled);
  assert.equal(garbled.malformed, true);
  assert.equal(garbled.value, null);
  const troops = figures.find((f) => f.text === '100,000');
  assert.equal(troops?.value, 100000);
  for (const f of [...spin, ...figures]) assert.equal(text.slice(f.start, f.end), f.text);
  for (const f of spin) assert.ok(f.confidence >= 0 && f.confidence <= 1);
  assert.equal(restoreText(doc, []), text);
});
