// What an article itself says of a person's gender, for resolving "he" and "she": an honorific
// before a mention ("Mrs. Ortiz", "Mr. Lenz") or a gendered title ("spokeswoman Dana Ortiz").
// Nothing is guessed from first names; a person the article gives no sign for fits either pronoun.
import type { Document } from '../text/document.js';
import type { NameMention } from './names.js';

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
  private readonly bySurname = new Map<string, Gender | null>();

  constructor(doc: Document, mentions: readonly NameMention[]) {
    for (const m of mentions) {
      let g: Gender | undefined;
      for (const t of m.titles) g ??= GENDERED_TITLES.get(t);
      // "Mrs. Ortiz": the honorific and its full stop right before the name.
      let j = m.token - 1;
      if (j >= 0 && doc.tokens[j].text === '.') j--;
      if (j >= 0) g ??= HONORIFICS.get(doc.tokens[j].norm);
      if (!g) continue;
      const key = surnameOf(m.name);
      const known = this.bySurname.get(key);
      this.bySurname.set(key, known === undefined || known === g ? g : null);
    }
  }

  /** Can a pronoun of gender `g` (null: any) refer to the person so named? */
  fits(name: string, g: Gender | null): boolean {
    if (!g) return true;
    const known = this.bySurname.get(surnameOf(name));
    return !known || known === g;
  }
}
