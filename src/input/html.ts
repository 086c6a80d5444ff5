// HTML pages: main text, title and date via @mozilla/readability on linkedom (no script runs:
// linkedom builds a DOM without executing anything).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { Parser } from 'htmlparser2';
import { looseDate } from './dates.js';
import { InputError, MAX_HTML_BYTES, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from './limits.js';

export interface HtmlArticle {
  text: string;
  title: string | null;
  date: string | null;
  url: string | null;
  outlet: string | null;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:updated_time"]',
];

interface MiniDoc {
  querySelector(sel: string): { getAttribute(n: string): string | null; textContent: string | null } | null;
  querySelectorAll(sel: string): ArrayLike<{ remove(): void }>;
}

function meta(doc: MiniDoc, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/** Readability's text keeps paragraph breaks from block elements; tidy it into \n\n paragraphs. */
function tidy(text: string): string {
  return text
    .replace(/\r/g, '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}

class ShapeLimit extends Error {}

/**
 * Elements and nesting depth of a page as the parser behind linkedom builds it (same tokenizer,
 * same implied end tags), without building anything: parsing and extraction of a hostile page
 * (100,000 nested divs, or unclosed `<p><li>` pairs that it nests) would run for minutes.
 * Stops as soon as a limit is passed.
 */
export function htmlShape(html: string): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  const parser = new Parser(
    {
      onopentagname() {
        elements++;
        if (++depth > maxDepth) maxDepth = depth;
        if (elements > MAX_HTML_ELEMENTS || maxDepth > MAX_HTML_DEPTH) throw new ShapeLimit();
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  try {
    parser.end(html);
  } catch (e) {
    if (!(e instanceof ShapeLimit)) throw e;
  }
  return { elements, depth: maxDepth };
}

export function extractHtml(html: string): HtmlArticle {
  if (html.length > MAX_HTML_BYTES) throw new InputError(`HTML larger than ${MAX_HTML_BYTES} bytes`);
  const shape = htmlShape(html);
  if (shape.depth > MAX_HTML_DEPTH)
    throw new InputError(`HTML nested more than ${MAX_HTML_DEPTH} elements deep`);
  if (shape.elements > MAX_HTML_ELEMENTS)
    throw new InputError(`HTML with more than ${MAX_HTML_ELEMENTS} elements`);
  const { document } = parseHTML(html);
  const doc = document as unknown as MiniDoc;
  // Block-level elements get line breaks so textContent keeps paragraphs apart.
  const date =
    looseDate(meta(doc, DATE_META)) ??
    looseDate(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
  const url = meta(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const outlet = meta(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  for (const el of Array.from(doc.querySelectorAll('script,style,noscript,template,iframe,svg'))) el.remove();
  for (const el of Array.from(
    doc.querySelectorAll('p,div,li,h1,h2,h3,h4,h5,h6,br,blockquote,tr,section,article'),
  )) {
    (el as unknown as { after?(s: string): void }).after?.('\n');
  }
  // Readability mutates the document it is given; the metadata was read first.
  const parsed = new Readability(document as unknown as globalThis.Document, { charThreshold: 200 }).parse();
  let text = tidy(parsed?.textContent ?? '');
  if (!text)
    text = tidy((document as unknown as { body?: { textContent: string | null } }).body?.textContent ?? '');
  const title = parsed?.title?.trim() || doc.querySelector('title')?.textContent?.trim() || null;
  return {
    text,
    title,
    date: date ?? looseDate(parsed?.publishedTime ?? null),
    url: url ?? null,
    outlet: outlet ?? parsed?.siteName ?? null,
  };
}
