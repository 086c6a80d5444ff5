// "The source reads in order": news style names a person or organisation in full at first mention
// ("Paul Vidal") and by the last word after ("Vidal said"). A copy that reorders sentences
// (scrapers shuffling a wire story) often puts a short mention before the full one. The side with
// more such out-of-order mentions is likely the copy.
import type { Document } from '../text/document.js';

const memo = new WeakMap<Document, number>();

/**
 * Short mentions (the last word of a two- or three-word capitalised name) before the full name.
 * Memoised per Document: a trace reads it for the traced article once per linked candidate.
 */
export function earlyShortMentions(doc: Document): number {
  let n = memo.get(doc);
  if (n === undefined) memo.set(doc, (n = countEarlyShortMentions(doc)));
  return n;
}

function countEarlyShortMentions(doc: Document): number {
  const toks = doc.tokens;
  const full = new Map<string, number>(); // last word → first token index of a full mention
  const isName = (i: number) => {
    const t = toks[i];
    return t !== undefined && t.kind === 'word' && t.cap && !t.stop && t.norm.length > 2;
  };
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!isName(i) || !isName(i + 1) || toks[i].sentence !== toks[i + 1].sentence) continue;
    let end = i + 1;
    if (isName(end + 1) && toks[end + 1].sentence === toks[i].sentence) end++;
    const last = toks[end].norm;
    if (!full.has(last)) full.set(last, i);
    i = end;
  }
  let early = 0;
  const counted = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!isName(i) || counted.has(t.norm)) continue;
    const first = full.get(t.norm);
    if (first === undefined || i >= first) continue;
    // A lone capitalised word, not itself part of a longer name.
    if (isName(i - 1) && toks[i - 1].sentence === t.sentence) continue;
    if (isName(i + 1) && toks[i + 1].sentence === t.sentence) continue;
    counted.add(t.norm);
    early++;
  }
  return early;
}
