// A small real store for server and browser tests: one story (an original, a verbatim copy, a
// spun copy), plus an unrelated article carrying hostile markup. Traced by the real engine; the
// spun copy's typed changes are then set to known values, so the UI has changes to show while
// the change typing is still being built.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Article, Change } from '../../src/model.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { traceInto } from '../../src/cli/trace.js';
import type { Io } from '../../src/cli/common.js';

export const ORIGINAL = `The city council voted on Tuesday to close the Old Mill bridge for repairs after engineers found cracks in two of its supporting piers.

Council leader Maria Okafor said the closure was necessary to keep residents safe, amid growing concern about the state of the river crossings.

Engineers could need up to eight months to strengthen the piers and replace the worn deck, as well as the railings on both sides, Okafor said.

The alleged delays in earlier inspections have been raised with the regional transport authority and local business groups in recent days.

About 12,000 vehicles cross the bridge each day. The transport authority did not immediately respond to a request for comment.

Officials said about 8,500 drivers would face detours and the heavy equipment could be moved within days.`;

/** The original with word-for-word substitutions and a changed figure. */
export const SPUN = ORIGINAL.replace('strengthen', 'fortify')
  .replace('growing concern', 'rising concern')
  .replace('worn deck', 'tired deck')
  .replace('heavy equipment', 'weighty gear')
  .replace('8,500', '5,800')
  .replace('recent days', 'latest days');

export const HOSTILE_TEXT = `Breaking: <img src=x onerror=alert(1)> officials met on Tuesday to discuss the harbour project.

<script>alert("xss")</script> The council said the plan would cost more than expected and promised a public hearing next month.

Residents said "<b>bold</b>" claims about the harbour were exaggerated.`;

export const ARTICLES: Article[] = [
  {
    id: 'wire-1',
    text: ORIGINAL,
    date: '2022-02-03',
    title: 'Old Mill bridge to close for repairs',
    url: 'https://wire.example/1',
    outlet: 'Wire Agency',
  },
  {
    id: 'daily-7',
    text: ORIGINAL,
    date: '2022-02-04',
    title: 'Old Mill bridge to close for repairs',
    url: null,
    outlet: 'Daily Herald',
  },
  { id: 'spun-3', text: SPUN, date: '2022-02-05', title: null, url: null, outlet: 'Content Farm' },
  {
    id: 'xss-<1>',
    text: HOSTILE_TEXT,
    date: '2022-03-01',
    title: '<script>alert(2)</script> Harbour plan',
    url: 'javascript:alert(3)',
    outlet: '<i>Evil</i> Times',
  },
];

function spanOf(text: string, needle: string) {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture text lacks ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

/** Known typed changes of the spun copy against the original. */
export const SPUN_CHANGES: Change[] = [
  {
    kind: 'spun_phrase',
    copy: spanOf(SPUN, 'weighty gear'),
    source: spanOf(ORIGINAL, 'heavy equipment'),
    confidence: 0.9,
    note: '',
  },
  {
    kind: 'number_changed',
    copy: spanOf(SPUN, '5,800'),
    source: spanOf(ORIGINAL, '8,500'),
    confidence: 0.95,
    note: '8,500 became 5,800',
  },
  {
    kind: 'spun_phrase',
    copy: spanOf(SPUN, 'fortify'),
    source: spanOf(ORIGINAL, 'strengthen'),
    confidence: 0.7,
    note: '',
  },
];

export const quietIo = (): Io => ({
  stdout: new PassThrough(),
  stderr: new PassThrough(),
  stdin: new PassThrough(),
});

export interface Fixture {
  store: Store;
  dir: string;
  cleanup(): Promise<void>;
}

/** A fresh SQLite store in a temp directory with the fixture articles traced. */
export async function makeFixtureStore(extra: Article[] = []): Promise<Fixture> {
  const dir = mkdtempSync(path.join(tmpdir(), 'unspin-server-'));
  const store = await openStore(path.join(dir, 'test.db'));
  await traceInto(store, [...ARTICLES, ...extra], quietIo(), null);
  const spun = await store.getArticle('spun-3');
  const rec = spun ? await store.getTrace(spun.key) : null;
  if (rec) await store.saveTrace({ ...rec, changes: SPUN_CHANGES });
  return {
    store,
    dir,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
