// "The source reads like the wire": news agencies write in a house style (AP and Reuters: "U.S.",
// "U.N.", "percent", "Feb. 3", and a dateline credit such as "ATMEH, Syria (AP) —" at the top),
// and republishers rewrite it into theirs ("US", "%", "per cent", "February 3", their own
// dateline). The reverse edit is rare. So where two aligned articles differ in these forms, the
// side that keeps the wire forms is likely the source.
import type { Alignment } from '../reuse/align.js';
import type { Document } from '../text/document.js';
import { framingFlags } from './framing.js';

/** Wire-style forms: dotted country abbreviations, "percent", abbreviated months before a day. */
const WIRE_FORM = /\b(?:U\.S\.|U\.N\.|U\.K\.)|\bpercent\b|\b(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d/g;
/** Their republished counterparts. */
const HOUSE_FORM =
  /\b(?:US|UN|UK)\b(?!\.)|%|\bper cent\b|\b(?:January|February|August|September|October|November|December) \d/g;

/** An agency credit near the top of the text: "CITY, Country (AP) —", "(Reuters) -", "(Bloomberg) --". */
const AGENCY_DATELINE = /\((?:AP|Reuters|AFP|Bloomberg|UPI|dpa|Xinhua|CNN|ANI|PTI|IANS)\)\s*[-–—]/;
/** How far into the first paragraph of running text the credit may sit ("By X\nCITY (AP) —"). */
const DATELINE_REACH = 200;
/** Paragraphs of framing (headline, byline, photo captions) looked past to find the running text. */
const FRAMING_REACH = 8;

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/**
 * Whether the running text opens with an agency dateline credit. Pages put a headline, a byline and
 * photo captions above it, so the first paragraph that is not framing is read, not the page's top.
 */
export function hasAgencyDateline(doc: Document): boolean {
  const flags = framingFlags(doc);
  const reach = Math.min(doc.paragraphs.length, FRAMING_REACH);
  for (let i = 0; i < reach; i++) {
    const p = doc.paragraphs[i];
    const head = doc.text.slice(p.start, Math.min(p.end, p.start + DATELINE_REACH));
    if (AGENCY_DATELINE.test(head)) return true;
    if (!flags[i]) return false;
  }
  return false;
}

/**
 * Evidence in [-1, 1] that `source` is the source of `copy` from house style: per aligned sentence
 * pair, wire forms the source has and the copy rendered in a house form (and the reverse), plus an
 * agency dateline on one side only. 0 when nothing differs.
 */
export function wireStyleEvidence(copy: Document, source: Document, al: Alignment): number {
  let towardSource = 0;
  let towardCopy = 0;
  for (const p of al.pairs) {
    const a = copy.text.slice(copy.sentences[p.a0].start, copy.sentences[p.a1 - 1].end);
    const b = source.text.slice(source.sentences[p.b0].start, source.sentences[p.b1 - 1].end);
    const wire = count(WIRE_FORM, b) - count(WIRE_FORM, a);
    const house = count(HOUSE_FORM, a) - count(HOUSE_FORM, b);
    // A form counts only when it was rewritten: one side lost a wire form and gained a house form.
    const moved = Math.min(Math.abs(wire), Math.abs(house));
    if (wire > 0 && house > 0) towardSource += moved;
    else if (wire < 0 && house < 0) towardCopy += moved;
  }
  const datelineCopy = hasAgencyDateline(copy);
  const datelineSource = hasAgencyDateline(source);
  if (datelineSource && !datelineCopy) towardSource += 2;
  else if (datelineCopy && !datelineSource) towardCopy += 2;
  const n = towardSource + towardCopy;
  return n === 0 ? 0 : (towardSource - towardCopy) / Math.max(n, 2);
}
