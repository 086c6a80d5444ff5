// A person's gender, for resolving "he" and "she": what the article says (an honorific before a
// mention, "Mrs. Ortiz", or a gendered title, "spokeswoman Dana Ortiz"), else the first name's
// usual gender in the name lists of the npm package gender-detection-from-name (MIT; English,
// Italian, Spanish, French, German and Turkish given names), when three lists or more hold it and
// agree and the name is not one borne by both (data/lexicon/unisex-given-names.txt). A person
// with no sign fits either pronoun.
import { createRequire } from 'node:module';
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import type { NameMention } from './names.js';

type NameGender = 'male' | 'female';

const NAME_LISTS = ['en', 'it', 'es', 'fr', 'de', 'tr'];
let nameLists: ReadonlyMap<string, NameGender>[] | null = null;
const firstNameMemo = new Map<string, Gender | null>();

/** Given-name lists a name must be in, all agreeing on its gender. */
const MIN_LISTS = 3;

/** The package's name lists, loaded on first use (2 MB): most commands never resolve a pronoun. */
function lists(): ReadonlyMap<string, NameGender>[] {
  if (!nameLists) {
    const load = createRequire(import.meta.url);
    nameLists = NAME_LISTS.map(
      (l) => load(`gender-detection-from-name/names/${l}`) as Map<string, NameGender>,
    );
  }
  return nameLists;
}

/** Is the word a given name in any of the lists ("Per", "Will")? */
export function isGivenName(word: string): boolean {
  const key = word.toLowerCase();
  return lists().some((m) => m.has(key));
}

/**
 * The usual gender of a given name: in three lists at least, all agreeing ("Anna", "John"; not
 * "Terry" or "Nicola", which the lists give both ways, nor "Per" or "Xiao", which fewer hold).
 * Else null.
 */
export function firstNameGender(first: string): Gender | null {
  const key = first.toLowerCase();
  let g = firstNameMemo.get(key);
  if (g !== undefined) return g;
  // Names borne by both ("Dana", "Leslie", "Terry"): no sign, whatever the lists hold.
  if (wordSet('unisex-given-names').has(key)) {
    firstNameMemo.set(key, null);
    return null;
  }
  let male = 0;
  let female = 0;
  for (const m of lists()) {
    const x = m.get(key);
    if (x === 'male') male++;
    else if (x === 'female') female++;
  }
  const n = male + female;
  g = n < MIN_LISTS ? null : male === n ? 'm' : female === n ? 'f' : null;
  // Bounded: names come from the articles, which are attacker-controlled.
  if (firstNameMemo.size > 50_000) firstNameMemo.clear();
  firstNameMemo.set(key, g);
  return g;
}

export type Gender = 'm' | 'f';

const HONORIFICS = new Map<string, Gender>([
  ['mr', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['sir', 'm'],
  ['dame', 'f'],
  ['lord', 'm'],
  ['lady', 'f'],
]);

const GENDERED_TITLES = new Map<string, Gender>([
  ['spokesman', 'm'],
  ['spokeswoman', 'f'],
  ['chairman', 'm'],
  ['chairwoman', 'f'],
  ['congressman', 'm'],
  ['congresswoman', 'f'],
  ['businessman', 'm'],
  ['businesswoman', 'f'],
  ['king', 'm'],
  ['queen', 'f'],
  ['prince', 'm'],
  ['princess', 'f'],
]);

/** The gender of the pronoun, or null ("they", "it"). */
export function pronounGender(pronoun: string): Gender | null {
  const p = pronoun.toLowerCase();
  return p === 'he' || p === 'him' || p === 'his'
    ? 'm'
    : p === 'she' || p === 'her' || p === 'hers'
      ? 'f'
      : null;
}

/** The last word of a name ("Dana Ortiz" → "Ortiz"), by which its mentions are grouped. */
function surnameOf(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** Genders the article signals, by surname; a surname signalled both ways is left out. */
export class ArticleGenders {
  /** What the article says (a title, an honorific), by surname; null: said both ways. */
  private readonly bySurname = new Map<string, Gender | null>();
  /** What first names say, by surname, where the article says nothing; null: both ways. */
  private readonly byFirstNames = new Map<string, Gender | null>();
  /** What a full name's own first name says ("Hillary Clinton" beside "Bill Clinton"). */
  private readonly byName = new Map<string, Gender>();

  constructor(doc: Document, mentions: readonly NameMention[]) {
    const named: { key: string; g: Gender }[] = [];
    for (const m of mentions) {
      let g: Gender | undefined;
      for (const t of m.titles) g ??= GENDERED_TITLES.get(t);
      // "Mrs. Ortiz": the honorific and its full stop right before the name.
      let j = m.token - 1;
      if (j >= 0 && doc.tokens[j].text === '.') j--;
      if (j >= 0) g ??= HONORIFICS.get(doc.tokens[j].norm);
      const key = surnameOf(m.name);
      if (g) {
        setOrClash(this.bySurname, key, g);
        continue;
      }
      // "Anna Berg": a first name before the surname, a weaker sign than the article's own.
      const space = m.name.indexOf(' ');
      const first = m.person && space > 1 ? firstNameGender(m.name.slice(0, space)) : null;
      if (!first) continue;
      named.push({ key, g: first });
      this.byName.set(m.name, first);
    }
    for (const { key, g } of named) if (!this.bySurname.has(key)) setOrClash(this.byFirstNames, key, g);
  }

  /** Can a pronoun of gender `g` (null: any) refer to the person so named? */
  fits(name: string, g: Gender | null): boolean {
    if (!g) return true;
    const key = surnameOf(name);
    // The name's own first name first: "Bill Clinton" is no "she" beside a "Mrs. Clinton".
    const known =
      this.byName.get(name) ??
      (this.bySurname.has(key) ? this.bySurname.get(key) : this.byFirstNames.get(key));
    return !known || known === g;
  }
}

/** Records gender g under key; a key recorded both ways holds null. */
function setOrClash(map: Map<string, Gender | null>, key: string, g: Gender): void {
  const known = map.get(key);
  map.set(key, known === undefined || known === g ? g : null);
}
