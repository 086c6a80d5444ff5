// The bundled demo data (data/demo/) is well formed: articles parse, ids are unique, dates are real,
// and every labelled change points at text that exists in the copy and in its source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COPY_TYPES, type ChangeKind } from '../../src/model.js';

const DIR = fileURLToPath(new URL('../../data/demo/', import.meta.url));

const CHANGE_KINDS = [
  'spun_phrase',
  'quote_altered',
  'name_changed',
  'number_changed',
  'hedge_dropped',
  'attribution_dropped',
  'negation_flipped',
  'meaning_changed',
  'sentence_inserted',
  'sentence_dropped',
] as const satisfies readonly ChangeKind[];

interface DemoArticle {
  id: string;
  text: string;
  date: string;
  title: string;
  url: string;
  outlet: string;
}
interface Label {
  source: string | null;
  copy_type: string;
  story: string;
  changes: { kind: string; copy: string | null; source: string | null }[];
  note?: string;
}

function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const lines = readFileSync(`${DIR}story.jsonl`, 'utf8').split('\n');
const articles: DemoArticle[] = lines
  .filter((l) => l.trim() !== '')
  .map((l, i) => {
    try {
      return JSON.parse(l) as DemoArticle;
    } catch (e) {
      throw new Error(`story.jsonl line ${i + 1}: ${(e as Error).message}`);
    }
  });
const txtFiles = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
const labels = JSON.parse(readFileSync(`${DIR}labels.json`, 'utf8')) as Record<string, Label>;

/** Text by label key: JSONL ids, and .txt files by file name (date header removed). */
const texts = new Map<string, { text: string; date: string | null }>();
for (const a of articles) texts.set(a.id, { text: a.text, date: a.date });
for (const f of txtFiles) {
  const raw = readFileSync(`${DIR}${f}`, 'utf8');
  const m = /^\s*date:?[ \t]+(\S+)[ \t]*\r?\n?/i.exec(raw);
  texts.set(f, { text: m ? raw.slice(m[0].length) : raw, date: m ? m[1]! : null });
}

test('story.jsonl: every line is an article with the expected fields', () => {
  assert.equal(lines.at(-1), '', 'file ends with a newline');
  assert.ok(
    lines.slice(0, -1).every((l) => l.trim() !== ''),
    'no blank lines',
  );
  assert.ok(articles.length >= 8);
  for (const a of articles) {
    for (const k of ['id', 'text', 'date', 'title', 'url', 'outlet'] as const) {
      assert.equal(typeof a[k], 'string', `${a.id}: "${k}" is a string`);
      assert.ok(a[k].trim() !== '', `${a.id}: "${k}" is not empty`);
    }
    assert.ok(isCalendarDate(a.date), `${a.id}: valid date ${a.date}`);
    const url = new URL(a.url);
    assert.match(
      url.hostname,
      /(^|[.-])example\.(com|org|net)$/,
      `${a.id}: url on a reserved example domain`,
    );
    assert.ok(
      ![...a.text].some((ch) => ch < ' ' && ch !== '\n'),
      `${a.id}: no control characters but newlines`,
    );
    assert.equal(a.text, a.text.trim(), `${a.id}: no leading or trailing whitespace`);
  }
});

test('ids and urls are unique', () => {
  const ids = articles.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length);
  const urls = articles.map((a) => a.url);
  assert.equal(new Set(urls).size, urls.length);
  for (const f of txtFiles) assert.ok(!ids.includes(f), `${f} does not clash with a JSONL id`);
});

test('.txt files: optional date header is a valid date', () => {
  assert.ok(txtFiles.includes('lone-spun-copy.txt'));
  for (const f of txtFiles) {
    const { text, date } = texts.get(f)!;
    if (date !== null) assert.ok(isCalendarDate(date), `${f}: valid date ${date}`);
    assert.ok(text.trim().length > 0, `${f}: has text`);
  }
});

