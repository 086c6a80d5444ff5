// Paragraph and sentence boundaries with exact offsets.
import { loadWordSet } from '../lexicon/load.js';

export interface Range {
  start: number;
  end: number;
}

/**
 * Paragraphs: blank lines separate them; a single newline does too unless the text is
 * hard-wrapped (most lines long and not ending in sentence punctuation).
 */
export function splitParagraphs(text: string): Range[] {
  const lines: Range[] = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start: pos, end });
    if (nl === -1) break;
    pos = nl + 1;
  }
  const nonEmpty = lines.filter((l) => text.slice(l.start, l.end).trim().length > 0);
  const wrapped =
    nonEmpty.length >= 4 &&
    nonEmpty.filter((l) => l.end - l.start >= 55 && l.end - l.start <= 90).length / nonEmpty.length > 0.6 &&
    nonEmpty.filter((l) => /[.!?"”]\s*$/.test(text.slice(l.start, l.end))).length / nonEmpty.length < 0.5;
  const out: Range[] = [];
  let cur: Range | null = null;
  for (const l of lines) {
    const blank = text.slice(l.start, l.end).trim().length === 0;
    if (blank) {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    if (cur && wrapped) cur.end = l.end;
    else {
      if (cur) out.push(cur);
      cur = { start: l.start, end: l.end };
    }
  }
  if (cur) out.push(cur);
  return out.map((r) => trimRange(text, r)).filter((r) => r.end > r.start);
}

export function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

let abbreviations: Set<string> | null = null;
/** Capitalised words that go on telling a time after "a.m."/"p.m." (days, months, zones). */
const TIME_WORDS = new Set([
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Tonight'],
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'],
  ...['November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov'],
  ...['Dec', 'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'PT', 'PST', 'PDT', 'GMT', 'BST', 'UTC'],
  ...['CET', 'CEST', 'IST', 'JST', 'AEST', 'AEDT', 'Eastern', 'Pacific', 'Central', 'Mountain', 'Local'],
]);

/** Does the text after "a.m."/"p.m." go on telling the time: a day, month or zone, or a dotted
 *  zone ("E.T.")? */
function goesOnTelling(after: string): boolean {
  const word = /^\p{L}+/u.exec(after)?.[0] ?? '';
  return TIME_WORDS.has(word) || (word.length === 1 && after[1] === '.');
}

function abbrevs(): Set<string> {
  abbreviations ??= loadWordSet('abbreviations');
  return abbreviations;
}

// A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space; or a
// full stop glued to the next sentence by a page that lost its spacing ("she posted.Rescue crews",
// "in 2018.The council"): a lowercase word or a number, the mark, a capitalised word (not a
// name such as "Fair.Market").
const BOUNDARY_RE = /([.!?…]+)(["'”’)\]]*)(\s+|(?<=(?:^|[^\p{L}\d])[\p{Ll}\d]+[.!?])(?=\p{Lu}\p{Ll}))/gu;

/** Sentences inside one paragraph range. */
export function splitSentences(text: string, para: Range): Range[] {
  const out: Range[] = [];
  const body = text.slice(para.start, para.end);
  let sentStart = 0;
  BOUNDARY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY_RE.exec(body)) !== null) {
    const punctEnd = m.index + m[1].length + m[2].length;
    const next = body.slice(punctEnd + m[3].length, punctEnd + m[3].length + 2);
    if (!/^["'“‘([]?[\p{Lu}\d]/u.test(next)) continue;
    if (m[1] === '.' && m[2] === '') {
      const before = body.slice(sentStart, m.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
      // "… at 9 p.m. “The others are not.”", "sank at 3 p.m. Officials said …": a time's
      // abbreviation before an opening quotation or a capitalised word ends the sentence, unless
      // the word goes on telling the time ("at 9 p.m. Sunday", "p.m. EST", "p.m. Eastern time").
      const clock =
        /^[ap]\.m$/i.test(word) &&
        (/^["“‘]/.test(next) ||
          (/^\p{Lu}/u.test(next) && !goesOnTelling(body.slice(punctEnd + m[3].length))));
      if (word.length === 1 && /\p{Lu}/u.test(word)) continue; // an initial: "John F. Kennedy"
      if (!clock && abbrevs().has(word.toLowerCase())) continue;
      if (!clock && /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue; // "U.S" before the final dot
    }
    out.push({ start: para.start + sentStart, end: para.start + punctEnd });
    sentStart = punctEnd + m[3].length;
  }
  if (sentStart < body.length) out.push({ start: para.start + sentStart, end: para.end });
  return out.map((r) => trimRange(text, r)).filter((r) => r.end > r.start);
}
