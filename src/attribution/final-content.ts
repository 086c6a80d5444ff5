// What a candidate's content will finally be, for the statement filter. The filter judges each
// candidate before quotations are followed, contents clipped and the learned end model cuts them;
// so the steps after the filter run first on a copy of all candidates (settle.ts), and the filter
// also sees each content as those steps leave it: its length, where and how far the end model
// cut it and how sure it was, its last word, whether it runs to the sentence end, whether it holds
// a finite verb, whether it falls inside another candidate's settled content.
import type { Document } from '../text/document.js';
import { mix, type TokenHashes } from './features.js';
import { makeFrame, type Frame } from './frame.js';
import { ContentCoverage } from './coverage.js';
import { inContent } from './nesting.js';
import { settleFrames, type EndMemo, type EndNote, type EndSettings } from './settle.js';
import { FINITE } from './sources.js';

import type { TokenRange } from './spans.js';

/** A candidate's content as the steps after the filter leave it when every candidate is kept. */
export interface FinalContent {
  pieces: TokenRange[];
  /** What the end model did to its last piece after the cue, or null (no piece after the cue). */
  note: EndNote | null;
  /** Its cue falls inside another candidate's settled content. */
  nested: boolean;
}

/** The settled content of each candidate (in the order of `candidates`, which are not changed). */
export function finalContents(
  doc: Document,
  h: TokenHashes,
  candidates: readonly Frame[],
  end: EndSettings,
  memo: EndMemo | null = null,
): FinalContent[] {
  const copies: Frame[] = [];
  for (const f of candidates) {
    const pieces: TokenRange[] = [];
    for (const [s, e] of f.content) pieces.push([s, e]);
    const copy = makeFrame(f.cue, f.source, pieces, f.rule, f.layout);
    copy.answersFrom = f.answersFrom;
    copies.push(copy);
  }
  const notes = new Map<Frame, EndNote>();
  const settled = settleFrames(doc, h, copies, end, notes, memo);
  const coverage = new ContentCoverage(
    copies.map((c) => c.cue.first),
    settled,
  );
  const out: FinalContent[] = [];
  for (const c of copies) {
    let nested = false;
    for (const g of coverage.at(c.cue.first)) if (g !== c && inContent(c.cue.first, g)) nested = true;
    out.push({ pieces: c.content, note: notes.get(c) ?? null, nested });
  }
  return out;
}

function bucket(n: number): number {
  return n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 12 ? 6 : n <= 20 ? 7 : n <= 35 ? 8 : 9;
}

/** Does a content ending before token `end` run to its sentence's end (final marks aside)? */
function runsToSentenceEnd(doc: Document, end: number): boolean {
  const sentence = doc.tokens[end - 1].sentence;
  let j = end;
  while (j < doc.tokens.length && doc.tokens[j].sentence === sentence && doc.tokens[j].kind === 'punct') j++;
  return j >= doc.tokens.length || doc.tokens[j].sentence !== sentence;
}

/** Features of a candidate's final content, written into out from k; returns the new count. */
export function finalContentFeatures(
  doc: Document,
  h: TokenHashes,
  f: Frame,
  fin: FinalContent,
  cueLast: number,
  score: number,
  out: Uint32Array,
  k: number,
): number {
  let words = 0;
  let finite = 0;
  let lastWord = -1;
  for (const [s, e] of fin.pieces)
    for (let i = s; i < e; i++) {
      const t = doc.tokens[i];
      if (t.kind === 'punct') continue;
      words++;
      lastWord = i;
      if (FINITE.has(t.norm)) finite = 1;
    }
  const length = bucket(words);
  const note = fin.note;
  // 0: no end decision; 1: ran on; 2+: cut, by how many tokens (bucketed).
  const cut = !note ? 0 : note.after >= note.before ? 1 : 2 + bucket(note.before - note.after);
  const margin = !note ? 99 : Math.max(-6, Math.min(6, Math.round(note.margin / 3))) | 0;
  const endToken = fin.pieces.length > 0 ? fin.pieces[fin.pieces.length - 1][1] : -1;
  const s = doc.sentences[f.cue.sentence];
  const toEnd = endToken > 0 && runsToSentenceEnd(doc, endToken) ? 1 : 0;
  const last = lastWord >= 0 ? h.word[lastWord] : 0;
  const lastCluster = lastWord >= 0 ? h.cluster[lastWord] >> 2 : 0xfff;
  const after = endToken >= 0 && endToken < s.tokenEnd ? h.word[endToken] : 1;
  const nested = fin.nested ? 1 : 0;
  out[k++] = mix(260, length);
  out[k++] = mix(261, length, cueLast);
  out[k++] = mix(262, cut);
  out[k++] = mix(263, cut, cueLast);
  out[k++] = mix(264, margin);
  out[k++] = mix(265, margin, cut > 1 ? 1 : 0);
  out[k++] = mix(266, last);
  out[k++] = mix(267, lastCluster);
  out[k++] = mix(268, lastCluster, cut > 1 ? 1 : 0);
  out[k++] = mix(269, toEnd, length);
  out[k++] = mix(270, finite, length);
  out[k++] = mix(271, finite, cueLast);
  out[k++] = mix(272, words === 0 ? 1 : 0, score >= 0 ? 1 : 0);
  out[k++] = mix(273, nested, score >= 0 ? 1 : 0);
  out[k++] = mix(274, nested, cueLast);
  out[k++] = mix(275, after, cut > 1 ? 1 : 0);
  return k;
}
