import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NgramCounts, TOPIC_WINDOW } from '../../src/spin/model.js';
import { AssociationScorer } from '../../src/spin/scoring.js';

test('content words close together in a sentence co-occur in the topic counts', () => {
  const counts = new NgramCounts();
  counts.addText('The army moved heavy military equipment to the border. Farmers planted wheat.');
  const id = (w: string) => counts.find(w);
  assert.ok(counts.topicCount(id('military'), id('equipment')) > 0);
  assert.equal(
    counts.topicCount(id('military'), id('equipment')),
    counts.topicCount(id('equipment'), id('military')),
  );
  assert.ok(counts.topicCount(id('army'), id('equipment')) > 0);
  // Stop words take no part; words of different sentences never co-occur.
  assert.equal(counts.topicCount(id('the'), id('army')), 0);
  assert.equal(counts.topicCount(id('border'), id('farmers')), 0);
});

test('co-occurrence stops at the window', () => {
  const words = Array.from({ length: TOPIC_WINDOW + 2 }, (_, i) => `word${String.fromCharCode(97 + i)}x`);
  const counts = new NgramCounts();
  counts.addText(`${words.join(' ')}.`);
  const first = counts.find(words[0]);
  assert.ok(counts.topicCount(first, counts.find(words[TOPIC_WINDOW])) > 0);
  assert.equal(counts.topicCount(first, counts.find(words[TOPIC_WINDOW + 1])), 0);
});

test('topic counts and margins survive saving and loading', () => {
  const counts = new NgramCounts();
  for (let i = 0; i < 3; i++) counts.addText('Security guarantees matter for peace talks.');
  const loaded = NgramCounts.deserialize(counts.serialize(1, 2));
  const pair = (c: NgramCounts) => c.topicCount(c.find('security'), c.find('guarantees'));
  assert.equal(pair(loaded), pair(counts));
  assert.equal(loaded.topicTotal, counts.topicTotal);
  assert.equal(loaded.topicMargin[loaded.find('peace')], counts.topicMargin[counts.find('peace')]);
});

test('the topic fit prefers the word seen among the same content words', () => {
  const counts = new NgramCounts();
  for (let i = 0; i < 5; i++) {
    counts.addText('Troops moved military equipment to the border.');
    counts.addText('The navy sailed blue ships across warm oceans.');
  }
  const scorer = new AssociationScorer(counts, 2);
  const context = ['troops', 'equipment', 'border'].map((w) => counts.find(w));
  const fit = (w: string) => scorer.topicFit(counts.find(w), context);
  assert.ok(fit('military') > 0);
  assert.ok(fit('military') > fit('navy'));
  assert.equal(scorer.topicFit(-1, context), 0);
});
