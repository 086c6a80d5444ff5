// Turns command-line inputs (files, directories, `-` for stdin) into Articles.
// Bad records are reported as `FILE[:LINE]: reason` through `onError`, skipped, and reading goes on.
import { createReadStream, promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Article } from '../model.js';
import { parseDate } from './dates.js';
import { extractHtml } from './html.js';
import { feedItems } from './feed.js';
import {
  InputError,
  MAX_FEED_BYTES,
  MAX_FIELD_CHARS,
  MAX_HTML_BYTES,
  MAX_LINE_BYTES,
  MAX_TEXT_CHARS,
} from './limits.js';
import { parseTextArticle } from './text-file.js';
import { cleanText } from './clean.js';

export type ErrorSink = (message: string) => void;

const TEXT_EXT = new Set(['.txt', '.text']);
const HTML_EXT = new Set(['.html', '.htm']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const FEED_EXT = new Set(['.rss', '.atom', '.xml']);

function formatOf(file: string): 'txt' | 'html' | 'jsonl' | 'feed' | null {
  const base = file.toLowerCase().replace(/\.gz$/, '');
  const ext = path.extname(base);
  if (TEXT_EXT.has(ext)) return 'txt';
  if (HTML_EXT.has(ext)) return 'html';
  if (JSONL_EXT.has(ext)) return 'jsonl';
  if (FEED_EXT.has(ext)) return 'feed';
  return null;
}

function field(v: unknown, name: string): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new InputError(`"${name}" must be a string`);
  return v.slice(0, MAX_FIELD_CHARS);
}

/** One JSONL record into an Article (text verbatim, or extracted from html). */
export function articleFromJson(obj: unknown): Article {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj))
    throw new InputError('not a JSON object');
  const o = obj as Record<string, unknown>;
  const id = o.id;
  if (typeof id !== 'string' && typeof id !== 'number') throw new InputError('missing "id"');
  const date = parseDate(o.date);
  let text: string;
  let title = field(o.title, 'title');
  let outlet = field(o.outlet, 'outlet');
  let url = field(o.url, 'url');
  let extractedDate: string | null = null;
  if (typeof o.text === 'string') text = o.text;
  else if (typeof o.html === 'string') {
    const h = extractHtml(o.html);
    text = h.text;
    title ??= h.title;
    outlet ??= h.outlet;
    url ??= h.url;
    extractedDate = h.date;
  } else if (o.text !== undefined || o.html !== undefined)
    throw new InputError('"text"/"html" must be a string');
  else throw new InputError('missing "text" or "html"');
  return {
    id: String(id).slice(0, MAX_FIELD_CHARS),
    text: cleanText(text),
    date: date ?? extractedDate,
    title,
    url,
    outlet,
  };
}

async function readWhole(file: string, limit: number): Promise<string> {
  const st = await fs.stat(file);
  if (st.size > limit) throw new InputError(`file larger than ${limit} bytes`);
  const buf = await fs.readFile(file);
  if (buf.includes(0)) throw new InputError('binary data (NUL bytes)');
  return new TextDecoder('utf-8', { fatal: false }).decode(buf);
}

async function* readJsonl(stream: Readable, label: string, onError: ErrorSink): AsyncGenerator<Article> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    if (line.length > MAX_LINE_BYTES) {
      onError(`${label}:${lineNo}: line longer than ${MAX_LINE_BYTES} bytes`);
      continue;
    }
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      onError(`${label}:${lineNo}: invalid JSON (${(e as Error).message.slice(0, 80)})`);
      continue;
    }
    try {
      yield articleFromJson(obj);
    } catch (e) {
      if (e instanceof InputError) onError(`${label}:${lineNo}: ${e.message}`);
      else throw e;
    }
  }
}

async function* readFile(file: string, onError: ErrorSink): AsyncGenerator<Article> {
  const format = formatOf(file);
  if (file.toLowerCase().endsWith('.gz') && format !== 'jsonl') {
    onError(`${file}: only .jsonl.gz and .ndjson.gz are read compressed`);
    return;
  }
  try {
    if (format === 'jsonl') {
      let stream: Readable = createReadStream(file);
      if (file.toLowerCase().endsWith('.gz')) stream = stream.pipe(createGunzip());
      const opened = new Promise<void>((resolve, reject) => {
        stream.once('readable', () => resolve());
        stream.once('error', reject);
      });
      await opened;
      yield* readJsonl(stream, file, onError);
      return;
    }
    if (format === 'feed') {
      for (const item of feedItems(await readWhole(file, MAX_FEED_BYTES), file)) {
        try {
          yield item.read();
        } catch (e) {
          if (e instanceof InputError) onError(`${file}:${item.line}: ${e.message}`);
          else throw e;
        }
      }
      return;
    }
    if (format === 'html') {
      const h = extractHtml(await readWhole(file, MAX_HTML_BYTES));
      yield { id: file, text: cleanText(h.text), date: h.date, title: h.title, url: h.url, outlet: h.outlet };
      return;
    }
    const { text, date } = parseTextArticle(await readWhole(file, MAX_TEXT_CHARS * 4));
    yield { id: file, text: cleanText(text), date, title: null, url: null, outlet: null };
  } catch (e) {
    if (e instanceof InputError) onError(`${file}: ${e.message}`);
    else {
      const err = e as NodeJS.ErrnoException;
      onError(
        `${file}: ${err.code === 'Z_DATA_ERROR' || /incorrect header/.test(err.message) ? 'not valid gzip data' : `unreadable (${err.code ?? err.message})`}`,
      );
    }
  }
}

async function* walk(dir: string, onError: ErrorSink): AsyncGenerator<string> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    onError(`${dir}: unreadable directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    if (ent.name.startsWith('.')) continue;
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) yield* walk(p, onError);
    else if (ent.isFile() && formatOf(p)) yield p;
  }
}

async function readStdin(stdin: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stdin) {
    const buf = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    size += buf.length;
    if (size > MAX_TEXT_CHARS * 4) throw new InputError('standard input too large');
    chunks.push(buf);
  }
  const buf = Buffer.concat(chunks);
  if (buf.includes(0)) throw new InputError('binary data (NUL bytes)');
  return buf.toString('utf8');
}

export interface ReadOptions {
  onError: ErrorSink;
  stdin?: Readable;
}

/** All articles from the given inputs, in order. Directories are read recursively, sorted by name. */
export async function* readInputs(inputs: string[], opts: ReadOptions): AsyncGenerator<Article> {
  for (const input of inputs) {
    if (input === '-') {
      try {
        const { text, date } = parseTextArticle(await readStdin(opts.stdin ?? process.stdin));
        yield { id: '-', text: cleanText(text), date, title: null, url: null, outlet: null };
      } catch (e) {
        if (e instanceof InputError) opts.onError(`-: ${e.message}`);
        else throw e;
      }
      continue;
    }
    let st;
    try {
      st = await fs.stat(input);
    } catch (e) {
      opts.onError(`${input}: unreadable (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    if (st.isDirectory()) {
      for await (const f of walk(input, opts.onError)) yield* readFile(f, opts.onError);
    } else if (!formatOf(input)) {
      opts.onError(
        `${input}: unsupported file type (use .txt, .html, .jsonl or .ndjson (optionally .gz), or an RSS or Atom feed (.rss, .atom, .xml))`,
      );
    } else yield* readFile(input, opts.onError);
  }
}
