// The pronouns a speaker span may be: kept apart from pronouns.ts, which resolves them, so that the
// modules pronouns.ts itself calls can tell a pronoun without importing it back.
export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
export const OTHER_PRONOUNS = new Set(['they', 'it', 'we', 'i', 'you', 'them', 'who', 'which']);

export function isPronoun(text: string): boolean {
  const w = text.trim().toLowerCase();
  return PERSON_PRONOUNS.has(w) || OTHER_PRONOUNS.has(w);
}
