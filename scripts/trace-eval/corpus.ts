// Reads the shared news reference corpus (gzip JSONL, one article per line).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface CorpusArticle {
  id: string;
  source: string;
  date: string | null;
  title: string | null;
  text: string;
}

export function corpusDir(dataDir: string): string {
  return join(dataDir, 'news-corpus');
}

export function hasCorpus(dataDir: string): boolean {
  const dir = corpusDir(dataDir);
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.jsonl.gz'));
}

/** Every article of every `*.jsonl.gz` file, in file order (files sorted by name). */
export function loadCorpus(dataDir: string): CorpusArticle[] {
  const dir = corpusDir(dataDir);
  const out: CorpusArticle[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.jsonl.gz'))
    .sort()) {
    const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line) as CorpusArticle;
      out.push({ id: o.id, source: o.source, date: o.date ?? null, title: o.title ?? null, text: o.text });
    }
  }
  return out;
}

export function wordCount(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/** Splits text into paragraphs (blank-line separated) of sentences, with a simple rule-based splitter. */
export function paragraphsOf(text: string): string[][] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map(splitSentences);
}

const ABBREV =
  /\b(?:Mr|Mrs|Ms|Dr|St|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|No|vs|Gov|Sen|Rep|Gen|Lt|Col)\.$/;

export function splitSentences(p: string): string[] {
  const parts = p.split(/(?<=[.!?]["”’']?)\s+(?=["“‘']?[A-Z0-9])/);
  const out: string[] = [];
  for (const s of parts) {
    if (out.length && ABBREV.test(out[out.length - 1])) out[out.length - 1] += ' ' + s;
    else out.push(s);
  }
  return out.filter((s) => s.length > 0);
}
