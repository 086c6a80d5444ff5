// Checks every reader applies to an article's text before it is stored.
import { InputError, MAX_TEXT_CHARS } from './limits.js';

/** Rejects binary or mis-encoded data: NUL bytes, or many replacement/control characters. */
export function checkText(text: string): void {
  if (text.includes('\u0000')) throw new InputError('binary data (NUL bytes)');
  let bad = 0;
  const n = Math.min(text.length, 20_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  if (n > 0 && bad / n > 0.02) throw new InputError('binary or undecodable data');
}

/** The text itself if it is a storable article text; throws InputError otherwise. */
export function cleanText(text: string): string {
  checkText(text);
  if (text.length > MAX_TEXT_CHARS) throw new InputError(`text longer than ${MAX_TEXT_CHARS} characters`);
  if (!text.trim()) throw new InputError('empty article');
  return text;
}
