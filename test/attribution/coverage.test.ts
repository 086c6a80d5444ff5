// The nesting rules ask which statements' contents hold a cue through an index (coverage.ts)
// rather than by comparing every pair: it must list every frame whose content holds the
// position, and the extractor must give the same statements on an article of many statements.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ContentCoverage } from '../../src/attribution/coverage.js';
import { cueAt, makeFrame } from '../../src/attribution/frame.js';
import { extractStatements } from '../../src/attribution/index.js';
import { inContent } from '../../src/attribution/nesting.js';
import type { Frame, TokenRange } from '../../src/attribution/spans.js';
import { docOf } from './helpers.js';

/** A small deterministic generator (the test must not depend on Math.random). */
function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

test('coverage lists exactly the frames whose content holds each asked position', () => {
  const random = lcg(7);
  const frames: Frame[] = [];
  for (let k = 0; k < 200; k++) {
    const pieces: TokenRange[] = [];
    let at = Math.floor(random() * 900);
    for (let p = 0; p < 1 + Math.floor(random() * 3); p++) {
      const end = at + 1 + Math.floor(random() * 40);
      pieces.push([at, end]);
      at = end + 1 + Math.floor(random() * 10);
    }
    frames.push(makeFrame(cueAt(Math.floor(random() * 1000), 0), null, pieces));
  }
  const positions = frames.map((f) => f.cue.first);
  const coverage = new ContentCoverage(positions, frames);
  for (const i of positions) {
    const expected = frames.filter((f) => inContent(i, f));
    assert.deepEqual([...coverage.at(i)], expected, `position ${i}`);
  }
  assert.deepEqual([...coverage.at(-5)], []);
  // A frame given new content is found there once added again.
  const moved = frames[0];
  const target = positions.find((i) => !inContent(i, moved)) ?? 0;
  moved.content = [[target, target + 1]];
  coverage.add(moved);
  assert.ok(coverage.at(target).includes(moved));
});

test('an article of many statements gives each sentence the statements it gives alone', () => {
  const sentence = (n: number) =>
    `Officials said the plan, he added, was ${n}. “We will see,” she said, and they warned that it would fail.`;
  const alone = extractStatements(docOf(sentence(1))).map((s) => [
    s.cue.text,
    s.content.text,
    s.speaker?.text,
  ]);
  assert.ok(alone.length >= 2);
  const many = extractStatements(
    docOf(Array.from({ length: 400 }, (_, k) => sentence(1 + (k % 9))).join(' ')),
  );
  assert.equal(many.length, 400 * alone.length);
  const first = many.slice(0, alone.length).map((s) => [s.cue.text, s.content.text, s.speaker?.text]);
  assert.deepEqual(first, alone);
});
