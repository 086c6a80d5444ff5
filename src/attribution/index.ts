// Attribution: who says what. extractStatements(doc) finds cues with a trained tagger, then
// each cue's source and content from the shape of the reporting clause, resolves the
// speaker's name and classifies the stance of the statement.
import type { Span } from '../model.js';
import type { Document } from '../text/document.js';
import { findCues } from './cues.js';
import { resolveSpeakers } from './speakers.js';
import { clipOverlaps, frameOf, trimPiece, type Frame, type TokenRange } from './spans.js';
import { stanceOf } from './stance.js';
import type { ContentSpan, Statement, StatementType } from './types.js';

export type { Statement, Stance, StatementType, ContentSpan } from './types.js';
export { STANCES } from './types.js';

function charSpan(doc: Document, [s, e]: TokenRange): Span {
  const start = doc.tokens[s].start;
  const end = doc.tokens[e - 1].end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** direct: every word of the content is quoted (a leading "that" aside); indirect: none is; else mixed. */
function typeOf(doc: Document, pieces: TokenRange[]): StatementType {
  let quoted = 0;
  let plain = 0;
  for (const [s, e] of pieces) {
    for (let i = s; i < e; i++) {
      const t = doc.tokens[i];
      if (t.kind === 'punct') continue;
      if (i === s && t.norm === 'that') continue;
      if (t.quoted) quoted++;
      else plain++;
    }
  }
  if (quoted > 0 && plain === 0) return 'direct';
  if (quoted === 0) return 'indirect';
  return 'mixed';
}

function contentSpan(doc: Document, pieces: TokenRange[]): ContentSpan {
  const whole = charSpan(doc, [pieces[0][0], pieces[pieces.length - 1][1]]);
  if (pieces.length === 1) return whole;
  return { ...whole, fragments: pieces.map((p) => charSpan(doc, p)) };
}

/** The frames (token ranges) behind the statements; exported for evaluation and tests. */
export function extractFrames(doc: Document): Frame[] {
  const frames: Frame[] = [];
  for (const cue of findCues(doc)) {
    const frame = frameOf(doc, cue);
    if (frame) frames.push(frame);
  }
  clipOverlaps(doc, frames);
  for (const f of frames) {
    f.content = f.content.map((p) => trimPiece(doc, p)).filter(([s, e]) => e > s);
  }
  return frames.filter((f) => f.content.length > 0);
}

export function extractStatements(doc: Document): Statement[] {
  const frames = extractFrames(doc);
  const names = resolveSpeakers(doc, frames);
  return frames.map((f, k) => {
    const cue = charSpan(doc, [f.cue.first, f.cue.last]);
    return {
      speaker: f.source ? charSpan(doc, f.source) : null,
      speaker_name: names[k],
      cue,
      content: contentSpan(doc, f.content),
      type: typeOf(doc, f.content),
      stance: stanceOf(doc, f),
    };
  });
}
