// Worker thread for upgrade-store.ts: packed sentence units of article texts, as ingest computes them.
import { parentPort } from 'node:worker_threads';
import { buildDocument } from '../src/text/document.js';
import { packUnits, unitsToBytes } from '../src/reuse/units.js';

parentPort?.on('message', (msg: { id: number; texts: string[] }) => {
  const units = msg.texts.map((text) =>
    unitsToBytes(
      packUnits(buildDocument({ id: '', text, date: null, title: null, url: null, outlet: null })),
    ),
  );
  parentPort?.postMessage({ id: msg.id, units });
});
