// Readable terminal reports (colour only when the stream is a TTY).
import pc from 'picocolors';
import type { StoryView } from './story-view.js';
import type { TraceJson } from './trace-json.js';
import { directionReasons } from './direction.js';
import type { ClaimJson } from '../attribution/story-claims.js';
import { groupDenials } from './claim-denials.js';
import type { SpinVerdict } from '../spin/verdict.js';

export type Colors = ReturnType<typeof pc.createColors>;

export function colorsFor(stream: NodeJS.WriteStream): Colors {
  return pc.createColors(Boolean(stream.isTTY) && !process.env.NO_COLOR);
}

const KIND_COLOR: Record<string, keyof Colors> = {
  original: 'green',
  verbatim: 'cyan',
  edited: 'blue',
  spun: 'magenta',
  translated: 'yellow',
  paraphrased: 'yellow',
};

/** Control characters from article text never reach the terminal. */
export function safe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

function clip(s: string, n: number): string {
  const one = safe(s).replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** The article-level spin verdict in a few words (after a count of spun wording). */
export function renderSpinVerdict(v: SpinVerdict, c: Colors): string {
  const rate = `${v.per_1000_words} per 1,000 words`;
  if (v.reads_spun) return c.magenta(`the article reads as machine-spun (${rate})`);
  return c.dim(
    v.findings ? `too few to read as a spun article (${rate})` : 'the article does not read as spun',
  );
}

export function renderTrace(r: TraceJson, c: Colors): string {
  const paint = c[KIND_COLOR[r.copy_type] ?? 'white'] as (s: string) => string;
  const lines: string[] = [];
  lines.push(
    `${c.bold(safe(r.id))}  ${c.dim(r.date ?? 'undated')}  story ${r.story ?? '-'}  ${paint(r.copy_type)}`,
  );
  if (r.source) {
    lines.push(`  source: ${safe(r.source.id)} (similarity ${r.source.similarity.toFixed(2)})`);
    if (r.direction) lines.push(c.dim(`  why the source: ${directionReasons(r.direction)}`));
    if (r.family.length) lines.push(c.dim(`  same text also in: ${r.family.map(safe).join(', ')}`));
    lines.push(c.dim(`  ${r.passages.length} aligned passage${r.passages.length === 1 ? '' : 's'}`));
  } else {
    lines.push(c.dim('  no source among stored articles'));
    const v = r.spin_verdict;
    if (v?.reads_spun) {
      const eg = v.examples.map((e) => `“${clip(e.text, 30)}” → ${clip(e.suggestion, 30)}`).join(', ');
      lines.push(
        `  ${c.magenta('reads as machine-spun on its own')}: ${v.findings} spun phrase${v.findings === 1 ? '' : 's'} (${v.per_1000_words} per 1,000 words)${eg ? `, e.g. ${eg}` : ''}`,
      );
    }
  }
  for (const ch of r.changes) {
    const copy = ch.copy ? `“${clip(ch.copy.text, 70)}”` : '—';
    const src = ch.source ? `“${clip(ch.source.text, 70)}”` : '—';
    lines.push(
      `  ${c.red(ch.kind.padEnd(19))} ${copy}  ${c.dim('source:')} ${src}${ch.note ? c.dim(`  (${clip(ch.note, 60)})`) : ''}`,
    );
  }
  return lines.join('\n');
}

export function renderStory(s: StoryView, c: Colors): string {
  const lines: string[] = [];
  const kinds = Object.entries(s.copies_by_kind)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  lines.push(`${c.bold(s.id)}  ${clip(s.headline ?? '', 90)}`);
  lines.push(`  ${s.articles.length} article${s.articles.length === 1 ? '' : 's'}: ${kinds}`);
  const f = s.first_publisher;
  lines.push(`  first: ${safe(f.outlet ?? f.id)}${f.date ? ` on ${f.date}` : ''}`);
  for (const m of s.articles) {
    const arrow = m.source ? ` ← ${safe(m.source.id)}` : '';
    lines.push(
      `    ${c.dim((m.date ?? 'undated').slice(0, 10).padEnd(10))}  ${safe(m.id)}  ${m.copy_type ?? 'untraced'}${arrow}`,
    );
  }
  return lines.join('\n');
}

export function renderClaims(claims: ClaimJson[], c: Colors): string {
  if (claims.length === 0) return c.dim('  no allegations found');
  const lines = ['  claims:'];
  for (const cl of claims) {
    const who = cl.accuser ? safe(cl.accuser) : 'someone';
    // Past tense: right for a plural accuser too ("Prosecutors alleged").
    const what = cl.allegation
      ? `alleged${cl.accused ? ` against ${safe(cl.accused)}` : ''}: ${clip(cl.allegation, 90)}`
      : `condemned ${cl.accused ? safe(cl.accused) : 'someone'}`;
    // A denied claim has no accusing verb: who voiced it, if anyone, and what.
    const head =
      cl.kind === 'denied'
        ? `claim${cl.accuser ? ` of ${c.cyan(safe(cl.accuser))}` : ''}: ${clip(cl.allegation, 90)}`
        : `${c.cyan(who)} ${what}`;
    lines.push(
      `    ${head}  ${c.dim(`(${cl.reported_by.length} article${cl.reported_by.length === 1 ? '' : 's'})`)}`,
    );
    for (const d of groupDenials(cl.denials))
      lines.push(
        `      ${c.green('denied')} by ${safe(d.by ?? 'someone')}: ${clip(d.text, 80)}${d.articles.length > 1 ? `  ${c.dim(`(${d.articles.length} articles)`)}` : ''}`,
      );
    if (cl.lost_denial.length)
      lines.push(`      ${c.red('denial lost in')} ${cl.lost_denial.map(safe).join(', ')}`);
    if (cl.lost_hedge.length)
      lines.push(`      ${c.red('hedge lost in')} ${cl.lost_hedge.map(safe).join(', ')}`);
  }
  return lines.join('\n');
}
