// The aligned passages of every traced spun copy with its source: what the spin model learns its
// substitutions from (src/spin/learned.ts, `unspin model`).
import type { Store } from '../store/store.js';

export interface SpunPassages {
  /** Copy passage text and the source passage text it renders. */
  pairs: Array<{ copy: string; source: string }>;
  /** Keys of the spun copies the passages come from. */
  copies: Set<number>;
}

export async function spunCopyPassages(store: Store): Promise<SpunPassages> {
  const pairs: SpunPassages['pairs'] = [];
  const copies = new Set<number>();
  for (const trace of await store.listTraces()) {
    if (trace.copyType !== 'spun' || !trace.source) continue;
    const copy = await store.getArticleByKey(trace.key);
    const source = await store.getArticleByKey(trace.source.key);
    if (!copy || !source) continue;
    copies.add(trace.key);
    for (const p of trace.passages) {
      pairs.push({
        copy: copy.text.slice(p.copy.start, p.copy.end),
        source: source.text.slice(p.source.start, p.source.end),
      });
    }
  }
  return { pairs, copies };
}
