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
  | { statements: Statement[]; spin: SpinFinding[]; figures: Figure[]; spin_verdict: SpinVerdict }
  | { failed: string };

/**
 * The analysis of one article; an article whose text trips an analyser comes back as `failed`
 * with the reason, so that the command reports it and goes on with the rest.
 */
export function analyzeArticle(article: Article, restore: boolean): ArticleAnalysis {
  try {
    const doc = buildDocument(article);
    const { spin, figures, verdict } = analyzeSpin(doc);
    if (restore) return { restored: restoreText(doc, spin) };
    return { statements: extractStatements(doc), spin, figures, spin_verdict: verdict };
  } catch (e) {
    return { failed: e instanceof Error ? e.message : String(e) };
  }
}
