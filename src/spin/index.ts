// Unspinning a lone article: spun wording (thesaurus substitutions) with the likely original
// wording, and the article's figures with malformed ones flagged. See docs/spin.md.
import type { Document } from '../text/document.js';
import { SpinDetector, type DetectOptions, type SpinFinding } from './detect.js';
import { defaultOptionsFor } from './options.js';
import { findFigures, garbledFigureCount, type Figure } from './figures.js';
import { activeSpinModel, newsWordsOf, type SpinModel } from './model.js';
import { spinVerdict, type SpinVerdict } from './verdict.js';

export type { SpinFinding, DetectOptions } from './detect.js';
export type { Figure } from './figures.js';
export type { SpinVerdict } from './verdict.js';
export type { SpinModel, ModelMeta } from './model.js';
export { loadSpinModel, setSpinModel, activeSpinModel, SHIPPED_MODEL_DIR } from './model.js';
export { buildSpinModel, buildModelInMemory } from './build.js';
export { DEFAULT_DETECT_OPTIONS } from './detect.js';
export { defaultOptionsFor, NEWS_COUNTS_OPTIONS } from './options.js';

let detector: SpinDetector | null = null;
let detectorModel: SpinModel | null = null;

function detectorFor(model: SpinModel): SpinDetector {
  if (!detector || detectorModel !== model) {
    detector = new SpinDetector(model.counts, defaultOptionsFor(newsWordsOf(model)), model.substitutions);
    detectorModel = model;
  }
  return detector;
}

/** A detector over a given model and options (for evaluation and tuning); options not given
 *  are the defaults for the model (defaultOptionsFor: how much news its counts hold). */
export function createSpinAnalyzer(
  model: SpinModel,
  options: Partial<DetectOptions> = {},
): (doc: Document) => SpinAnalysis {
  const defaults = defaultOptionsFor(newsWordsOf(model));
  const d = new SpinDetector(model.counts, { ...defaults, ...options }, model.substitutions);
  return (doc) => analyzeWith(d, doc);
}

/** Spun wording with the likely originals, the article's figures, and whether it reads as spun. */
export interface SpinAnalysis {
  spin: SpinFinding[];
  figures: Figure[];
  verdict: SpinVerdict;
}

function analyzeWith(d: SpinDetector, doc: Document): SpinAnalysis {
  const scan = findFigures(doc);
  const { figures, spin: spunFigures } = scan;
  const taken = spunFigures.map((f) => [f.start, f.end] as const);
  const words = d
    .detect(doc, garbledFigureCount(scan))
    .filter((f) => !taken.some(([s, e]) => f.start < e && s < f.end));
  const spin = [...words, ...spunFigures].sort((a, b) => a.start - b.start);
  return { spin, figures, verdict: spinVerdict(doc, spin) };
}

/** Spun wording (with suggested originals) and figures of one article, using the active model. */
export function analyzeSpin(doc: Document): SpinAnalysis {
  return analyzeWith(detectorFor(activeSpinModel()), doc);
}

/** The article text with each finding's suggestion put in place of its span. */
export function restoreText(doc: Document, spin: SpinFinding[]): string {
  const sorted = [...spin].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const f of sorted) {
    if (f.start < at) continue; // overlapping findings: the first one wins
    out += doc.text.slice(at, f.start) + f.suggestion;
    at = f.end;
  }
  return out + doc.text.slice(at);
}
