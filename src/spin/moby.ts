// The reversed Moby Thesaurus (public domain), distilled by scripts/spin/build-moby-pairs.ts into
// data/spin/moby-reversed.tsv.gz: for a written word, the Moby head words listing it whose GloVe
// vectors are close to it, closest first. Real spinners' thesauri pair words WordNet does not
// ("navy" for military, "latest" for recent, "additionally" for also); these rows supply them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SHIPPED_MODEL_DIR } from './model.js';

export const MOBY_FILE = 'moby-reversed.tsv.gz';

export interface MobyOriginal {
  word: string;
  /** Cosine of the two words' vectors, as stored (hundredths). */
  similarity: number;
}

/** Written word → the rest of its row, parsed on first use. */
let rows: Map<string, string> | null = null;
const parsed = new Map<string, MobyOriginal[]>();
const PARSED_LIMIT = 100_000;
const NONE: MobyOriginal[] = [];

/** Parses a table's text (the file after gunzip). */
export function parseMobyRows(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const tab = text.indexOf('\t', at);
    if (tab > at && tab < end) out.set(text.slice(at, tab), text.slice(tab + 1, end));
    at = end + 1;
  }
  return out;
}

function loadRows(): Map<string, string> {
  if (rows) return rows;
  const file = join(SHIPPED_MODEL_DIR, MOBY_FILE);
  rows = existsSync(file) ? parseMobyRows(gunzipSync(readFileSync(file)).toString('utf8')) : new Map();
  return rows;
}

/** Uses `table` (rows as parseMobyRows gives them) instead of the shipped file (tests). */
export function setMobyRows(table: Map<string, string> | null): void {
  rows = table;
  parsed.clear();
}

/** The originals a spinner using Moby may have replaced by `word` (base form), closest first. */
export function mobyOriginals(word: string): readonly MobyOriginal[] {
  let list = parsed.get(word);
  if (list) return list;
  const row = loadRows().get(word);
  if (row === undefined) list = NONE;
  else {
    list = [];
    for (const field of row.split('|')) {
      const colon = field.lastIndexOf(':');
      list.push({ word: field.slice(0, colon), similarity: Number(field.slice(colon + 1)) / 100 });
    }
  }
  if (parsed.size < PARSED_LIMIT) parsed.set(word, list);
  return list;
}
