// Story-level claims: who alleges what against whom, the denials, and the copies that lost a
// denial or a hedge. Reads a story's stored articles and runs the statement extractor on each.
import type { Store, StoryRecord } from '../store/store.js';
import { buildDocument } from '../text/document.js';
import { extractStatements } from './index.js';
import { buildClaims, type ClaimsReport } from './claims.js';

export interface ClaimJson {
  /** `accusation`, or `denied`: a statement someone denies, with no accusation of it in the story. */
  kind: 'accusation' | 'denied';
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
    kind: c.kind,
    accuser: c.accuser,
    accused: c.accused,
    allegation: c.allegation,
    // A denied claim is reported by the articles that carry it or its denial.
    reported_by: [...new Set([...c.copies, ...(c.kind === 'denied' ? c.denials : [])].map((x) => x.article))],
    denials: c.denials.map((d) => ({ article: d.article, by: d.by, text: d.statement.content.text })),
    lost_denial: c.lostDenial,
    lost_hedge: c.lostHedge,
  }));
}
