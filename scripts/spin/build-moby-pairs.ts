// Writes data/spin/moby-reversed.tsv.gz: the Moby Thesaurus reversed (for a written word, the head
// words whose synonym lists hold it: what a thesaurus spinner may have replaced by it), one-word
// pairs only, kept when the GloVe word vectors (src/lexicon/embeddings.ts) put the two words close.
// The Moby Thesaurus (Grady Ward, 1996) is public domain; its npm packaging `moby` 1.1.2 (words.txt:
// Moby plus the OpenOffice thesaurus lists, one head word per line, `head,synonym,...`) is not a
// dependency. To rebuild:
//
//   npm install --no-save moby@1.1.2
//   node --import tsx scripts/spin/build-moby-pairs.ts node_modules/moby/words.txt
//
// Row format: `written<TAB>original:cos|original:cos|...`, originals by descending cosine (cos in
// hundredths). Deterministic: the same words.txt and vectors give the same file.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { embeddings } from '../../src/lexicon/embeddings.js';

/** Pairs whose vectors are less alike than this are dropped: Moby's lists are broad ("gear" is
 *  listed under man, thing, good), and such distant pairs are rarely a spinner's swap. */
export const MIN_COSINE = 0.35;
/** Originals kept per written word, closest first. */
export const MAX_ORIGINALS = 12;
const PLAIN = /^[a-z]+(?:-[a-z]+)?$/;

/** The reversed, filtered table as rows (written word → originals with their cosine). */
export function reverseMoby(text: string): Map<string, Array<[string, number]>> {
  const vectors = embeddings();
  if (!vectors) throw new Error('data/lexicon/glove-100d.bin.gz is missing');
  const byWritten = new Map<string, Map<string, number>>();
  for (const line of text.split(/\r?\n/)) {
    const fields = line.split(',');
    const head = fields[0];
    if (!head || !PLAIN.test(head)) continue;
    const h = vectors.index(head);
    if (h < 0) continue;
    for (let k = 1; k < fields.length; k++) {
      const written = fields[k];
      if (written === head || !PLAIN.test(written)) continue;
      const w = vectors.index(written);
      if (w < 0) continue;
      const cos = Math.round(vectors.cosine(h, w) * 100) / 100;
      if (cos < MIN_COSINE) continue;
      let row = byWritten.get(written);
      if (!row) byWritten.set(written, (row = new Map()));
      row.set(head, cos);
    }
  }
  const out = new Map<string, Array<[string, number]>>();
  for (const written of [...byWritten.keys()].sort()) {
    const originals = [...byWritten.get(written)!.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_ORIGINALS);
    out.set(written, originals);
  }
  return out;
}

export function formatRows(rows: Map<string, Array<[string, number]>>): string {
  let out = '';
  for (const [written, originals] of rows) {
    out += `${written}\t${originals.map(([o, c]) => `${o}:${Math.round(c * 100)}`).join('|')}\n`;
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = process.argv[2];
  if (!source) {
    console.error('usage: build-moby-pairs.ts PATH/TO/moby/words.txt');
    process.exit(1);
  }
  const rows = reverseMoby(readFileSync(source, 'utf8'));
  const out = fileURLToPath(new URL('../../data/spin/moby-reversed.tsv.gz', import.meta.url));
  const body = formatRows(rows);
  writeFileSync(out, gzipSync(body, { level: 9 }));
  let pairs = 0;
  for (const r of rows.values()) pairs += r.length;
  console.log(`${rows.size} written words, ${pairs} pairs → ${out}`);
}
