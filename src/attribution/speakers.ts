// Resolves each statement's speaker to a name: names as written (titles stripped, surnames
// completed: "Kirby" → "John Kirby"), pronouns to the most recent fitting speaker or person,
// descriptions ("the Turkish president") to the person introduced with that title.
import type { Document } from '../text/document.js';
import {
  DETERMINERS,
  isPersonName,
  isTitleWord,
  nameMentions,
  splitTitle,
  type NameMention,
} from './names.js';
import { WEEKDAYS } from './contents.js';
import type { Frame } from './spans.js';

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const OTHER_PRONOUNS = new Set(['they', 'it', 'we', 'i', 'you', 'them', 'who']);

export function isPronoun(text: string): boolean {
  const w = text.trim().toLowerCase();
  return PERSON_PRONOUNS.has(w) || OTHER_PRONOUNS.has(w);
}

function completeName(name: string, before: number, mentions: NameMention[]): string {
  if (name.includes(' ')) return name;
  for (const m of mentions) {
    if (m.token >= before && m.name !== name) continue;
    if (m.person && m.name.endsWith(` ${name}`)) return m.name;
  }
  return name;
}

function lastPersonBefore(
  token: number,
  mentions: NameMention[],
  accept: (m: NameMention) => boolean,
): NameMention | null {
  let best: NameMention | null = null;
  for (const m of mentions) if (m.token < token && m.person && accept(m)) best = m;
  return best;
}

/** "the Turkish president": the person introduced with those titles, else the latest person with no conflicting title. */
function resolveDescription(words: string[], token: number, mentions: NameMention[]): string | null {
  const exact = lastPersonBefore(token, mentions, (m) => words.every((w) => m.titles.includes(w)));
  if (exact) return exact.name;
  const head = words[words.length - 1];
  const loose = lastPersonBefore(token, mentions, (m) => !m.titles.includes(head));
  return loose ? loose.name : null;
}

/** Single-word names that speak somewhere in the document are people too ("Zelenskyy said"). */
function markSpeakingNames(doc: Document, frames: Frame[], mentions: NameMention[]): void {
  const speaking = new Set<string>();
  for (const f of frames) {
    if (!f.source) continue;
    const last = doc.tokens[f.source[1] - 1];
    if (last.cap && f.source[1] - f.source[0] <= 4) speaking.add(last.text.replace(/[’']s$/, ''));
  }
  for (const m of mentions)
    if (!m.person && speaking.has(m.name) && isPersonName(doc, m.token, m.token + 1, m.titles))
      m.person = true;
}

const TIME_WORDS = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight']);
const TIME_LEADS = new Set(['on', 'late', 'early', 'last']);

/**
 * End of a speaker span without a trailing time phrase: "The United States on Thursday" names the
 * United States, not Thursday.
 */
function withoutTrailingTime(doc: Document, first: number, end: number): number {
  let e = end;
  while (e - first > 1 && TIME_WORDS.has(doc.tokens[e - 1].norm)) {
    e--;
    while (e - first > 1 && TIME_LEADS.has(doc.tokens[e - 1].norm)) e--;
  }
  return e;
}

export function resolveSpeakers(doc: Document, frames: Frame[]): (string | null)[] {
  const mentions = nameMentions(doc);
  markSpeakingNames(doc, frames, mentions);
  const names: (string | null)[] = [];
  frames.forEach((f, k) => {
    if (!f.source) {
      names.push(null);
      return;
    }
    const first = f.source[0];
    const end = withoutTrailingTime(doc, first, f.source[1]);
    const text = doc.text.slice(doc.tokens[first].start, doc.tokens[end - 1].end);
    const norm = text.toLowerCase();
    if (end - first === 1 && (PERSON_PRONOUNS.has(norm) || OTHER_PRONOUNS.has(norm))) {
      names.push(resolvePronoun(doc, norm, first, frames, names, k, mentions));
      return;
    }
    const split = splitTitle(doc, first, end);
    if (split) {
      // A capitalised sentence-initial article is not part of the name ("The United States").
      let start = split.nameStart;
      if (end - start > 1 && DETERMINERS.has(doc.tokens[start].norm)) start++;
      const name = doc.text.slice(doc.tokens[start].start, doc.tokens[end - 1].end);
      names.push(completeName(name, first, mentions));
      return;
    }
    const words = doc.tokens.slice(first, end).filter((t) => t.kind === 'word' && !DETERMINERS.has(t.norm));
    if (words.length > 0 && isTitleWord(words[words.length - 1].norm)) {
      names.push(
        resolveDescription(
          words.map((t) => t.norm),
          first,
          mentions,
        ) ?? text,
      );
      return;
    }
    names.push(text);
  });
  return names;
}

function resolvePronoun(
  doc: Document,
  pronoun: string,
  at: number,
  frames: Frame[],
  names: (string | null)[],
  k: number,
  mentions: NameMention[],
): string | null {
  if (pronoun === 'who') {
    const m = [...mentions].reverse().find((x) => x.token < at);
    return m ? completeName(m.name, at, mentions) : null;
  }
  const personal = PERSON_PRONOUNS.has(pronoun);
  const persons = new Set(mentions.filter((m) => m.person).map((m) => m.name));
  const isPerson = (n: string) => persons.has(n) || [...persons].some((p) => p.endsWith(` ${n}`));
  // The latest earlier speaker within a few sentences, if it fits the pronoun.
  for (let j = k - 1; j >= 0; j--) {
    const n = names[j];
    if (frames[k].cue.sentence - frames[j].cue.sentence > 4) break;
    if (!n || isPronoun(n)) continue;
    if (personal === isPerson(n)) return n;
  }
  if (personal) {
    const m = lastPersonBefore(at, mentions, () => true);
    return m ? completeName(m.name, at, mentions) : null;
  }
  void doc;
  return null;
}
