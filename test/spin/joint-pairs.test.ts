// Two replacements in a row scored together by the news LM (SpinDetector.jointLm): the exact
// joint verdict, and the lattice's step between two replacement nodes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/text/document.js';
import { shippedNewsLm, NO_WORD } from '../../src/spin/news-lm.js';
import { SentenceLm } from '../../src/spin/lm-context.js';
import { bestPath, type LatticeNode } from '../../src/spin/lattice.js';
import type { AssociationScorer } from '../../src/spin/scoring.js';
import type { CandidateIds } from '../../src/spin/candidate-lists.js';
import { JointLmPairs } from '../../src/spin/joint-pairs.js';
import { latticeNode } from './lattice-node.js';

/** A one-word replacement node of `c` at token `start`, with no scores of its own. */
function replacementNode(slm: SentenceLm, c: CandidateIds, start: number): LatticeNode {
  return latticeNode(start, 0, c.text, { lmWord: slm.oneWordId(c) });
}

const candidate = (text: string): CandidateIds => ({ text }) as CandidateIds;

test('joint LM verdict: both candidates in place, against the sentence as written, term by term', () => {
  const lm = shippedNewsLm();
  assert.ok(lm, 'the shipped news LM');
  const text = 'Moscow would stage navy gear used by Ukraine.';
  const doc = buildDocument({ id: 't', text, date: null, title: null, url: null, outlet: null });
  const toks = doc.tokens;
  const slm = new SentenceLm(lm);
  const ids = Int32Array.from(toks, (t) => (t.kind === 'word' ? slm.wordId(t.norm) : NO_WORD));
  slm.reset(toks, ids, 0, toks.length);
  const navy = toks.findIndex((t) => t.norm === 'navy');
  const military = candidate('military');
  const equipment = candidate('equipment');
  const single1 = slm.delta(military, navy, 1);
  const single2 = slm.delta(equipment, navy + 1, 1);
  const joint = slm.jointDelta(slm.candidateIds(military), navy, 1, slm.candidateIds(equipment), 1);
  // The whole sentence's log P, computed directly.
  const sentence = (words: string[]): number => {
    const seq = [lm.start, ...words.map((w) => lm.find(w)), lm.end];
    return lm.span(seq, seq.length, 1, seq.length, 0);
  };
  const written = ['moscow', 'would', 'stage', 'navy', 'gear', 'used', 'by', 'ukraine'];
  const withBoth = [...written];
  withBoth.splice(3, 2, 'military', 'equipment');
  const withFirst = [...written];
  withFirst[3] = 'military';
  const withSecond = [...written];
  withSecond[4] = 'equipment';
  const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-6, `${a} vs ${b}`);
  close(joint, sentence(withBoth) - sentence(written));
  close(single1, sentence(withFirst) - sentence(written));
  close(single2, sentence(withSecond) - sentence(written));
  // Each single verdict was read next to the other's spun word: together they earn more.
  assert.ok(joint - single1 - single2 > 0, `${joint} - ${single1} - ${single2}`);
  // The detector's term reads only the junction's terms, and its bound holds.
  const pairs = new JointLmPairs(slm, 1);
  const node = (c: CandidateIds, at: number) => replacementNode(slm, c, at);
  const left = node(military, navy);
  const right = node(equipment, navy + 1);
  close(pairs.term(left, right), joint - single1 - single2);
  assert.ok(pairs.bound(left, right) >= pairs.term(left, right));
  // Split for the dominance check: each side's part plus the other's.
  close(pairs.boundWithLeft(left) + pairs.asRight(right.lmWord, navy + 1), pairs.bound(left, right));
  close(pairs.boundWithRight(right.lmWord, navy) + pairs.asLeft(left.lmWord, navy), pairs.bound(left, right));
});

