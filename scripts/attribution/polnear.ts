// Reads the PolNeAR attribution JSONL (../shared/data/attribution/) into Documents with
// gold spans. Used by the training and evaluation scripts only; no corpus text ships.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocument, type Document } from '../../src/text/document.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const POLNEAR_DIR = resolve(REPO_ROOT, '../shared/data/attribution');

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
  fragments?: { start: number; end: number; text: string }[];
}
export interface GoldAttribution {
  id: string;
  source: GoldSpan | null;
  cue: GoldSpan | null;
  content: GoldSpan;
  type: string;
}
export interface GoldArticle {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

export function polnearPath(split: 'train' | 'dev'): string {
  return resolve(POLNEAR_DIR, `polnear_${split}.jsonl`);
}

/** The split's articles, or null (with a message) when the shared data is absent. */
export function loadSplit(split: 'train' | 'dev'): GoldArticle[] | null {
  const path = polnearPath(split);
  if (!existsSync(path)) {
    console.log(
      `skipped: PolNeAR ${split} split not found at ../shared/data/attribution/ (shared data absent)`,
    );
    return null;
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldArticle);
}

export function toDocument(a: GoldArticle): Document {
  return buildDocument({ id: a.id, text: a.text, date: null, title: null, url: null, outlet: null });
}

/** Per-token cue labels (0 = O, 1 = B, 2 = I) from the gold cue spans. */
export function goldCueLabels(doc: Document, gold: GoldArticle): number[] {
  const labels = new Array<number>(doc.tokens.length).fill(0);
  for (const a of gold.attributions) {
    if (!a.cue) continue;
    const pieces = a.cue.fragments?.length ? a.cue.fragments : [a.cue];
    let first = true;
    doc.tokens.forEach((t, i) => {
      if (pieces.some((p) => t.start < p.end && t.end > p.start)) {
        labels[i] = first ? 1 : 2;
        first = false;
      }
    });
  }
  return labels;
}

/** Token range [first, end) of the tokens overlapping a character span, or null when none. */
export function tokenRange(doc: Document, span: { start: number; end: number }): [number, number] | null {
  let first = -1;
  let end = -1;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (t.end <= span.start) continue;
    if (t.start >= span.end) break;
    if (first < 0) first = i;
    end = i + 1;
  }
  return first < 0 ? null : [first, end];
}

const SCORER_TOKEN = /\w+|[^\w\s]/gu;

/** The scorer's tokens of a text (word runs and single punctuation marks) as [start, end) offsets. */
export function scorerTokens(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(SCORER_TOKEN)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

/** Indexes of the scorer tokens sharing a character with any of the pieces. */
export function scorerTokenSet(
  tokens: { starts: number[]; ends: number[] },
  pieces: { start: number; end: number }[],
): Set<number> {
  const out = new Set<number>();
  for (const p of pieces) {
    let lo = 0;
    let hi = tokens.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens.ends[mid] <= p.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.starts.length && tokens.starts[i] < p.end; i++) out.add(i);
  }
  return out;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union ? inter / union : 0;
}
