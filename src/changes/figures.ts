// Figures corrupted anywhere in the copy, even where the sentence holding them was reworded beyond
// pairing: a copy figure the source never gives, one digit away from a source figure of the same
// unit ("36 cm" / "136cm", "45,000 years" / "45,500 years").
import type { Change } from '../model.js';
import type { Document } from '../text/document.js';
import { editDistance } from './similar.js';
import { span } from './spans.js';
import { documentWords, isContentWord, sentenceWords, type Word } from './words.js';

interface Figure {
  num: Word;
  unit: Word;
}

/** Figures followed, in the same sentence, by a content word: their unit or what they count. */
function figures(doc: Document): Figure[] {
  const ws = documentWords(doc);
  const out: Figure[] = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    const num = ws[i];
    const unit = ws[i + 1];
    if (!num.number || unit.number || unit.stop || num.key.length < 2) continue;
    if (doc.tokens[num.tok].sentence !== doc.tokens[unit.tok].sentence) continue;
    out.push({ num, unit });
  }
  return out;
}

/** Content words of the sentence holding a word, by lemma (figures by value). */
function context(doc: Document, w: Word): Set<string> {
  const s = doc.tokens[w.tok].sentence;
  return new Set(
    sentenceWords(doc, s, s + 1)
      .filter(isContentWord)
      .map((x) => (x.number ? x.key : x.lemma)),
  );
}

/** Two figures of one fact: their sentences share two content words besides the figure and unit. */
function sameFact(copy: Document, a: Figure, source: Document, b: Figure): boolean {
  const ca = context(copy, a.num);
  let shared = 0;
  for (const k of context(source, b.num))
    if (ca.has(k) && k !== a.unit.lemma && k !== a.num.key && k !== b.num.key) shared++;
  return shared >= 2;
}

export function nearFigures(copy: Document, source: Document): Change[] {
  const fa = figures(copy);
  const fb = figures(source);
  const known = new Set(documentWords(source).map((w) => w.key));
  const out: Change[] = [];
  for (const a of fa) {
    if (known.has(a.num.key)) continue;
    const b = fb.find(
      (y) =>
        y.unit.lemma === a.unit.lemma &&
        y.num.key !== a.num.key &&
        editDistance(y.num.key, a.num.key) === 1 &&
        sameFact(copy, a, source, y),
    );
    if (!b) continue;
    out.push({
      kind: 'number_changed',
      copy: span(copy, [a.num, a.unit]),
      source: span(source, [b.num, b.unit]),
      confidence: 0.6,
      note: `the source's "${source.text.slice(source.tokens[b.num.tok].start, source.tokens[b.num.tok].end)}" is given as "${copy.text.slice(copy.tokens[a.num.tok].start, copy.tokens[a.num.tok].end)}"`,
    });
  }
  return out;
}
