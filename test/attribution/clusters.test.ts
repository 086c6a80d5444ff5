import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CLUSTER_TABLE_PATH, NO_CLUSTER, wordCluster } from '../../src/attribution/clusters.js';
import { embeddings } from '../../src/lexicon/embeddings.js';

test('the word-cluster table covers the shipped word vectors, one path of 11 bits per word', () => {
  const glove = embeddings();
  assert.ok(glove, 'word vectors missing');
  const rows = readFileSync(CLUSTER_TABLE_PATH, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  assert.equal(rows.length, glove.size);
  assert.ok(readFileSync(CLUSTER_TABLE_PATH, 'utf8').includes('Public Domain Dedication and License'));
  for (const w of [glove.words[0]!, glove.words[50_000]!, glove.words[glove.size - 1]!]) {
    const c = wordCluster(w);
    assert.ok(c >= 0 && c < 2048, `${w}: ${c}`);
  }
});

test('reporting verbs used alike share clusters; unknown words have none', () => {
  // Clusters among 512 (path >> 2) and 128 (path >> 4).
  assert.equal(wordCluster('insisted') >> 2, wordCluster('stressed') >> 2);
  assert.equal(wordCluster('warned') >> 4, wordCluster('cautioned') >> 4);
  assert.notEqual(wordCluster('insisted') >> 2, wordCluster('banana') >> 2);
  for (const w of ['', 'zzxqv', 'Said']) assert.equal(wordCluster(w), NO_CLUSTER, w);
});

test('the compact cluster table answers as a map of the file’s lines does', () => {
  const lines = readFileSync(CLUSTER_TABLE_PATH, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  const map = new Map(lines.map((l) => [l.slice(0, l.indexOf('\t')), Number(l.slice(l.indexOf('\t') + 1))]));
  for (const [word, cluster] of map) assert.equal(wordCluster(word), cluster, word);
  for (const word of ['', 'zzxqv', 'Said', 'the ', 'th', 'thee', 'naïve', 'café', 'said\t'])
    assert.equal(wordCluster(word), map.get(word) ?? NO_CLUSTER, word);
});
