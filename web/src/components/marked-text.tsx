// Text with marked ranges. Everything is rendered as text nodes (Preact escapes them): article
// text is hostile and never becomes markup.
import type { JSX } from 'preact';

export interface Mark {
  start: number;
  end: number;
  class: string;
  /** Shown on hover/focus (e.g. the likely original wording). */
  tip?: string;
  label?: string;
  id?: string;
}

/** Renders text[offset, offset + text.length) with the marks (absolute offsets); overlaps: first wins. */
export function MarkedText({ text, offset = 0, marks }: { text: string; offset?: number; marks: Mark[] }) {
  const out: (string | JSX.Element)[] = [];
  let at = 0;
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of sorted) {
    const s = Math.max(m.start - offset, 0);
    const e = Math.min(m.end - offset, text.length);
    if (e <= s || s < at) continue;
    if (s > at) out.push(text.slice(at, s));
    out.push(
      <mark
        key={`${s}-${e}`}
        id={m.id}
        class={m.class}
        data-tip={m.tip}
        aria-label={m.label ? `${m.label}: ${text.slice(s, e)}` : undefined}
        tabIndex={m.tip ? 0 : undefined}
      >
        {text.slice(s, e)}
      </mark>,
    );
    at = e;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
