import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEmbeddings, embeddings, encodeEmbeddings } from '../../src/lexicon/embeddings.js';

test('embeddings survive encoding and decoding', () => {
  const vectors = new Int8Array([100, 0, 0, 0, 100, 0, 70, 70, 0]);
  const e = decodeEmbeddings(encodeEmbeddings(['war', 'peace', 'truce'], 3, vectors));
  assert.equal(e.size, 3);
  assert.equal(e.index('peace'), 1);
  assert.equal(e.index('absent'), -1);
  assert.deepEqual([...e.vector(2)], [70, 70, 0]);
  assert.ok(Math.abs(e.cosine(0, 0) - 1) < 1e-6);
  assert.ok(Math.abs(e.cosine(0, 1)) < 1e-6);
  assert.ok(Math.abs(e.cosine(0, 2) - Math.SQRT1_2) < 1e-6);
});

test('a truncated embeddings file is refused', () => {
  const body = encodeEmbeddings(['a', 'b'], 2, new Int8Array([1, 2, 3, 4]));
  assert.throws(() => decodeEmbeddings(body.subarray(0, body.length - 1)), /truncated/);
  assert.throws(() => decodeEmbeddings(Buffer.from('nonsense bytes here')), /not an embeddings/);
});

test('the shipped vectors put related words near each other', () => {
  const e = embeddings();
  assert.ok(e, 'data/lexicon/glove-100d.bin.gz is part of the package');
  assert.equal(e.size, 100_000);
  assert.equal(e.words[0], 'the'); // frequency order
  const sim = (a: string, b: string) => e.cosine(e.index(a), e.index(b));
  assert.ok(sim('navy', 'naval') > 0.7);
  assert.ok(sim('navy', 'military') > sim('navy', 'banana'));
  assert.ok(sim('stated', 'said') > 0.5);
});
