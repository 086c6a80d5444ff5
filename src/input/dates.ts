// Dates in input: YYYY-MM-DD or ISO 8601 (normalised to YYYY-MM-DD when there is no time).
import { InputError } from './limits.js';

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A valid date string kept as given (trimmed), or null for empty; throws InputError when unparseable. */
export function parseDate(raw: unknown): string | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (typeof raw !== 'string') throw new InputError(`date must be a string, got ${typeof raw}`);
  const s = raw.trim();
  const m = ISO_RE.exec(s);
  if (!m) throw new InputError(`unparseable date ${JSON.stringify(s.slice(0, 40))}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d)
    throw new InputError(`invalid calendar date ${JSON.stringify(s)}`);
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59))
    throw new InputError(`invalid time in ${JSON.stringify(s)}`);
  return s;
}

/** Lenient parse of dates found in HTML metadata (any format Date understands); null if none. */
export function looseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  try {
    return parseDate(s.length > 10 && s[10] === 'T' ? s : s.slice(0, 10));
  } catch {
    const t = Date.parse(s);
    if (Number.isNaN(t)) return null;
    return new Date(t).toISOString().slice(0, 10);
  }
}

/** Milliseconds since epoch for ordering; null when undated. */
export function dateValue(date: string | null): number | null {
  if (!date) return null;
  const t = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  return Number.isNaN(t) ? null : t;
}
