// What `unspin analyze` computes for one article (in the calling thread or on a worker thread):
// its attributed statements, spun wording with the likely originals, and figures, or, with
// --restore, its text with the likely original wording put back. Plain data, so that a worker
// can send it back.
import type { Article } from '../model.js';
import { buildDocument } from '../text/document.js';
import { analyzeSpin, restoreText, type Figure, type SpinFinding, type SpinVerdict } from '../spin/index.js';
import { extractStatements, type Statement } from '../attribution/index.js';

export type ArticleAnalysis =
  | { restored: string }
  | { statements: Statement[]; spin: SpinFinding[]; figures: Figure[]; spin_verdict: SpinVerdict };

export function analyzeArticle(article: Article, restore: boolean): ArticleAnalysis {
  const doc = buildDocument(article);
  const { spin, figures, verdict } = analyzeSpin(doc);
  if (restore) return { restored: restoreText(doc, spin) };
  return { statements: extractStatements(doc), spin, figures, spin_verdict: verdict };
}
