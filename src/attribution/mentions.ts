// The document's name mentions, indexed for speaker resolution (speakers.ts): people in text
// order, full names by surname, and the article's signs of each person's gender (gender.ts).
import type { NameMention } from './names.js';
import {
  descriptionGender,
  pronounGender,
  titlesGender,
  type ArticleGenders,
  type Gender,
} from './gender.js';
import { isGivenName } from './given-names.js';
import { isPluralOfNoun } from './word-forms.js';
import { isOrganisationWord } from './names.js';
import { hasLemma } from '../lexicon/wordnet.js';

/**
 * The document's name mentions (in text order) indexed for the questions speaker resolution asks
 * of each statement: asked by scanning every mention, an article of thousands of statements (a
 * long transcript, or hostile input) took seconds.
 */
export class Mentions {
  /** The mentions of people, in text order. */
  private readonly people: NameMention[];
  /** For a surname, the first mention of a person's full name ending in it. */
  private readonly fullBySurname = new Map<string, NameMention>();
  /** For a surname, the mentions of people's full names ending in it, in text order. */
  private readonly fullsBySurname = new Map<string, NameMention[]>();
  /** For a given name, the first mention of the one full name opening with it (null: several). */
  private readonly fullByGivenName = new Map<string, NameMention | null>();
  /** For the first word of a body's name ("Skyvale" of "Skyvale Airways"), that name (null: several). */
  private readonly bodyByFirstWord = new Map<string, NameMention | null>();
  private readonly personNames = new Set<string>();
  private readonly personMemo = new Map<string, boolean>();

  constructor(
    readonly all: NameMention[],
    private readonly genders: ArticleGenders,
  ) {
    this.people = all.filter((m) => m.person);
    for (const m of all) {
      const space = m.name.indexOf(' ');
      if (space < 0) continue;
      const first = m.name.slice(0, space);
      const last = m.name.slice(m.name.lastIndexOf(' ') + 1).toLowerCase();
      // A body's word ends the name ("Skyvale Airways"), or a plural noun after a word that is no
      // given name ("Halcyon Motors", a company's).
      if (!isOrganisationWord(last) && (isGivenName(first.toLowerCase()) || !isPluralOfNoun(last))) continue;
      // A word WordNet knows may stand alone for something else ("Washington" of "Washington Post").
      // Nor an abbreviation ("U.N." of "U.N. Centre for …").
      if (first.includes('.') || hasLemma(first.toLowerCase(), 'n') || hasLemma(first.toLowerCase(), 'a'))
        continue;
      const known = this.bodyByFirstWord.get(first);
      if (known === undefined) this.bodyByFirstWord.set(first, m);
      // (Not `known?.name`: an undefined where a string was compared deoptimises the caller.)
      else if (known === null || known.name !== m.name) this.bodyByFirstWord.set(first, null);
    }
    for (const m of this.people) {
      this.personNames.add(m.name);
      const space = m.name.lastIndexOf(' ');
      if (space < 0) continue;
      const surname = m.name.slice(space + 1);
      if (!this.fullBySurname.has(surname)) this.fullBySurname.set(surname, m);
      const fulls = this.fullsBySurname.get(surname);
      if (!fulls) this.fullsBySurname.set(surname, [m]);
      else if (!fulls.some((x) => x.name === m.name)) fulls.push(m);
      // Only a first and a last name, the last no plural noun ("Margaret Hollins", not "Liberty
      // Savings" or "Devon Resource Investors", which "it" takes up as bodies).
      const given = m.name.slice(0, m.name.indexOf(' '));
      const last = surname.toLowerCase();
      const usable = space === given.length && !isPluralOfNoun(last);
      const known = this.fullByGivenName.get(given);
      if (known === undefined) this.fullByGivenName.set(given, usable ? m : null);
      else if (known === null || known.name !== m.name) this.fullByGivenName.set(given, null);
    }
  }

  /** "Kirby" → "John Kirby" when a person so named is mentioned before token `before`; so is
   *  "Margaret" → "Margaret Hollins", when she is the only Margaret named. */
  completeName(name: string, before: number): string {
    if (name.includes(' ')) return name;
    const full = this.fullBySurname.get(name);
    // "Mr. Clinton" after "Hillary Clinton" and "Bill Clinton": the one the honorific fits.
    const g = full ? this.honorificAt(name, before) : null;
    if (g && !this.genders.fits(full!.name, g)) {
      const other = this.fullsBySurname
        .get(name)
        ?.find((m) => m.token < before && this.genders.fits(m.name, g));
      if (other) return other.name;
    }
    // Not "Mrs. Holt" to the "Tom Holt" named before: the article's sign and the first name differ.
    if (full && full.token < before && this.genders.sameGender(full.name, name)) return full.name;
    const byGiven = !full && isGivenName(name.toLowerCase()) ? this.fullByGivenName.get(name) : null;
    if (byGiven && byGiven.token < before) return byGiven.name;
    // "Skyvale denied …" after "Skyvale Airways": the one body named so.
    const body = !full && !byGiven ? this.bodyByFirstWord.get(name) : null;
    return body && body.token < before ? body.name : name;
  }

  /** "Landgrave" → the latest person so surnamed before token `before` whom the pronoun can take
   *  up ("Ezra Landgrave" for "he" after his daughter "Nadia Landgrave"); null when none. */
  fullNameFitting(surname: string, before: number, pronoun: string): string | null {
    for (let k = lowerBound(this.people, before) - 1; k >= 0; k--) {
      const p = this.people[k];
      if (p.name.endsWith(` ${surname}`) && this.fits(p.name, pronoun)) return p.name;
    }
    return null;
  }

