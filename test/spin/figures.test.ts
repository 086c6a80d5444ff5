import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/text/document.js';
import { findFigures, garbledFigureCount, parseFigure } from '../../src/spin/figures.js';

const doc = (text: string) =>
  buildDocument({ id: 't', text, date: null, title: null, url: null, outlet: null });

test('parseFigure reads well-formed figures and flags broken thousands groups', () => {
  assert.deepEqual(parseFigure('3,000'), { value: 3000, malformed: false });
  assert.deepEqual(parseFigure('1,234,567.5'), { value: 1234567.5, malformed: false });
  assert.deepEqual(parseFigure('12%'), { value: 12, malformed: false });
  assert.deepEqual(parseFigure('8,5000'), { value: null, malformed: true });
  assert.deepEqual(parseFigure('12,50'), { value: null, malformed: true });
  assert.deepEqual(parseFigure('3:1'), { value: null, malformed: false });
});

test('findFigures lists every figure with exact offsets', () => {
  const text = 'The mayor sent 2,000 officers and another 4,2000 stood by; turnout was 61.5%.';
  const { figures, spin } = findFigures(doc(text));
  assert.deepEqual(
    figures.map((f) => [f.text, f.value, f.malformed]),
    [
      ['2,000', 2000, false],
      ['4,2000', null, true],
      ['61.5%', 61.5, false],
    ],
  );
  for (const f of figures) assert.equal(text.slice(f.start, f.end), f.text);
  assert.equal(spin.length, 0);
});

test('a number word glued to decimals is a spun figure with the digits restored', () => {
  const text = 'Prices rose seven.2% last month.';
  const { figures, spin } = findFigures(doc(text));
  assert.equal(figures.length, 1);
  assert.equal(figures[0].text, 'seven.2%');
  assert.equal(figures[0].value, 7.2);
  assert.equal(figures[0].malformed, true);
  assert.equal(spin[0].suggestion, '7.2%');
  assert.equal(text.slice(spin[0].start, spin[0].end), 'seven.2%');
});

test('garbled figures: glued number words and thousands groups of four digits, not decimal commas', () => {
  const count = (text: string): number => garbledFigureCount(findFigures(doc(text)));
  assert.equal(count('Another 8,5000 troops and 1,8923 tanks; prices rose seven.2% last month.'), 3);
  assert.equal(count('The rate was 6,4 percent, the fee 110,00 euros and the crowd 12,000 strong.'), 0);
});
