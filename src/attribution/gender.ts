// A person's gender, for resolving "he" and "she": what the article says (an honorific before a
// mention, "Mrs. Ortiz", or a gendered title, "spokeswoman Dana Ortiz"), else the first name's
// usual gender (data/lexicon/given-names.txt, built by scripts/build-given-names.ts from the
// given-name lists of npm gender-detection-from-name, MIT: only names three of its lists or more
// give one gender, and none borne by both). A person with no sign fits either pronoun.
import type { Document } from '../text/document.js';
import type { NameMention } from './names.js';
import { firstNameGender, type NameGender } from './given-names.js';

export type Gender = NameGender;

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

/** The gender an honorific or a gendered title among a mention's titles says ("mrs", "spokesman"). */
export function titlesGender(titles: readonly string[]): Gender | null {
  for (const t of titles) {
    const g = HONORIFICS.get(t.replace(/\.$/, '')) ?? GENDERED_TITLES.get(t);
    if (g) return g;
  }
  return null;
}

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
  // Relations ("Mrs Whitfield's husband", "her sister").
  ...(['husband', 'father', 'son', 'brother', 'widower', 'boyfriend', 'uncle', 'nephew', 'grandfather'].map(
    (w) => [w, 'm'],
  ) as [string, Gender][]),
  ...(['wife', 'mother', 'daughter', 'sister', 'widow', 'girlfriend', 'aunt', 'niece', 'grandmother'].map(
    (w) => [w, 'f'],
  ) as [string, Gender][]),
]);

/**
 * The gender a description's last word gives ("a spokeswoman", "the chairman", "a fisherman"),
 * or null. Only a lowercase word: a name may end in "man" ("Tom Freeman").
 */
export function descriptionGender(description: string): Gender | null {
  const last = description.slice(description.lastIndexOf(' ') + 1);
  if (last !== last.toLowerCase()) return null;
  const titled = GENDERED_TITLES.get(last);
  if (titled) return titled;
  if (/women?$/.test(last)) return 'f';
  // "-man" after a word of four letters or more ("spokes-", "police-", "fisher-"; not "human").
  return /^[a-z]{4,}m[ae]n$/.test(last) ? 'm' : null;
}

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
/** What gender.ts reads of a statement: its source, cue and content token ranges. */
interface SpeakerFrame {
  source: readonly [number, number] | null;
  cue: { first: number };
  content: readonly (readonly [number, number])[];
}

const SUBJECT_PRONOUNS = new Map<string, Gender>([
  ['he', 'm'],
  ['she', 'f'],
]);

function surnameOf(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** Genders the article signals, by surname; a surname signalled both ways is left out. */
export class ArticleGenders {
  /** What the article says (a title, an honorific), by surname; null: said both ways. */
  private readonly bySurname = new Map<string, Gender | null>();
  /** What first names say, by surname, where the article says nothing; null: both ways. */
  private readonly byFirstNames = new Map<string, Gender | null>();
  /** What a name's own statements say of a surname alone ("Vossberg said she …"); null: both. */
  private readonly bySelfReference = new Map<string, Gender | null>();
  /** What a full name's own first name says ("Hillary Clinton" beside "Bill Clinton"). */
  private readonly byName = new Map<string, Gender>();

  constructor(doc: Document, mentions: readonly NameMention[], frames: readonly SpeakerFrame[] = []) {
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
      // "A ministry spokesman, Radek Sutowski,", "His daughter, Elspeth,": a description in
      // apposition says it of this name (not of all who bear the surname: "Ivanka Trump, the
      // nominee's daughter").
      let described: Gender | null = null;
      for (const r of m.roles) described ??= descriptionGender(r);
      if (described) this.byName.set(m.name, described);
      // (A given name alone: "Her husband, John,".)
      const first =
        m.person && space > 1
          ? firstNameGender(m.name.slice(0, space))
          : space < 0
            ? firstNameGender(m.name)
            : null;
      if (!first) continue;
      // The first name still speaks for the surname alone ("His sister, Corinne Hulme, …
      // Hulme said …": "he" is not Hulme).
      named.push({ key, g: first });
      if (!described) this.byName.set(m.name, first);
    }
    for (const { key, g } of named) if (!this.bySurname.has(key)) setOrClash(this.byFirstNames, key, g);
    // "Vossberg said she was angry", "Aksel Rennard said he was angry": a speaker named by
    // capitalised words right before the cue and the subject pronoun opening what was said, the
    // weakest sign (read only where nothing else is known), by surname.
    for (const f of frames) {
      if (!f.source || f.content.length === 0 || f.source[1] !== f.cue.first) continue;
      const g = SUBJECT_PRONOUNS.get(doc.tokens[f.content[0][0]]?.norm ?? '');
      if (!g) continue;
      let capitalised = true;
      for (let i = f.source[0]; i < f.source[1]; i++)
        if (doc.tokens[i].kind !== 'word' || !doc.tokens[i].cap) capitalised = false;
      if (capitalised) setOrClash(this.bySelfReference, doc.tokens[f.source[1] - 1].text, g);
    }
  }

  /** May the full name and the surname alone name one person: no first name's gender against
   *  the article's own sign for the surname ("Tom Holt" and "Mrs. Holt")? */
  sameGender(full: string, surname: string): boolean {
    const first = this.byName.get(full);
    const said = this.bySurname.get(surname);
    return !first || !said || first === said;
  }

  /** Does the article, or the name's own first name, say the person so named is of gender `g`? */
  says(name: string, g: Gender): boolean {
    return this.known(name) === g;
  }

  /** Can a pronoun of gender `g` (null: any) refer to the person so named? */
  fits(name: string, g: Gender | null): boolean {
    if (!g) return true;
    const known = this.known(name);
    return !known || known === g;
  }

  /** The gender the article or the name's first name tells, or null/undefined when none does. */
  private known(name: string): Gender | null | undefined {
    const key = surnameOf(name);
    // The name's own first name first: "Bill Clinton" is no "she" beside a "Mrs. Clinton".
    // Another's first name says nothing of a full name whose own first name is unknown ("Kofi
    // Mensah" of "Abena Mensah"): the surname's first names speak for a surname alone.
    const full = name.includes(' ');
    const known =
      this.byName.get(name) ??
      (this.bySurname.has(key) ? this.bySurname.get(key) : full ? undefined : this.byFirstNames.get(key));
    return known === undefined ? this.bySelfReference.get(key) : known;
  }
}

/** Records gender g under key; a key recorded both ways holds null. */
function setOrClash(map: Map<string, Gender | null>, key: string, g: Gender): void {
  const known = map.get(key);
  // (known !== null first: a null where strings were compared deoptimises the caller.)
  map.set(key, known === undefined || (known !== null && known === g) ? g : null);
}
