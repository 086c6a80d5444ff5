// Caps that keep hostile input from exhausting memory or time. Article text is attacker-controlled.
export const MAX_TEXT_CHARS = 1_000_000; // an article's extracted text
export const MAX_HTML_BYTES = 8 * 1024 * 1024; // one HTML page
export const MAX_LINE_BYTES = 16 * 1024 * 1024; // one JSON line (may carry HTML)
export const MAX_FIELD_CHARS = 2_000; // id, title, url, outlet

/** Thrown for one bad record; the reader reports it as `FILE[:LINE]: reason` and goes on. */
export class InputError extends Error {}
