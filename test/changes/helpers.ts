// Shared helper for the change-report tests: align a copy with its source and report.
import type { Change, ChangeKind, CopyType } from '../../src/model.js';
import { buildDocument } from '../../src/text/document.js';
import { alignDocuments } from '../../src/reuse/align.js';
import { changeReport } from '../../src/changes/index.js';

const art = (id: string, text: string) => ({ id, text, date: null, title: null, url: null, outlet: null });

export function report(source: string, copy: string, copyType?: CopyType): Change[] {
  const c = buildDocument(art('copy', copy));
  const s = buildDocument(art('source', source));
  return changeReport(c, s, alignDocuments(c, s), { copyType });
}

export function kinds(changes: Change[]): ChangeKind[] {
  return changes.map((c) => c.kind);
}

/** A neutral story around the sentence under test, so alignment has context on both sides. */
export function story(middle: string): string {
  return [
    'The ministry published its annual budget review for the northern provinces on Tuesday morning.',
    middle,
    'Farmers in the valley have complained for years about the state of the irrigation canals.',
    'Local councils are expected to vote on the spending plans before the end of the month.',
  ].join(' ');
}