test('lattice: two replacements in a row that lose alone win with their joint term', () => {
  // Pair scores all 0: only the nodes' inner scores and the joint term count.
  const scorer = { logP: () => 0, logPBound: () => 0 } as unknown as AssociationScorer;
  const node = latticeNode;
  const start = node(0, 0, null);
  start.end = 0;
  // Three tokens; tokens 1 and 2 may each be replaced, at a loss of 2 nats alone.
  const lattice = [
    [node(0, 0, null)],
    [node(1, 0, null), node(1, -2, 'military')],
    [node(2, 0, null), node(2, -2, 'equipment')],
  ];
  const link = new Float64Array(4);
  const suggestions = (path: LatticeNode[]) => path.map((n) => n.suggestion);
  assert.deepEqual(suggestions(bestPath(lattice, 3, start, link, scorer)), [null, null, null]);
  const calls: string[] = [];
  const joint = {
    term: (left: LatticeNode, right: LatticeNode): number => {
      calls.push(`${left.suggestion} ${right.suggestion}`);
      return 5;
    },
    bound: () => 5,
  };
  assert.deepEqual(suggestions(bestPath(lattice, 3, start, link, scorer, joint)), [
    null,
    'military',
    'equipment',
  ]);
  // Read only between two replacements.
  assert.deepEqual(calls, ['military equipment']);
  // A joint term too small to pay for both changes leaves the written words.
  assert.deepEqual(
    suggestions(bestPath(lattice, 3, start, link, scorer, { term: () => 3.9, bound: () => 3.9 })),
    [null, null, null],
  );
});

test('joint term: the junction terms equal the joint verdict less the single ones, next to words the LM lacks too', () => {
  const lm = shippedNewsLm();
  assert.ok(lm, 'the shipped news LM');
  const slm = new SentenceLm(lm);
  const pairs = new JointLmPairs(slm, 1);
  const cases: Array<[string, string, string, string]> = [
    ['They demanded safety ensures, the Kremlin said.', 'safety', 'security', 'guarantees'],
    ['They demanded qzxvw ensures from the West.', 'qzxvw', 'security', 'guarantees'],
    ['They demanded safety qzxvw from the West.', 'safety', 'security', 'guarantees'],
    ['Prices rose 5 navy gear yesterday', 'navy', 'military', 'equipment'],
    ['The stage of navy gear', 'navy', 'military', 'equipment'],
  ];
  for (const [text, at, first, second] of cases) {
    const doc = buildDocument({ id: 't', text, date: null, title: null, url: null, outlet: null });
    const toks = doc.tokens;
    const ids = Int32Array.from(toks, (t) => (t.kind === 'word' ? slm.wordId(t.norm) : NO_WORD));
    slm.reset(toks, ids, 0, toks.length);
    const i = toks.findIndex((t) => t.norm === at);
    const a = candidate(first);
    const b = candidate(second);
    const expected =
      slm.jointDelta(slm.candidateIds(a), i, 1, slm.candidateIds(b), 1) -
      slm.delta(a, i, 1) -
      slm.delta(b, i + 1, 1);
    const node = (c: CandidateIds, start: number) => replacementNode(slm, c, start);
    const term = pairs.term(node(a, i), node(b, i + 1));
    assert.ok(Math.abs(term - expected) < 1e-6, `${text}: ${term} vs ${expected}`);
    assert.ok(pairs.bound(node(a, i), node(b, i + 1)) >= term, text);
  }
});

test('joint term: two replacements by the same word in a row are ruled out', () => {
  const lm = shippedNewsLm();
  assert.ok(lm, 'the shipped news LM');
  const slm = new SentenceLm(lm);
  const pairs = new JointLmPairs(slm, 1);
  const doc = buildDocument({
    id: 't',
    text: 'They agreed to improve monetary financial cooperation.',
    date: null,
    title: null,
    url: null,
    outlet: null,
  });
  const toks = doc.tokens;
  const ids = Int32Array.from(toks, (t) => (t.kind === 'word' ? slm.wordId(t.norm) : NO_WORD));
  slm.reset(toks, ids, 0, toks.length);
  const i = toks.findIndex((t) => t.norm === 'monetary');
  const economic = candidate('economic');
  const left = replacementNode(slm, economic, i);
  const right = replacementNode(slm, economic, i + 1);
  assert.equal(pairs.term(left, right), -Infinity);
  assert.equal(pairs.bound(left, right), -Infinity);
  assert.equal(pairs.slack(left.lmWord, right.lmWord, i), -Infinity);
  // A different word after it keeps its term.
  const other = replacementNode(slm, candidate('fiscal'), i + 1);
  assert.ok(Number.isFinite(pairs.term(left, other)));
});
