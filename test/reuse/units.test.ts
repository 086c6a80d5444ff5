import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDocument } from '../../src/text/document.js';
import { alignDocuments } from '../../src/reuse/align.js';
import { sentenceUnits, unitHashes } from '../../src/reuse/features.js';
import { shingles } from '../../src/reuse/fingerprint.js';
import { coverageBounds, packUnits, unitsFromBytes, unitsToBytes } from '../../src/reuse/units.js';
import type { Alignment } from '../../src/reuse/align.js';
import { isDerived } from '../../src/provenance/relation.js';
import { MIN_DERIVED_COVERAGE } from '../../src/provenance/trace.js';
import { article, EDITED, INDEPENDENT, ORIGINAL, SPUN, UNRELATED, VERBATIM } from '../fixtures/articles.js';

const doc = (id: string, text: string) => buildDocument(article(id, text));

test('packed units round-trip through bytes and keep every sentence and unit', () => {
  const d = doc('o', ORIGINAL);
  const packed = packUnits(d);
  const units = sentenceUnits(d);
  assert.equal(packed[1], units.length);
  units.forEach((s, i) => assert.equal(packed[2 + i], s.length));
  const bytes = unitsToBytes(packed);
  // Stored blobs come back as unaligned byte arrays.
  const unaligned = new Uint8Array(bytes.byteLength + 1).subarray(1);
  unaligned.set(bytes);
  assert.deepEqual(unitsFromBytes(unaligned), packed);
});

test('unit hashes, computed directly or from sentence units, are the sentence units flattened', () => {
  for (const text of [
    ORIGINAL,
    VERBATIM,
    EDITED,
    SPUN,
    INDEPENDENT,
    UNRELATED,
    '',
    'One. Two 2 three, "Kirby".',
  ]) {
    const fresh = doc('a', text);
    const direct = unitHashes(fresh);
    const units = sentenceUnits(fresh);
    assert.deepEqual(
      Array.from(direct.perSentence),
      units.map((s) => s.length),
    );
    assert.deepEqual(
      Array.from(direct.hashes),
      units.flat().map((u) => u.hash),
    );
    assert.deepEqual(
      Array.from(direct.strong),
      units.flat().map((u) => (u.weight > 1 ? 1 : 0)),
    );
    // The other order: sentence units first (as tracing computes them), then their flat copy.
    const other = doc('b', text);
    sentenceUnits(other);
    const flat = unitHashes(other);
    assert.deepEqual(Array.from(flat.perSentence), Array.from(direct.perSentence));
    assert.deepEqual(Array.from(flat.hashes), Array.from(direct.hashes));
    assert.deepEqual(Array.from(flat.strong), Array.from(direct.strong));
    assert.deepEqual(shingles(other), shingles(fresh));
    assert.deepEqual(packUnits(other), packUnits(fresh));
  }
});

test('units computed another way (other stamp) or malformed are ignored', () => {
  const packed = packUnits(doc('o', ORIGINAL));
  const stale = packed.slice();
  stale[0] ^= 1;
  assert.equal(unitsFromBytes(unitsToBytes(stale)), null);
  assert.equal(unitsFromBytes(unitsToBytes(packed.subarray(0, packed.length - 1))), null);
  assert.equal(unitsFromBytes(new Uint8Array(5)), null);
});