test('the original report is 350-450 words in 10-14 paragraphs', () => {
  const orig = articles.find((a) => a.id === 'dod-original');
  assert.ok(orig);
  const words = orig.text.split(/\s+/).filter(Boolean).length;
  const paras = orig.text.split(/\n\s*\n/).length;
  assert.ok(words >= 350 && words <= 450, `${words} words`);
  assert.ok(paras >= 10 && paras <= 14, `${paras} paragraphs`);
});

test('labels.json covers every article and is consistent', () => {
  assert.deepEqual(Object.keys(labels).sort(), [...texts.keys()].sort());
  for (const [id, l] of Object.entries(labels)) {
    assert.ok((COPY_TYPES as readonly string[]).includes(l.copy_type), `${id}: copy type ${l.copy_type}`);
    assert.equal(typeof l.story, 'string', `${id}: story`);
    assert.ok(Array.isArray(l.changes), `${id}: changes is a list`);
    if (l.source === null) {
      assert.equal(l.changes.length, 0, `${id}: no changes without a source`);
    } else {
      assert.ok(texts.has(l.source), `${id}: source ${l.source} exists`);
      assert.notEqual(l.source, id, `${id}: not its own source`);
      assert.notEqual(l.copy_type, 'original', `${id}: a copy with a source is not original`);
      assert.equal(labels[l.source]!.source, null, `${id}: source ${l.source} is itself an original`);
      assert.equal(labels[l.source]!.story, l.story, `${id}: same story as its source`);
      const d = texts.get(id)!.date;
      const sd = texts.get(l.source)!.date;
      if (d && sd) assert.ok(d >= sd, `${id}: dated ${d}, not before its source (${sd})`);
    }
  }
});

test('every labelled change quotes text that exists in the copy and in its source', () => {
  for (const [id, l] of Object.entries(labels)) {
    const copy = texts.get(id)!.text;
    const source = l.source === null ? '' : texts.get(l.source)!.text;
    for (const c of l.changes) {
      const what = `${id}: ${c.kind} ${JSON.stringify(c.copy ?? c.source)}`;
      assert.ok((CHANGE_KINDS as readonly string[]).includes(c.kind), `${what}: known kind`);
      assert.ok(c.copy !== null || c.source !== null, `${what}: has copy or source text`);
      if (c.kind === 'sentence_inserted') assert.equal(c.source, null, `${what}: inserted has no source`);
      if (c.kind === 'sentence_dropped') assert.equal(c.copy, null, `${what}: dropped has no copy`);
      if (c.copy !== null) {
        assert.ok(c.copy.length > 0, `${what}: copy text not empty`);
        assert.ok(copy.includes(c.copy), `${what}: copy text found in ${id}`);
      }
      if (c.source !== null) {
        assert.ok(c.source.length > 0, `${what}: source text not empty`);
        assert.ok(source.includes(c.source), `${what}: source text found in ${l.source}`);
      }
      if (c.kind === 'sentence_dropped') assert.ok(!copy.includes(c.source!), `${what}: really dropped`);
      if (c.kind === 'sentence_inserted') assert.ok(!source.includes(c.copy!), `${what}: really inserted`);
      if (c.copy !== null && c.source !== null) assert.notEqual(c.copy, c.source, `${what}: differs`);
    }
  }
});

test('verbatim copies contain their source word for word', () => {
  for (const [id, l] of Object.entries(labels)) {
    if (l.copy_type !== 'verbatim' || l.source === null) continue;
    assert.ok(texts.get(id)!.text.includes(texts.get(l.source)!.text), id);
  }
});

test('the input reader reads the whole demo directory without errors', async () => {
  const { readInputs } = await import('../../src/input/read.js');
  const errors: string[] = [];
  const read = [];
  for await (const a of readInputs([DIR], { onError: (m) => errors.push(m) })) read.push(a);
  assert.deepEqual(errors, []);
  assert.equal(read.length, articles.length + txtFiles.length);
});
