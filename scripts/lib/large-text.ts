// Generated pages of about 1 MB (just under the input limit, MAX_TEXT_CHARS), for the bench's
// large-article section and scripts/large-input.ts.

/** Characters of a generated page: just under the 1,000,000-character input limit. */
export const LARGE_TEXT_SIZE = 990_000;

/** Sentences from `make` (given their number), joined by spaces, until LARGE_TEXT_SIZE characters. */
export function fillPage(make: (k: number) => string): string {
  const parts: string[] = [];
  let n = 0;
  for (let k = 0; n < LARGE_TEXT_SIZE; k++) {
    const s = make(k);
    parts.push(s);
    n += s.length + 1;
  }
  return parts.join(' ');
}
