// The built command's output piped into a reader that stops early (`| head`): the command stops
// quietly with status 0, no EPIPE stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDITED, ORIGINAL, SPUN, UNRELATED } from '../fixtures/articles.js';

const bin = fileURLToPath(new URL('../../bin/unspin.js', import.meta.url));

test('analyze piped into a reader that stops early ends quietly', (t) => {
  if (!existsSync(fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url)))) {
    t.skip('dist/ not built: run `npm run build` (npm test does)');
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'unspin-pipe-'));
  const feed = path.join(dir, 'feed.jsonl');
  const texts = [ORIGINAL, EDITED, SPUN, UNRELATED];
  writeFileSync(
    feed,
    Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `a${i}`, text: texts[i % 4] })).join('\n'),
  );
  // bash reports the command's own status through PIPESTATUS; head stops after 10 bytes.
  const r = spawnSync(
    'bash',
    [
      '-c',
      `"${process.execPath}" "${bin}" analyze "${feed}" --json --jobs 1 | head -c 10 >/dev/null; ` +
        'echo ${PIPESTATUS[0]}',
    ],
    { encoding: 'utf8' },
  );
  assert.equal(r.stdout.trim(), '0', r.stderr);
  assert.doesNotMatch(r.stderr, /EPIPE|Error/);
});
