// Worker thread for upgrade-store.ts: packed sentence units of stored article texts, as ingest
// computes them. `unitsOfText` is also what the calling thread runs.
import { buildDocument } from '../src/text/document.js';
import { packUnits, unitsToBytes } from '../src/reuse/units.js';
import { serveChunks } from '../src/parallel/ordered-map.js';

export function unitsOfText(text: string): Uint8Array {
  return unitsToBytes(
    packUnits(buildDocument({ id: '', text, date: null, title: null, url: null, outlet: null })),
  );
}

serveChunks((r: { key: number; text: string }) => unitsOfText(r.text));
