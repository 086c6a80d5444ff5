// Recall of the change report on the hand-labelled copies of the story clusters
// (../shared/data/story-clusters/*.json): each labelled change counts as found when a reported
// change of the same kind overlaps its copy text. Every reported change is listed for reading.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Change, ChangeKind } from '../../src/model.js';
import { buildDocument } from '../../src/text/document.js';
import { alignDocuments } from '../../src/reuse/align.js';
import { changeReport } from '../../src/changes/index.js';
import { classifyCopy, copySignals } from '../../src/provenance/classify-copy.js';

interface LabelChange {
  kind: ChangeKind;
  copy_text: string;
  source_text: string | null;
}
interface ClusterArticle {
  id: string;
  text: string;
  date: string | null;
  url: string;
  label: { role: string; source_id?: string; copy_type?: string; changes?: LabelChange[] };
}

export interface ClusterResult {
  labelled: number;
  found: number;
  foundAnyKind: number;
  byKind: Map<string, { n: number; found: number }>;
  reported: { id: string; change: Change; matched: boolean }[];
  missed: { id: string; label: LabelChange; got: string[] }[];
}

function article(a: ClusterArticle): Article {
  return { id: a.id, text: a.text, date: a.date, title: null, url: a.url, outlet: null };
}

const overlap = (s: number, e: number, c: Change) => !!c.copy && c.copy.start < e && s < c.copy.end;
const overlapSource = (s: number, e: number, c: Change) =>
  !!c.source && c.source.start < e && s < c.source.end;

export function evalClusters(dir: string): ClusterResult {
  const res: ClusterResult = {
    labelled: 0,
    found: 0,
    foundAnyKind: 0,
    byKind: new Map(),
    reported: [],
    missed: [],
  };
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const arts = (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { articles: ClusterArticle[] }).articles;
    const byId = new Map(arts.map((a) => [a.id, a]));
    for (const a of arts) {
      if (a.label.role !== 'copy' || !a.label.source_id) continue;
      const src = byId.get(a.label.source_id);
      if (!src) continue;
      const copyDoc = buildDocument(article(a));
      const srcDoc = buildDocument(article(src));
      // As trace does: the copy is classified first, and its kind informs the report.
      const al = alignDocuments(copyDoc, srcDoc);
      const copyType = classifyCopy(copySignals(copyDoc, srcDoc, al));
      const changes = changeReport(copyDoc, srcDoc, al, { copyType });
      const matched = new Set<Change>();
      for (const l of a.label.changes ?? []) {
        const s = a.text.indexOf(l.copy_text);
        const e = s + l.copy_text.length;
        const ss = l.source_text ? src.text.indexOf(l.source_text) : -1;
        const hit = (c: Change) =>
          overlap(s, e, c) || (ss >= 0 && overlapSource(ss, ss + (l.source_text?.length ?? 0), c));
        const same = changes.filter((c) => c.kind === l.kind && hit(c));
        const k = res.byKind.get(l.kind) ?? { n: 0, found: 0 };
        k.n++;
        res.labelled++;
        if (same.length > 0) {
          k.found++;
          res.found++;
          same.forEach((c) => matched.add(c));
        }
        if (changes.some(hit)) res.foundAnyKind++;
        if (same.length === 0)
          res.missed.push({ id: a.id, label: l, got: changes.filter(hit).map((c) => c.kind) });
        res.byKind.set(l.kind, k);
      }
      for (const c of changes) res.reported.push({ id: a.id, change: c, matched: matched.has(c) });
    }
  }
  return res;
}
