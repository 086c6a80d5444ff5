// The `trace --json` record of the contract (plus compatible extra fields: family, passages,
// direction, kind_signals).
import type { Change, CopyType } from '../model.js';
import type { StoredArticle, TraceRecord } from '../store/store.js';
import type { SpinVerdict } from '../spin/verdict.js';

/** For an article with no stored source: whether its wording reads as machine-spun on its own,
 *  with a few of its spun phrases (`unspin analyze` lists them all). */
export type LoneSpin = SpinVerdict & { examples: { text: string; suggestion: string }[] };

export interface TraceJson {
  id: string;
  date: string | null;
  story: string | null;
  source: { id: string; similarity: number } | null;
  copy_type: CopyType;
  changes: (Omit<Change, 'confidence'> & { confidence: number })[];
  family: string[];
  passages: TraceRecord['passages'];
  direction?: TraceRecord['direction'];
  /** The alignment measures the kind of copy was read from (copies only; docs/trace.md). */
  kind_signals?: TraceRecord['signals'];
  /** Articles with no source only (see LoneSpin). */
  spin_verdict?: LoneSpin;
  title?: string | null;
  outlet?: string | null;
  text?: string;
}

export function traceJson(
  article: StoredArticle,
  rec: TraceRecord,
  story: string | null,
  opts: { includeText?: boolean; loneSpin?: LoneSpin } = {},
): TraceJson {
  const out: TraceJson = {
    id: article.id,
    date: article.date,
    story,
    source: rec.source ? { id: rec.source.id, similarity: rec.source.similarity } : null,
    copy_type: rec.copyType,
    changes: rec.changes.map((c) => ({
      kind: c.kind,
      copy: c.copy,
      source: c.source,
      note: c.note,
      confidence: c.confidence,
    })),
    family: rec.family,
    passages: rec.passages,
  };
  if (rec.direction) out.direction = rec.direction;
  if (rec.source && Object.keys(rec.signals).length > 0) out.kind_signals = rec.signals;
  if (!rec.source && opts.loneSpin) out.spin_verdict = opts.loneSpin;
  if (article.title) out.title = article.title;
  if (article.outlet) out.outlet = article.outlet;
  if (opts.includeText) out.text = article.text;
  return out;
}