  /** The gender an honorific or title says of the mention of `name` at token `at` (or just after
   *  it: "Mr. Clinton" read from the honorific), or null. */
  private honorificAt(name: string, at: number): Gender | null {
    for (let k = lowerBound(this.all, at); k < this.all.length && this.all[k].token <= at + 2; k++)
      if (this.all[k].name === name) return titlesGender(this.all[k].titles);
    return null;
  }

  /** Is this name (or the surname of) a person mentioned in the document? */
  isPerson(name: string): boolean {
    let known = this.personMemo.get(name);
    if (known === undefined) {
      known = this.personNames.has(name) || [...this.personNames].some((p) => p.endsWith(` ${name}`));
      this.personMemo.set(name, known);
    }
    return known;
  }

  /** The latest mention of a person before token `token` (and from token `from`) that `accept` takes. */
  lastPersonBefore(token: number, accept: (m: NameMention) => boolean, from = 0): NameMention | null {
    for (let k = lowerBound(this.people, token) - 1; k >= 0 && this.people[k].token >= from; k--)
      if (accept(this.people[k])) return this.people[k];
    return null;
  }

  /**
   * Could this name, taken for a person's, be a body's ("Harbour Watch said …", "Online retailer
   * Kartly said …", then "It urged …")? Its first word is no given name, and the article gives no
   * sign of a gender for it.
   */
  mayNameBody(name: string): boolean {
    const space = name.indexOf(' ');
    const first = space < 0 ? name : name.slice(0, space);
    return !isGivenName(first) && this.genders.fits(name, 'm') && this.genders.fits(name, 'f');
  }

  /** Can this pronoun refer to the person so named, as far as the article tells their gender? */
  fits(name: string, pronoun: string): boolean {
    const g = pronounGender(pronoun);
    // "A spokeswoman said …": a description's own word says whom "he" cannot take up.
    const described = g ? descriptionGender(name) : null;
    if (described && described !== g) return false;
    return this.genders.fits(name, g);
  }

  /** Does the article tell that the person so named is of the pronoun's gender (not merely not otherwise)? */
  surelyFits(name: string, pronoun: string): boolean {
    const g = pronounGender(pronoun);
    return !!g && this.genders.says(name, g);
  }

  /** May the person so named be the one a description of gender `g` describes ("the
   *  spokeswoman" is no Tom Okafor)? */
  fitsGender(name: string, g: Gender | null): boolean {
    return this.genders.fits(name, g);
  }

  /** The first mention of a person in tokens [from, to) that `accept` takes. */
  firstPersonIn(from: number, to: number, accept: (m: NameMention) => boolean): NameMention | null {
    for (let k = lowerBound(this.people, from); k < this.people.length && this.people[k].token < to; k++)
      if (accept(this.people[k])) return this.people[k];
    return null;
  }

  /** The latest mention of a person in tokens [from, to). */
  lastPersonIn(from: number, to: number): NameMention | null {
    const k = lowerBound(this.people, to) - 1;
    return k >= 0 && this.people[k].token >= from ? this.people[k] : null;
  }

  /** The latest name before token `token` that ends in the word ("Westbury Water Board" for "the
   *  Board"), or null. */
  lastEndingIn(word: string, token: number): string | null {
    const suffix = ` ${word}`;
    for (let k = lowerBound(this.all, token) - 1; k >= 0; k--)
      if (this.all[k].name.endsWith(suffix)) return this.all[k].name;
    return null;
  }

  /** The latest mention in tokens [from, to) of a person: a person's name, or a surname alone
   *  of a person named in full ("Ferreira" after "Mateo Ferreira"). */
  lastPersonOrSurnameIn(from: number, to: number): NameMention | null {
    const person = this.lastPersonIn(from, to);
    if (person) return person;
    for (let k = lowerBound(this.all, to) - 1; k >= 0 && this.all[k].token >= from; k--)
      if (!this.all[k].name.includes(' ') && this.isPerson(this.all[k].name)) return this.all[k];
    return null;
  }

  /** The first mention of anyone or anything in tokens [from, to) that `accept` takes. */
  firstIn(from: number, to: number, accept: (m: NameMention) => boolean): NameMention | null {
    for (let k = lowerBound(this.all, from); k < this.all.length && this.all[k].token < to; k++)
      if (accept(this.all[k])) return this.all[k];
    return null;
  }

  /** The last word of each mention's name, lowercase (built when first asked for). */
  private lastWords: string[] | null = null;

  /** The last word of the k-th mention's name (after its last space), lowercase. */
  lastWordOf(k: number): string {
    if (this.lastWords === null) {
      // A loop into a literal, not map(): map()'s arrays are holey (packed when empty), and the
      // read below, optimised for one kind, was thrown away on meeting the other.
      const words: string[] = [];
      for (const m of this.all) words.push(m.name.slice(m.name.lastIndexOf(' ') + 1).toLowerCase());
      this.lastWords = words;
    }
    return this.lastWords[k];
  }

  /** How many mentions (of anyone, in text order) start before token `token`. */
  countBefore(token: number): number {
    return lowerBound(this.all, token);
  }

  /** The latest mention of anyone before token `token`. */
  lastBefore(token: number): NameMention | null {
    const k = lowerBound(this.all, token) - 1;
    return k >= 0 ? this.all[k] : null;
  }
}

/** The first index of mentions (in text order) at or after token `token`. */
function lowerBound(mentions: NameMention[], token: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid].token < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
