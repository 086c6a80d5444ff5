// Small shared pieces: copy-kind badges and legend, change-kind labels, status lines.
import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api';

export const COPY_KINDS = ['original', 'verbatim', 'edited', 'spun', 'translated', 'paraphrased'] as const;

export const KIND_HELP: Record<string, string> = {
  original: 'derives from nothing stored',
  verbatim: 'same text',
  edited: 'cuts, additions, light edits',
  spun: 'word-for-word synonym substitution',
  translated: 'machine-translation round trip',
  paraphrased: 'rewritten sentence by sentence',
};

export function KindBadge({ kind, count }: { kind: string | null; count?: number }) {
  const k = kind ?? 'unknown';
  return (
    <span class={`badge k-${COPY_KINDS.includes(k as never) ? k : 'unknown'}`} title={KIND_HELP[k] ?? ''}>
      {count !== undefined ? `${count} ` : ''}
      {k}
    </span>
  );
}

export function Legend({ kinds }: { kinds: string[] }) {
  return (
    <ul class="legend" aria-label="Copy kinds">
      {kinds.map((k) => (
        <li key={k}>
          <span class={`swatch k-${k}`} aria-hidden="true" /> {k}
        </li>
      ))}
    </ul>
  );
}

/** Change kinds grouped by seriousness (server severity rank 0..9). */
export function severityClass(severity: number): string {
  return severity <= 3 ? 'sev-high' : severity <= 6 ? 'sev-mid' : 'sev-low';
}

export function changeLabel(kind: string): string {
  return kind.replace(/_/g, ' ');
}

export function Status({
  loading,
  error,
  children,
}: {
  loading: boolean;
  error: ApiError | Error | null;
  children?: ComponentChildren;
}) {
  if (loading) return <p class="status">Loading…</p>;
  if (error)
    return (
      <p class="status error" role="alert">
        {error.message}
      </p>
    );
  return <>{children}</>;
}

export function Section({
  title,
  id,
  children,
}: {
  title: string;
  id?: string;
  children: ComponentChildren;
}) {
  return (
    <section class="card" aria-labelledby={id ? `${id}-h` : undefined}>
      <h2 id={id ? `${id}-h` : undefined}>{title}</h2>
      {children}
    </section>
  );
}

export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** A link target only for http(s) URLs; anything else (javascript:, data:) is shown as text. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function delayText(hours: number | null, first = false): string {
  if (first) return 'first';
  if (hours === null) return '—';
  if (hours === 0) return 'same day';
  if (Math.abs(hours) < 48) return `+${hours} h`;
  return `+${Math.round((hours / 24) * 10) / 10} d`;
}
