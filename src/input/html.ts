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

export interface ShapeLimits {
  maxDepth: number;
  maxElements: number;
  /** XML (feeds) rather than HTML tokenizing and implied end tags. */
  xmlMode?: boolean;
}

const PAGE_LIMITS: ShapeLimits = { maxDepth: MAX_HTML_DEPTH, maxElements: MAX_HTML_ELEMENTS };

/**
 * Elements and nesting depth of markup as the parser behind linkedom builds it (same tokenizer,
 * same implied end tags), without building anything: parsing and extraction of a hostile page
 * (100,000 nested divs, or unclosed `<p><li>` pairs that it nests) would run for minutes.
 * Stops as soon as a limit is passed.
 */
export function htmlShape(
  markup: string,
  limits: ShapeLimits = PAGE_LIMITS,
): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  const parser = new Parser(
    {
      onopentagname() {
        elements++;
        if (++depth > maxDepth) maxDepth = depth;
        if (elements > limits.maxElements || maxDepth > limits.maxDepth) throw new ShapeLimit();
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false, xmlMode: limits.xmlMode ?? false },
  );
  try {
    parser.end(markup);
  } catch (e) {
    if (!(e instanceof ShapeLimit)) throw e;
  }
  return { elements, depth: maxDepth };
}

/** Throws InputError for markup too large, too deep or with too many elements to parse safely. */
export function checkMarkupShape(markup: string, what: string, limits: ShapeLimits = PAGE_LIMITS): void {
  const shape = htmlShape(markup, limits);
  if (shape.depth > limits.maxDepth)
    throw new InputError(`${what} nested more than ${limits.maxDepth} elements deep`);
  if (shape.elements > limits.maxElements)
    throw new InputError(`${what} with more than ${limits.maxElements} elements`);
}

type LinkedDocument = ReturnType<typeof parseHTML>['document'];

/** Removes scripts, styles and the like, and puts line breaks after block elements. */
function markTextBreaks(document: LinkedDocument): void {
  const doc = document as unknown as MiniDoc;
  for (const el of Array.from(doc.querySelectorAll('script,style,noscript,template,iframe,svg'))) el.remove();
  // Block-level elements get line breaks so textContent keeps paragraphs apart.
  for (const el of Array.from(
    doc.querySelectorAll('p,div,li,h1,h2,h3,h4,h5,h6,br,blockquote,tr,section,article'),
  )) {
    (el as unknown as { after?(s: string): void }).after?.('\n');
  }
}

function bodyText(document: LinkedDocument): string {
  return tidy((document as unknown as { body?: { textContent: string | null } }).body?.textContent ?? '');
}

/**
 * All the text of an HTML fragment (a feed item's content), paragraphs kept, no main-text
 * extraction: a fragment is the article.
 */
export function fragmentText(html: string): string {
  if (html.length > MAX_HTML_BYTES) throw new InputError(`HTML larger than ${MAX_HTML_BYTES} bytes`);
  const page = `<!doctype html><html><body>${html}</body></html>`;
  checkMarkupShape(page, 'HTML');
  const { document } = parseHTML(page);
  markTextBreaks(document);
  return bodyText(document);
}

export function extractHtml(html: string): HtmlArticle {
  if (html.length > MAX_HTML_BYTES) throw new InputError(`HTML larger than ${MAX_HTML_BYTES} bytes`);
  checkMarkupShape(html, 'HTML');
  const { document } = parseHTML(html);
  const doc = document as unknown as MiniDoc;
  // Metadata first: markTextBreaks removes elements (a <time> may sit in a <noscript>).
  const date =
    looseDate(meta(doc, DATE_META)) ??
    looseDate(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
  const url = meta(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const outlet = meta(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  markTextBreaks(document);
  // Readability mutates the document it is given; the metadata was read first.
  const parsed = new Readability(document as unknown as globalThis.Document, { charThreshold: 200 }).parse();
  let text = tidy(parsed?.textContent ?? '');
  if (!text) text = bodyText(document);
  const title = parsed?.title?.trim() || doc.querySelector('title')?.textContent?.trim() || null;
  return {
    text,
    title,
    date: date ?? looseDate(parsed?.publishedTime ?? null),
    url: url ?? null,
    outlet: outlet ?? parsed?.siteName ?? null,
  };
}
