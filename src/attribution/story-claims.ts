// Story-level claims: who alleges what against whom, the denials, and the copies that lost a
// denial or a hedge. Reads a story's stored articles and runs the statement extractor on each.
import type { Store, StoryRecord } from '../store/store.js';
import { buildDocument } from '../text/document.js';
import { extractStatements } from './index.js';
import { buildClaims, type ClaimsReport } from './claims.js';

export interface ClaimJson {
  accuser: string | null;
  accused: string | null;
  allegation: string;
  reported_by: string[];
  denials: { article: string; by: string | null; text: string }[];
  lost_denial: string[];
  lost_hedge: string[];
}

export async function storyClaims(store: Store, rec: StoryRecord): Promise<ClaimJson[]> {
  const inputs = [];
  for (const key of rec.members) {
    const a = await store.getArticleByKey(key);
    if (!a) continue;
    const doc = buildDocument(a);
    const trace = await store.getTrace(key);
    const derivesFrom = trace
      ? trace.source
        ? { source: trace.source.id, passages: trace.passages }
        : null
      : undefined;
    inputs.push({ id: a.id, doc, statements: extractStatements(doc), derivesFrom });
  }
  return toJson(buildClaims(inputs));
}

function toJson(report: ClaimsReport): ClaimJson[] {
  return report.claims.map((c) => ({
    accuser: c.accuser,
    accused: c.accused,
    allegation: c.allegation,
    reported_by: [...new Set(c.copies.map((x) => x.article))],
    denials: c.denials.map((d) => ({ article: d.article, by: d.by, text: d.statement.content.text })),
    lost_denial: c.lostDenial,
    lost_hedge: c.lostHedge,
  }));
}
