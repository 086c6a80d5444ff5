// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item is an article. The item's full content
// (`content:encoded`, Atom `content`) is preferred to its summary (`description`, `summary`);
// HTML in it is reduced to its text. Bad items are reported as `FILE:LINE: reason` and skipped.
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Article } from '../model.js';
import { parseDate } from './dates.js';
import { checkMarkupShape, fragmentText } from './html.js';
import { cleanText } from './clean.js';
import { InputError, MAX_FIELD_CHARS } from './limits.js';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { name: string; attribs: Record<string, string> }>;

// A feed of a few thousand items holds tens of thousands of elements; entity-escaped HTML in
// items is text to the XML parser and is checked again as HTML per item.
const FEED_LIMITS = { maxDepth: 256, maxElements: 500_000, xmlMode: true };

function childrenNamed(el: Element, names: string[]): Element[] {
  return DomUtils.getChildren(el).filter(
    (c): c is Element => DomUtils.isTag(c) && names.includes(c.name.toLowerCase()),
  );
}

function textOf(el: Element | undefined): string | null {
  if (!el) return null;
  const t = DomUtils.textContent(el).trim();
  return t || null;
}

function firstText(el: Element, names: string[]): string | null {
  for (const name of names) {
    const t = textOf(childrenNamed(el, [name])[0]);
    if (t) return t;
  }
  return null;
}

/** A feed date (RFC 822 in RSS, ISO 8601 in Atom) as ISO 8601; throws InputError if unparseable. */
export function feedDate(raw: string | null): string | null {
  if (!raw) return null;
  try {
    return parseDate(raw);
  } catch {
    const t = Date.parse(raw);
    if (Number.isNaN(t)) throw new InputError(`unparseable date ${JSON.stringify(raw.slice(0, 40))}`);
    return new Date(t).toISOString().replace('.000Z', 'Z');
  }
}

function atomLink(entry: Element): string | null {
  const links = childrenNamed(entry, ['link']);
  const alternate = links.find((l) => (l.attribs.rel ?? 'alternate') === 'alternate') ?? links[0];
  return alternate?.attribs.href?.trim() || null;
}

/** The item's text: full content before summary; HTML unless an Atom element says `type="text"`. */
function itemText(item: Element): string {
  for (const name of ['content:encoded', 'content', 'description', 'summary']) {
    const el = childrenNamed(item, [name])[0];
    if (!el) continue;
    const type = (el.attribs.type ?? 'html').toLowerCase();
    // Atom `xhtml` content is markup inside the element; everything else is (escaped) text.
    const raw = type === 'xhtml' ? DomUtils.getInnerHTML(el, { xmlMode: true }) : DomUtils.textContent(el);
    const text = type === 'text' ? raw.trim() : fragmentText(raw);
    if (text) return text;
  }
  throw new InputError('item without content, description or summary');
}

function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < index; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

export interface FeedItem {
  /** 1-based line of the item in the feed, for error messages. */
  line: number;
  read(): Article;
}

/**
 * The items of a feed, each read on demand so that one bad item is reported and skipped alone.
 * Throws InputError when the document is not a feed or is too large or deep to parse.
 */
export function feedItems(xml: string, label: string): FeedItem[] {
  checkMarkupShape(xml, 'feed', FEED_LIMITS);
  const doc = parseDocument(xml, { xmlMode: true, withStartIndices: true });
  const root = DomUtils.getChildren(doc).find((c): c is Element => DomUtils.isTag(c));
  const kind = root?.name.toLowerCase();
  if (!root || (kind !== 'rss' && kind !== 'feed' && kind !== 'rdf:rdf'))
    throw new InputError('not an RSS or Atom feed');
  const channel = kind === 'rss' ? childrenNamed(root, ['channel'])[0] : root;
  if (!channel) throw new InputError('RSS feed without a channel');
  const outlet = firstText(channel, ['title']);
  const entries = childrenNamed(kind === 'rdf:rdf' ? root : channel, [kind === 'feed' ? 'entry' : 'item']);
  return entries.map((item, n) => ({
    line: lineAt(xml, item.startIndex ?? 0),
    read(): Article {
      const url =
        kind === 'feed' ? atomLink(item) : (firstText(item, ['link']) ?? item.attribs['rdf:about'] ?? null);
      const id = firstText(item, ['guid', 'id']) ?? url ?? `${label}#${n + 1}`;
      return {
        id: id.slice(0, MAX_FIELD_CHARS),
        text: cleanText(itemText(item)),
        date: feedDate(firstText(item, ['pubdate', 'dc:date', 'published', 'updated', 'issued'])),
        title: firstText(item, ['title'])?.slice(0, MAX_FIELD_CHARS) ?? null,
        url: url?.slice(0, MAX_FIELD_CHARS) ?? null,
        outlet: outlet?.slice(0, MAX_FIELD_CHARS) ?? null,
      };
    },
  }));
}
