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
