// An aligned copy/source pair for a side-by-side diff: passages in copy order, with the copy's
// unmatched stretches and the source's dropped stretches as one-sided rows, and each typed
// change attached to the rows it touches. Reads a stored trace; computes no analysis.
import type { Change, ChangeKind } from '../model.js';
import type { StoredArticle, TraceRecord } from '../store/store.js';
import type { ApiChange, Pair, PairRow } from './types.js';

/** Most serious first (the order of the ChangeKind union in src/model.ts). */
export const SEVERITY: readonly ChangeKind[] = [
  'meaning_changed',
  'negation_flipped',
  'attribution_dropped',
  'quote_altered',
  'hedge_dropped',
  'name_changed',
  'number_changed',
  'sentence_inserted',
  'sentence_dropped',
  'spun_phrase',
];

function severityOf(kind: string): number {
  const i = SEVERITY.indexOf(kind as ChangeKind);
  return i < 0 ? SEVERITY.length : i;
}

/** Changes with a severity rank, most serious (then most confident) first. */
export function rankChanges(changes: Change[]): ApiChange[] {
  return changes
    .map((c) => ({
      kind: c.kind,
      copy: c.copy,
      source: c.source,
      confidence: c.confidence,
      note: c.note,
      severity: severityOf(c.kind),
    }))
    .sort(
      (a, b) =>
        a.severity - b.severity || b.confidence - a.confidence || (a.copy?.start ?? 0) - (b.copy?.start ?? 0),
    );
}

function span(text: string, start: number, end: number) {
  return { start, end, text: text.slice(start, end) };
}

function overlaps(
  a: { start: number; end: number } | null,
  b: { start: number; end: number } | null,
): boolean {
  if (!a || !b) return false;
  if (a.start === a.end) return a.start >= b.start && a.start < b.end;
  return a.start < b.end && b.start < a.end;
}

/** Non-blank stretches of [0, length) not covered by `covered` (sorted by start). */
function gaps(text: string, covered: { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const c of [...covered].sort((a, b) => a.start - b.start)) {
    if (c.start > at && text.slice(at, c.start).trim()) out.push({ start: at, end: c.start });
    at = Math.max(at, c.end);
  }
  if (at < text.length && text.slice(at).trim()) out.push({ start: at, end: text.length });
  return out.map((g) => trimRange(text, g));
}

function trimRange(text: string, r: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Paragraphs (non-blank, trimmed) of text[r.start, r.end). */
function paragraphs(text: string, r: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n\s*\n/g;
  re.lastIndex = r.start;
  let at = r.start;
  for (let m = re.exec(text); m && m.index < r.end; m = re.exec(text)) {
    out.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  out.push({ start: at, end: r.end });
  return out.filter((g) => text.slice(g.start, g.end).trim()).map((g) => trimRange(text, g));
}

/** A long passage shown paragraph by paragraph when both sides have the same number of paragraphs. */
function splitParallel(
  copyText: string,
  c: { start: number; end: number },
  sourceText: string,
  s: { start: number; end: number },
): [{ start: number; end: number }, { start: number; end: number }][] {
  const cp = paragraphs(copyText, c);
  const sp = paragraphs(sourceText, s);
  if (cp.length > 1 && cp.length === sp.length) return cp.map((x, i) => [x, sp[i]]);
  return [[c, s]];
}

export function buildPair(copy: StoredArticle, source: StoredArticle, rec: TraceRecord): Pair {
  const changes = rankChanges(rec.changes);
  const passages = [...rec.passages].sort((a, b) => a.copy.start - b.copy.start);
  const rows: PairRow[] = [];
  let copyAt = 0;
  // Copy text after `from` (up to the end of `text`) that no passage covers, as copy-only rows.
  const pushCopyOnly = (text: string, from: number) => {
    for (const g of gaps(text, [{ start: 0, end: from }]))
      rows.push({
        kind: 'copy_only',
        copy: span(copy.text, g.start, g.end),
        source: null,
        similarity: null,
        changes: [],
      });
  };
  for (const p of passages) {
    const cStart = Math.max(p.copy.start, copyAt);
    if (cStart >= p.copy.end) continue; // overlapping passage: already shown
    pushCopyOnly(copy.text.slice(0, cStart), copyAt);
    for (const [c, s] of splitParallel(copy.text, { start: cStart, end: p.copy.end }, source.text, p.source))
      rows.push({
        kind: 'aligned',
        copy: span(copy.text, c.start, c.end),
        source: span(source.text, s.start, s.end),
        similarity: p.similarity,
        changes: [],
      });
    copyAt = p.copy.end;
  }
  pushCopyOnly(copy.text, copyAt);
  // Source stretches no passage covers (dropped by the copy), each after the row that precedes it in the source.
  for (const g of gaps(
    source.text,
    passages.map((p) => p.source),
  )) {
    let at = 0;
    rows.forEach((r, i) => {
      if (r.source && r.source.end <= g.start) at = i + 1;
    });
    rows.splice(at, 0, {
      kind: 'source_only',
      copy: null,
      source: span(source.text, g.start, g.end),
      similarity: null,
      changes: [],
    });
  }
  changes.forEach((c, i) => {
    for (const r of rows) if (overlaps(c.copy, r.copy) || overlaps(c.source, r.source)) r.changes.push(i);
  });
  const side = (a: StoredArticle) => ({ id: a.id, title: a.title, outlet: a.outlet, date: a.date });
  return {
    copy: side(copy),
    source: side(source),
    copy_type: rec.copyType,
    similarity: rec.source?.similarity ?? 0,
    changes,
    rows,
  };
}
