// Caps that keep hostile input from exhausting memory or time. Article text is attacker-controlled.
export const MAX_TEXT_CHARS = 1_000_000; // an article's extracted text
export const MAX_HTML_BYTES = 8 * 1024 * 1024; // one HTML page
export const MAX_FEED_BYTES = 32 * 1024 * 1024; // one RSS or Atom feed file
export const MAX_LINE_BYTES = 16 * 1024 * 1024; // one JSON line (may carry HTML)
export const MAX_FIELD_CHARS = 2_000; // id, title, url, outlet
// Main-text extraction slows down sharply with nesting (a page nested 2,000 elements deep takes
// minutes) and with element count; news pages nest 20-60 deep and hold a few thousand elements.
export const MAX_HTML_DEPTH = 256;
export const MAX_HTML_ELEMENTS = 25_000;

/** Thrown for one bad record; the reader reports it as `FILE[:LINE]: reason` and goes on. */
export class InputError extends Error {}