/** Deterministic pseudo-random numbers for the property test below. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

test('coverage bounds from packed units bound what alignment covers, both ways', () => {
  const demo = readFileSync(path.join(import.meta.dirname, '..', '..', 'data', 'demo', 'story.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const texts = [ORIGINAL, VERBATIM, EDITED, SPUN, INDEPENDENT, UNRELATED, ...demo];
  // Articles mixing sentences of these texts, with words dropped, so some pairs barely align.
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?”])\s+/).filter((s) => s.length > 20));
  const rnd = lcg(11);
  const mixed = Array.from({ length: 50 }, () => {
    const n = 2 + Math.floor(rnd() * 5);
    const picked = Array.from({ length: n }, () => sentences[Math.floor(rnd() * sentences.length)]);
    return picked
      .map((s) =>
        s
          .split(' ')
          .filter(() => rnd() > 0.3)
          .join(' '),
      )
      .join(' ');
  });
  const docs = [...texts, ...mixed].map((t, i) => doc(`d${i}`, t));
  const packed = docs.map(packUnits);
  let aligned = 0;
  let screenedOut = 0;
  for (let i = 0; i < docs.length; i++) {
    for (let j = 0; j < docs.length; j++) {
      if (i === j) continue;
      const bound = coverageBounds(packed[i], packed[j]);
      const forward = alignDocuments(docs[i], docs[j]);
      const backward = alignDocuments(docs[j], docs[i]);
      // Alignment rounds coverages to 3 decimals.
      assert.ok(forward.coverageCopy <= bound.forward + 5e-4, `forward ${i} → ${j}`);
      assert.ok(backward.coverageCopy <= bound.backward + 5e-4, `backward ${i} → ${j}`);
      if (forward.pairs.length > 0) aligned++;
      else if (bound.forward === 0) screenedOut++;
    }
  }
  assert.ok(aligned > 100, `${aligned} aligned pairs`);
  assert.ok(screenedOut > 100, `${screenedOut} pairs screened out`);
});

test('tracing skips candidates below MIN_DERIVED_COVERAGE both ways: isDerived agrees', () => {
  // If the derivation rule accepts less coverage, the screen in trace.ts must follow it.
  const al = (pairs: number, coverageCopy: number): Alignment => ({
    pairs: Array.from({ length: pairs }, (_, i) => ({ a0: i, a1: i + 1, b0: i, b1: i + 1, sim: 1 })),
    passages: [],
    coverageCopy,
    coverageSource: 1,
    unquotedCoverageCopy: 1,
    wordingKept: 1,
    innerGapCopy: 0,
    innerGapSource: 0,
    meanSim: 1,
  });
  const below = Math.round(MIN_DERIVED_COVERAGE * 1000) / 1000;
  for (const n of [1, 2, 3, 8])
    for (const m of [1, 2, 8]) {
      const ev = {
        forward: al(n, below),
        backward: al(m, below),
        furnitureThis: 0,
        furnitureOther: 0,
        swapFamiliarity: 0,
        furnitureWeightThis: 0,
        earlyMentionsThis: 0,
        earlyMentionsOther: 0,
        furnitureWeightOther: 0,
        wireStyle: 0,
      };
      assert.equal(isDerived(ev), false, `${n} and ${m} pairs at coverage ${below}`);
    }
});

test('pages of hundreds of alike sentences align by their rare words, within the screen bound', () => {
  // More sentences share a copy sentence's words than alignment compares (a listing page, or
  // hostile input repeating one sentence): the sentences sharing its rarest words are compared.
  const listing = (n: number) =>
    Array.from(
      { length: n },
      (_, k) => `Shares of the company rose in trading on Monday, dealers said ${k % 7}.`,
    );
  const distinct =
    'Dealers said shares of the company rose as Pentagon spokesman John Kirby said the Russian plan involved a propaganda video.';
  const source = [...listing(600), distinct, ...listing(200)].join(' ');
  const copy = [...listing(300), distinct, ...listing(100)].join(' ');
  const a = doc('copy', copy);
  const b = doc('source', source);
  const alignment = alignDocuments(a, b);
  const pair = alignment.pairs.find((p) => p.a0 === 300);
  assert.ok(pair, 'the distinctive sentence is aligned');
  assert.equal(pair.b0, 600);
  const bound = coverageBounds(packUnits(a), packUnits(b));
  assert.ok(alignment.coverageCopy <= bound.forward + 5e-4);
  assert.ok(alignDocuments(b, a).coverageCopy <= bound.backward + 5e-4);
});
