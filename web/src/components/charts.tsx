// Hand-written SVG: a sparkline of publications per day, and the story chart of publications
// over time, one mark per article coloured by copy kind.
import type { StoryMember } from '../api';
import { href } from '../router';

const DAY = 86_400_000;
const dayOf = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`);

export function Sparkline({ timeline }: { timeline: { date: string; count: number }[] }) {
  if (timeline.length === 0) return null;
  const t0 = dayOf(timeline[0].date);
  const days = Math.max(1, Math.round((dayOf(timeline[timeline.length - 1].date) - t0) / DAY) + 1);
  const max = Math.max(...timeline.map((t) => t.count));
  const w = 120;
  const h = 24;
  const bw = Math.max(2, Math.min(12, w / days - 1));
  return (
    <svg
      class="sparkline"
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      role="img"
      aria-label={`${timeline.length} publication days`}
    >
      <title>{timeline.map((t) => `${t.date}: ${t.count}`).join('\n')}</title>
      {timeline.map((t) => {
        const i = Math.round((dayOf(t.date) - t0) / DAY);
        const x = days === 1 ? (w - bw) / 2 : (i / (days - 1)) * (w - bw);
        const bh = Math.max(2, (t.count / max) * (h - 2));
        return (
          <rect
            key={t.date}
            x={x.toFixed(1)}
            y={(h - bh).toFixed(1)}
            width={bw}
            height={bh.toFixed(1)}
            class="spark-bar"
          />
        );
      })}
    </svg>
  );
}

export function PublicationChart({ articles }: { articles: StoryMember[] }) {
  const dated = articles.filter((a) => a.date && !Number.isNaN(dayOf(a.date)));
  if (dated.length === 0) return <p class="muted">No article in this story is dated.</p>;
  const t0 = Math.min(...dated.map((a) => dayOf(a.date!)));
  const t1 = Math.max(...dated.map((a) => dayOf(a.date!)));
  const days = Math.round((t1 - t0) / DAY) + 1;
  const stacks = new Map<number, StoryMember[]>();
  for (const a of dated) {
    const i = Math.round((dayOf(a.date!) - t0) / DAY);
    stacks.set(i, [...(stacks.get(i) ?? []), a]);
  }
  const tallest = Math.max(...[...stacks.values()].map((s) => s.length));
  const r = 7;
  const pad = { l: 50, r: 50, t: 10, b: 34 };
  const plotW = Math.max(480, Math.min(1000, days * 60));
  const plotH = Math.max(3, tallest) * (2 * r + 4);
  const W = pad.l + plotW + pad.r;
  const H = pad.t + plotH + pad.b;
  const xOf = (i: number) => pad.l + (days === 1 ? plotW / 2 : (i / (days - 1)) * (plotW - 2 * r) + r);
  const ticks = days <= 10 ? [...Array(days).keys()] : [0, Math.round((days - 1) / 2), days - 1];
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      role="img"
      aria-label="Publications over time, coloured by copy kind"
    >
      <line x1={pad.l} y1={pad.t + plotH} x2={pad.l + plotW} y2={pad.t + plotH} class="axis" />
      {ticks.map((i) => (
        <g key={i}>
          <line x1={xOf(i)} x2={xOf(i)} y1={pad.t + plotH} y2={pad.t + plotH + 4} class="axis" />
          <text x={xOf(i)} y={pad.t + plotH + 18} class="tick" text-anchor="middle">
            {new Date(t0 + i * DAY).toISOString().slice(0, 10)}
          </text>
        </g>
      ))}
      {[...stacks.entries()].map(([i, stack]) =>
        stack.map((a, j) => (
          <a
            key={a.id}
            href={href.article(a.id)}
            aria-label={`${a.outlet ?? a.id}, ${a.copy_type ?? 'unknown'}`}
          >
            <circle
              cx={xOf(i)}
              cy={pad.t + plotH - r - 2 - j * (2 * r + 4)}
              r={r}
              class={`dot kf-${a.copy_type ?? 'unknown'}`}
            >
              <title>{`${a.outlet ?? a.id} · ${a.date} · ${a.copy_type ?? 'not traced'}`}</title>
            </circle>
          </a>
        )),
      )}
    </svg>
  );
}
