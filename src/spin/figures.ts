// Figures in an article: every number token, its value where it is well formed, and a flag when it
// is malformed the way spinners and bad copies garble numbers: thousands groups that are not three
// digits ("8,5000"), or digits before a decimal point written as a word ("three.9%").
import type { Document } from '../text/document.js';
import { loadPairs } from '../lexicon/load.js';
import type { SpinFinding } from './detect.js';

export interface Figure {
  text: string;
  start: number;
  end: number;
  value: number | null;
  malformed: boolean;
}

const SUFFIX_RE = /(?:%|st|nd|rd|th|s)$/;
const WELL_FORMED_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const COMMA_NUMBER_RE = /^\d+(?:,\d+)+(?:\.\d+)?$/;

let numberWords: ReadonlyMap<string, string> | null = null;
function numberWordValue(norm: string): number | null {
  numberWords ??= loadPairs('spin-number-words');
  const v = numberWords.get(norm);
  return v === undefined ? null : Number(v);
}

/** Value and malformedness of a number token's text ("8,5000" → null, malformed). */
export function parseFigure(text: string): { value: number | null; malformed: boolean } {
  const body = text.replace(SUFFIX_RE, '');
  if (WELL_FORMED_RE.test(body)) return { value: Number(body.replace(/,/g, '')), malformed: false };
  if (COMMA_NUMBER_RE.test(body)) return { value: null, malformed: true };
  // Times, scores, dates and version-like numbers ("3:1", "10.02.2022") are figures without a value.
  return { value: null, malformed: false };
}

export interface FigureScan {
  figures: Figure[];
  /** Spun figures ("three.9%") as findings with the digits put back. */
  spin: SpinFinding[];
}

/** A group of four or more digits after a thousands comma ("8,5000"). Unlike a decimal comma
 *  ("6,4", "110,00"), no way of writing numbers makes it: 9 of 22,233 news-corpus articles
 *  hold one. */
const GARBLED_GROUP_RE = /^\d+(?:,\d+)*,\d{4,}(?:\.\d+)?(?:%|st|nd|rd|th|s)?$/;

/**
 * Figures garbled the way machine rewriting garbles them: a number word glued to decimals
 * ("three.9%": a spinner wrote a word for the digits) or a thousands group of four or more digits
 * ("8,5000"). Evidence that the article was machine-rewritten (article-evidence.ts).
 */
export function garbledFigureCount(scan: FigureScan): number {
  let n = scan.spin.length;
  for (const f of scan.figures) if (f.malformed && f.value === null && GARBLED_GROUP_RE.test(f.text)) n++;
  return n;
}

export function findFigures(doc: Document): FigureScan {
  const figures: Figure[] = [];
  const spin: SpinFinding[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'word' && i + 2 < toks.length) {
      const dot = toks[i + 1];
      const digits = toks[i + 2];
      // The layout first: the number-word lookup only for a word glued to "." and digits.
      const wordValue =
        dot.text === '.' && dot.start === t.end && digits.kind === 'number' && digits.start === dot.end
          ? numberWordValue(t.norm)
          : null;
      if (wordValue !== null && /^\d+%?$/.test(digits.text)) {
        const text = doc.text.slice(t.start, digits.end);
        const fraction = digits.text.replace('%', '');
        const suggestion = `${wordValue}.${digits.text}`;
        figures.push({
          text,
          start: t.start,
          end: digits.end,
          value: Number(`${wordValue}.${fraction}`),
          malformed: true,
        });
        spin.push({ text, start: t.start, end: digits.end, suggestion, confidence: 0.9 });
        i += 2;
        continue;
      }
    }
    if (t.kind !== 'number') continue;
    const { value, malformed } = parseFigure(t.text);
    figures.push({ text: t.text, start: t.start, end: t.end, value, malformed });
  }
  return { figures, spin };
}
