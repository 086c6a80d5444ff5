// A story as reports and the server show it: members with their trace, first publisher, timeline.
// Reads results only; computes no analysis.
import { COPY_TYPES, type CopyType } from '../model.js';
import type { Store, StoryRecord } from '../store/store.js';
import { dateValue } from '../input/dates.js';
import { isCaptionOrFurniture } from '../reuse/framing.js';

export interface StoryMember {
  id: string;
  key: number;
  date: string | null;
  title: string | null;
  /** The title, or for an untitled article the headline read off its text (see `headlineOf`). */
  headline: string;
  outlet: string | null;
  url: string | null;
  copy_type: CopyType | null;
  source: { id: string; similarity: number } | null;
}

export interface StoryView {
  id: string;
  headline: string | null;
  first_publisher: StoryMember;
  articles: StoryMember[];
  copies_by_kind: Partial<Record<CopyType, number>>;
  timeline: { date: string; count: number }[];
}

/** A dateline or timestamp line ("Mar. 3, 2024 / 9:15 AM", "2024-03-03"), or a byline ("By Dana Holt"). */
const DATE_OR_BYLINE =
  /^(?:(?:updated|published|posted)?:?\s*(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\d{4}-\d{2}-\d{2})\b.{0,30}|by\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})$/iu;
/** A headline opens with a capital, a digit or a quotation mark; "- Tuesday 4 March" or "with reporting from" do not. */
const STARTS_LIKE_A_HEADLINE = /^["'“‘]?[\p{Lu}\d]/u;
/** A teaser cut mid-word ("... the o", "Refinitiv es"). */
const ENDS_CUT_SHORT = /\s\p{Ll}{1,2}$/u;
/** A short line naming a day ("Eastport (Norland), March 3") is a dateline. */
const MONTH_DAY =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** How many of an untitled page's first lines may hold its headline. */
const HEADLINE_LINES = 12;

function clipHeadline(line: string): string {
  const sentence = line.split(/(?<=[.!?])\s/)[0] ?? line;
  return sentence.length > 140 ? `${sentence.slice(0, 137)}…` : sentence;
}

/**
 * A headline for an article stored without a title: among its first lines, the first that reads as
 * a headline (four words or more, not closed by a full stop, not page furniture, a caption, a
 * dateline or a byline: "Advertisement", "Mar. 3, 2024 / 9:15 AM"); else the first such line
 * closed by a full stop (a lead sentence); else the first line.
 */
export function headlineOf(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, HEADLINE_LINES);
  const usable = lines.filter(
    (l) =>
      l.split(/\s+/).length >= 4 &&
      STARTS_LIKE_A_HEADLINE.test(l) &&
      !ENDS_CUT_SHORT.test(l) &&
      !isCaptionOrFurniture(l) &&
      !DATE_OR_BYLINE.test(l) &&
      !(l.split(/\s+/).length < 8 && MONTH_DAY.test(l)),
  );
  const pick = usable.find((l) => !/[.!?…]["'”’)\]]*$/.test(l)) ?? usable[0] ?? lines[0] ?? '';
  return clipHeadline(pick);
}

export async function storyView(store: Store, rec: StoryRecord): Promise<StoryView> {
  const members: StoryMember[] = [];
  for (const key of rec.members) {
    const a = await store.getArticleByKey(key);
    if (!a) continue;
    const t = await store.getTrace(key);
    members.push({
      id: a.id,
      key,
      date: a.date,
      title: a.title,
      headline: a.title ?? headlineOf(a.text),
      outlet: a.outlet,
      url: a.url,
      copy_type: t?.copyType ?? null,
      source: t?.source ? { id: t.source.id, similarity: t.source.similarity } : null,
    });
  }
  // Publication order: dated first by date, then undated in store order.
  members.sort((x, y) => {
    const dx = dateValue(x.date) ?? Infinity;
    const dy = dateValue(y.date) ?? Infinity;
    return dx !== dy ? dx - dy : x.key - y.key;
  });
  // First publisher: the earliest dated article with no source; else the earliest article.
  const first =
    members.find((m) => m.source === null && m.date) ?? members.find((m) => m.source === null) ?? members[0];
  const byKind: Partial<Record<CopyType, number>> = {};
  for (const m of members) if (m.copy_type) byKind[m.copy_type] = (byKind[m.copy_type] ?? 0) + 1;
  const perDay = new Map<string, number>();
  for (const m of members)
    if (m.date) perDay.set(m.date.slice(0, 10), (perDay.get(m.date.slice(0, 10)) ?? 0) + 1);
  return {
    id: rec.id,
    headline: first?.headline ?? null,
    first_publisher: first,
    articles: members,
    copies_by_kind: byKind,
    timeline: [...perDay.entries()].sort().map(([date, count]) => ({ date, count })),
  };
}

/** What a story list may be narrowed to (the CLI's `stories` flags and the API's query). */
export interface StoryCriteria {
  /** YYYY-MM-DD: a member published on or after this day. */
  from?: string;
  /** YYYY-MM-DD: a member published on or before this day. */
  to?: string;
  /** Part of an outlet name (any case) that a member carries. */
  outlet?: string;
  /** A member of this copy kind. */
  kind?: CopyType;
}

export function isCopyType(s: string): s is CopyType {
  return (COPY_TYPES as readonly string[]).includes(s);
}

export function storyMatches(v: StoryView, c: StoryCriteria): boolean {
  if (c.kind && !v.copies_by_kind[c.kind]) return false;
  const outlet = c.outlet?.toLowerCase();
  if (outlet && !v.articles.some((a) => a.outlet?.toLowerCase().includes(outlet))) return false;
  if (c.from || c.to) {
    const inRange = v.articles.some((a) => {
      const d = a.date?.slice(0, 10);
      return !!d && (!c.from || d >= c.from) && (!c.to || d <= c.to);
    });
    if (!inRange) return false;
  }
  return true;
}
