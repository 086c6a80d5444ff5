import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignDocuments } from '../../src/reuse/align.js';
import { buildDocument } from '../../src/text/document.js';
import { classifyCopy, copySignals } from '../../src/provenance/classify-copy.js';
import { traceAll } from './helpers.js';
import { article, EDITED, INDEPENDENT, ORIGINAL, SPUN, UNRELATED, VERBATIM } from '../fixtures/articles.js';

const doc = (id: string, text: string) => buildDocument(article(id, text));

test('alignment pairs copy sentences with their source sentences, with offsets on both sides', () => {
  const copy = doc('c', EDITED);
  const src = doc('s', ORIGINAL);
  const al = alignDocuments(copy, src);
  assert.equal(al.pairs.length, copy.sentences.length);
  assert.ok(al.coverageCopy > 0.95);
  assert.ok(al.coverageSource < 0.85, 'the edited copy cut sentences of the source');
  for (const p of al.passages) {
    assert.ok(p.copy.end > p.copy.start && p.source.end > p.source.start);
    assert.ok(p.similarity > 0.5);
  }
  // The quoted sentence is kept word for word.
  const quote = al.passages.find((p) => EDITED.slice(p.copy.start, p.copy.end).includes('18,000 vehicles'));
  assert.ok(quote && ORIGINAL.slice(quote.source.start, quote.source.end).includes('18,000 vehicles'));
});

test('a deck restating the lead does not pair with the source sentence the lead matches', () => {
  const src = doc('s', ORIGINAL);
  const lead = src.text.slice(src.sentences[0].start, src.sentences[0].end);
  // A shortened restatement of the lead above the copied text, as pages print under a headline.
  const deck = lead
    .split(/\s+/)
    .slice(0, Math.ceil(lead.split(/\s+/).length * 0.45))
    .join(' ');
  const copy = doc('c', `${deck}\n\nBy Jane Roe\n\n${ORIGINAL}`);
  const al = alignDocuments(copy, src);
  assert.ok(
    al.pairs.every((p) => p.a0 > 0),
    'the deck is left unpaired',
  );
  assert.ok(
    al.pairs.some((p) => p.b0 === 0 && p.sim > 0.9),
    'the lead itself is paired',
  );
  // Text a copy repeats word for word keeps both pairs.
  const twice = alignDocuments(doc('t', `${lead}\n\nBy Jane Roe\n\n${ORIGINAL}`), src);
  assert.equal(twice.pairs.filter((p) => p.b0 === 0).length, 2);
});

test('unrelated text does not align', () => {
  const al = alignDocuments(doc('u', UNRELATED), doc('s', ORIGINAL));
  assert.equal(al.pairs.length, 0);
});

test('copy kinds from alignment signals', () => {
  const src = doc('s', ORIGINAL);
  const kind = (text: string) => {
    const c = doc('c', text);
    return classifyCopy(copySignals(c, src, alignDocuments(c, src)));
  };
  assert.equal(kind(VERBATIM), 'verbatim');
  assert.equal(kind(EDITED), 'edited');
  assert.equal(kind(SPUN), 'spun');
});

test('a rewrite that leaves its quotations word for word is edited; rewording them is not', () => {
  const rewrite = {
    identical: 0,
    kept: 0.77,
    substituted: 0.072,
    synonymous: 0,
    functionShift: 0.41,
    reordered: 0,
    splitMerge: 0.25,
    coverageCopy: 0.5,
    coverageSource: 0.5,
    coverageBody: 0.5,
    cut: 0.14,
    quotedWords: 19,
    quoteKept: 1,
  };
  assert.equal(classifyCopy(rewrite), 'edited');
  assert.equal(classifyCopy({ ...rewrite, quoteKept: 0.6 }), 'translated');
  // Too few quoted words to tell.
  assert.equal(classifyCopy({ ...rewrite, quotedWords: 4 }), 'translated');
});

test('trace: sources, kinds, an independent report in the same story, unrelated news apart', async () => {
  const { store, by, keyOf } = await traceAll([
    article('spun', SPUN, '2024-05-09'),
    article('original', ORIGINAL, '2024-05-07'),
    article('edited', EDITED, '2024-05-08'),
    article('verbatim', VERBATIM, '2024-05-07'),
    article('independent', INDEPENDENT, '2024-05-08'),
    article('unrelated', UNRELATED, '2024-05-08'),
  ]);
  // The original and its word-for-word syndication share a date: either may be taken as the
  // source (the contract accepts any member of a syndication family), but not both.
  const [root, twin] = by('original').source === null ? ['original', 'verbatim'] : ['verbatim', 'original'];
  assert.equal(by(root).source, null);
  assert.equal(by(root).copyType, 'original');
  assert.equal(by(twin).source?.id, root);
  assert.equal(by(twin).copyType, 'verbatim');
  for (const id of ['edited', 'spun']) {
    // Any article carrying the original's text is a right source; the earliest is preferred.
    assert.ok(['original', 'verbatim'].includes(by(id).source?.id ?? ''), `${id} ← ${by(id).source?.id}`);
  }
  assert.equal(by('spun').copyType, 'spun');
  assert.equal(by('edited').copyType, 'edited');
  assert.equal(by('independent').source, null);
  assert.equal(by('unrelated').source, null);
  const story = async (id: string) => store.storyOf(keyOf(id));
  const s = await story('original');
  for (const id of ['edited', 'spun', 'verbatim', 'independent']) assert.equal(await story(id), s, id);
  assert.notEqual(await story('unrelated'), s);
  assert.ok(by('edited').passages.length > 0);
  await store.close();
});
