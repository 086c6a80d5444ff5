// Times the built command on the inputs that used to hit pairwise loops: two articles of 1 MB (the
// input limit), one of repeated "X said" sentences, one of sentences with weak cues, analysed
// (`analyze --json`), traced into a fresh store (`trace`) and read back as story claims
// (`stories --claims`). The texts are generated here, deterministically. Prints the seconds of
// each step and how many statements the first article gives.
// Usage: npm run build && node --import tsx scripts/large-input.ts
// The figures before the indexes of 2026-11-27 came from this script run at 924c547 (built there).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillPage } from './lib/large-text.js';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));

const VERBS = [
  'features images of',
  'made the comments about',
  'spoke about',
  'worried about',
  'is calling for',
];
const said = fillPage(
  (k) =>
    `Officials said the plan, he added, was ${(k * 37) % 99}. “We will see,” she said, and they warned that it would fail.`,
);
const weak = fillPage(
  (k) =>
    `The group ${VERBS[k % VERBS.length]} the plan ${(k * 53) % 99}, and officials ${VERBS[(k * 3 + 1) % VERBS.length]} it.`,
);

const dir = mkdtempSync(join(tmpdir(), 'unspin-large-input-'));
try {
  const a = join(dir, 'said.txt');
  const b = join(dir, 'weak.txt');
  const db = join(dir, 'store.db');
  writeFileSync(a, said);
  writeFileSync(b, weak);
  const run = (args: string[]): { seconds: number; stdout: string } => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(REPO, 'bin/unspin.js'), ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (r.status !== 0) throw new Error(`unspin ${args[0]} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
    return { seconds: (performance.now() - t0) / 1000, stdout: r.stdout };
  };
  const analyzed = run(['analyze', a, '--json']);
  const statements = (JSON.parse(analyzed.stdout.split('\n')[0]) as { statements: unknown[] }).statements
    .length;
  console.log(
    `analyze --json, 1 MB of "X said" sentences: ${analyzed.seconds.toFixed(1)} s (${statements} statements)`,
  );
  console.log(`analyze --json, 1 MB of weak cues: ${run(['analyze', b, '--json']).seconds.toFixed(1)} s`);
  console.log(`trace of both into a fresh store: ${run(['trace', a, b, '--db', db]).seconds.toFixed(1)} s`);
  console.log(`stories --claims over them: ${run(['stories', '--claims', '--db', db]).seconds.toFixed(1)} s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
