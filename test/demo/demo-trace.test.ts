// The bundled demo traces as it is labelled: every copy to its labelled source with its labelled
// kind, the originals to nothing, and the unrelated report in a story of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { DEMO_DIR } from '../../src/cli/demo.js';
import { memoryIo } from '../cli/io.js';

interface Label {
  source: string | null;
  copy_type: string;
  story: string;
}

const labels = JSON.parse(readFileSync(path.join(DEMO_DIR, 'labels.json'), 'utf8')) as Record<string, Label>;

test('the demo traces every article as labelled', { timeout: 120_000 }, async () => {
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'unspin-demo-')), 'demo.db');
  const io = memoryIo();
  const before = process.env.UNSPIN_DB;
  process.env.UNSPIN_DB = db;
  try {
    assert.equal(await main(['demo', '--json'], io), 0, io.err());
  } finally {
    if (before === undefined) delete process.env.UNSPIN_DB;
    else process.env.UNSPIN_DB = before;
  }
  const records = io
    .out()
    .trim()
    .split('\n')
    .map(
      (l) => JSON.parse(l) as { id: string; story: string; source: { id: string } | null; copy_type: string },
    );
  const byLabelKey = new Map(records.map((r) => [r.id.replace(/^demo\//, ''), r]));
  const storyOfLabel = new Map<string, string>();
  for (const [key, label] of Object.entries(labels)) {
    const r = byLabelKey.get(key);
    assert.ok(r, `${key} is traced`);
    // The lone spun copy's source is not in the demo: it has no source here.
    const expectedSource = label.source;
    assert.equal(r.source?.id ?? null, expectedSource, `${key}: source`);
    if (expectedSource !== null || label.copy_type === 'original')
      assert.equal(r.copy_type, label.copy_type, `${key}: kind`);
    const story = storyOfLabel.get(label.story);
    if (story === undefined) storyOfLabel.set(label.story, r.story);
    else assert.equal(r.story, story, `${key}: story`);
  }
  assert.equal(new Set(storyOfLabel.values()).size, storyOfLabel.size, 'one story per labelled story');
  // Read on their own, the source-less spun copy reads as spun and the originals do not.
  const verdicts = new Map(
    io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; spin_verdict?: { reads_spun: boolean } })
      .map((r) => [r.id.replace(/^demo\//, ''), r.spin_verdict?.reads_spun]),
  );
  for (const [key, label] of Object.entries(labels))
    if (label.source === null)
      assert.equal(verdicts.get(key), label.copy_type === 'spun', `${key}: read as spun on its own`);
});
