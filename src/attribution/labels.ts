// Statements marked by layout rather than by a reporting verb: transcript lines
// ("PENCE: Well, ...") and pull quotes with their attribution line ("“...” ― Pamela Padilla").
import type { Document } from '../text/document.js';
import { isCloseQuote, isOpenQuote } from './quotes.js';
import { speakerLabel, type Frame } from './spans.js';

const NOT_SPEAKERS = new Set([
  'update',
  'note',
  'correction',
  'email',
  'photo',
  'video',
  'watch',
  'read',
  'related',
]);

/**
 * Transcript lines the tagger missed: a paragraph opening with a speaker's name in capitals
 * and a colon ("PENCE: Well, look, ..."), as in interview transcripts.
 */
function transcriptFrames(doc: Document, cues: Set<number>): Frame[] {
  const out: Frame[] = [];
  for (const p of doc.paragraphs) {
    if (p.sentenceEnd <= p.sentenceStart) continue;
    const s = doc.sentences[p.sentenceStart];
    let i = s.tokenStart;
    if (isOpenQuote(doc, i)) i++;
    const first = i;
    while (i < s.tokenEnd && i - first < 3) {
      const t = doc.tokens[i];
      if (t.kind !== 'word' || !/^\p{Lu}[\p{Lu}'.-]+$/u.test(t.text) || NOT_SPEAKERS.has(t.norm)) break;
      i++;
    }
    if (i === first || doc.tokens[i]?.text !== ':' || cues.has(i)) continue;
    const frame = speakerLabel(doc, i);
    if (frame) out.push(frame);
  }
  return out;
}

const DASHES = new Set(['―', '—', '–']);

/** A paragraph that is a quotation closed by a dash and a name of one to four words. */
function pullQuotes(doc: Document, cues: Set<number>): Frame[] {
  const out: Frame[] = [];
  for (const p of doc.paragraphs) {
    if (p.sentenceEnd <= p.sentenceStart) continue;
    const first = doc.sentences[p.sentenceStart].tokenStart;
    const end = doc.sentences[p.sentenceEnd - 1].tokenEnd;
    if (!isOpenQuote(doc, first)) continue;
    let j = end - 1;
    while (j > first && doc.tokens[j].kind === 'word' && doc.tokens[j].cap && end - j <= 4) j--;
    if (j === end - 1 || !DASHES.has(doc.tokens[j].text) || !isCloseQuote(doc, j - 1) || cues.has(j))
      continue;
    out.push({
      cue: { first: j, last: j + 1, sentence: doc.tokens[j].sentence },
      source: [j + 1, end],
      content: [[first, j]],
      rule: true,
    });
  }
  return out;
}

/** Layout-marked statements whose cue is not among `frames`' cues. */
export function labelFrames(doc: Document, frames: Frame[]): Frame[] {
  const cues = new Set(frames.map((f) => f.cue.first));
  return [...transcriptFrames(doc, cues), ...pullQuotes(doc, cues)];
}
