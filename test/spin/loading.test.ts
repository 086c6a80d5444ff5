import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { NgramCounts } from '../../src/spin/model.js';
import { PairTable } from '../../src/spin/pairs.js';
import { phraseStep, type PhraseNode } from '../../src/spin/thesaurus.js';
import { multiwordLemma, startsMultiwordLemma } from '../../src/lexicon/wordnet.js';

const sorted = (t: PairTable) => [...t.entries()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);

function sameCounts(a: NgramCounts, b: NgramCounts): void {
  assert.deepEqual(b.words, a.words);
  assert.deepEqual(b.unigram, a.unigram);
  assert.equal(b.total, a.total);
  assert.deepEqual(sorted(b.pairs), sorted(a.pairs));
  assert.deepEqual(sorted(b.topic), sorted(a.topic));
  assert.deepEqual(b.topicMargin, a.topicMargin);
  assert.equal(b.topicTotal, a.topicTotal);
}

test('saved counts load back identical', () => {
  const counts = new NgramCounts();
  counts.addText('The minister said the talks would resume. Talks on the “peace process” resume in 2024.');
  counts.addText('Café owners said prices rose 12 percent; the minister said nothing.', 3);
  sameCounts(counts, NgramCounts.deserialize(counts.serialize(1, 1)));
});

test('the counts loader reads numbers that are not plain digits, and skips unknown lines', () => {
  const text = ['u\t<s>\t2', 'u\tsaid\t1e3', 'x\tignored', 'b\t0\t1\t2', 'c\t0\t1\t5', ''].join('\n');
  const counts = NgramCounts.deserialize(gzipSync(Buffer.from(text)));
  assert.deepEqual(counts.words, ['<s>', 'said']);
  assert.deepEqual(counts.unigram, [2, 1000]);
  assert.equal(counts.total, 1002);
  assert.equal(counts.pairCount(0, 1), 2);
  assert.equal(counts.topicCount(1, 0), 5);
  assert.equal(counts.topicTotal, 5);
});

test('the pair table keeps counts through growth and reservation', () => {
  const grown = new PairTable(4);
  const reserved = new PairTable(4);
  reserved.reserve(5000);
  for (let i = 0; i < 5000; i++) {
    grown.add(i % 97, i, 1 + (i % 3));
    reserved.add(i % 97, i, 1 + (i % 3));
  }
  grown.add(0, 0, 4_000_000_000); // counts are unsigned 32-bit
  assert.equal(grown.size, 5000);
  assert.deepEqual(sorted(grown).slice(1), sorted(reserved).slice(1));
  assert.equal(grown.get(0, 0), 4_000_000_001);
  assert.equal(grown.get(5, 6), 0);
  assert.equal(grown.get(-1, 3), 0);
});

test('walking a phrase word by word finds the same lemmas as WordNet', () => {
  const walk = (words: string[]): PhraseNode | undefined => {
    let node: PhraseNode | undefined;
    for (const w of words) {
      node = phraseStep(node ?? null, w);
      if (!node) return undefined;
    }
    return node;
  };
  for (const phrase of ['short lived', 'keep up', 'in vogue', 'prime minister', 'take into account']) {
    const words = phrase.split(' ');
    const node = walk(words);
    assert.equal(node?.lemma, multiwordLemma(phrase), phrase);
    assert.equal(
      walk(words.slice(0, -1))?.prefix,
      startsMultiwordLemma(words.slice(0, -1).join(' ')),
      phrase,
    );
  }
  assert.equal(walk(['minister', 'prime']), undefined);
});
