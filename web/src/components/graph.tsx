// The provenance graph: sources on the left, their copies to the right, edges labelled with the
// copy kind and similarity. Hand-written layered layout in SVG.
import type { ProvenanceEdge, StoryMember } from '../api';
import { href } from '../router';

const NODE_W = 170;
const NODE_H = 40;
const COL_GAP = 120;
const ROW_GAP = 18;

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function ProvenanceGraph({ articles, edges }: { articles: StoryMember[]; edges: ProvenanceEdge[] }) {
  const ids = new Set(articles.map((a) => a.id));
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const e of edges) if (!ids.has(e.from)) ids.add(e.from); // a source outside the story
  const parent = new Map(edges.map((e) => [e.to, e.from]));
  const depth = new Map<string, number>();
  const depthOf = (id: string, seen = new Set<string>()): number => {
    if (depth.has(id)) return depth.get(id)!;
    const p = parent.get(id);
    const d = p && !seen.has(p) ? depthOf(p, seen.add(id)) + 1 : 0;
    depth.set(id, d);
    return d;
  };
  const cols: string[][] = [];
  for (const id of ids) (cols[depthOf(id)] ??= []).push(id);
  const pos = new Map<string, { x: number; y: number }>();
  cols.forEach((col, c) =>
    col.forEach((id, r) => pos.set(id, { x: 10 + c * (NODE_W + COL_GAP), y: 10 + r * (NODE_H + ROW_GAP) })),
  );
  const W = 20 + cols.length * NODE_W + (cols.length - 1) * COL_GAP;
  const H = 20 + Math.max(...cols.map((c) => c.length)) * (NODE_H + ROW_GAP);
  return (
    <div class="graph-wrap">
      <svg
        class="graph"
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="img"
        aria-label="Provenance graph: sources and their copies"
      >
        {edges.map((e) => {
          const a = pos.get(e.from)!;
          const b = pos.get(e.to)!;
          const x1 = a.x + NODE_W;
          const y1 = a.y + NODE_H / 2;
          const x2 = b.x;
          const y2 = b.y + NODE_H / 2;
          const mx = (x1 + x2) / 2;
          return (
            <g key={`${e.from}>${e.to}`} class={`edge ks-${e.copy_type}`}>
              <path d={`M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2 - 6},${y2}`} />
              <polygon points={`${x2},${y2} ${x2 - 8},${y2 - 4} ${x2 - 8},${y2 + 4}`} />
              <text x={x2 - 10} y={y2 - 6} text-anchor="end" class="edge-label">
                {`${e.copy_type} ${Math.round(e.similarity * 100)}%`}
              </text>
            </g>
          );
        })}
        {[...pos.entries()].map(([id, p]) => {
          const a = byId.get(id);
          return (
            <a key={id} href={href.article(id)} data-nav="graph">
              <g class={`node kn-${a?.copy_type ?? 'unknown'}`}>
                <rect x={p.x} y={p.y} width={NODE_W} height={NODE_H} rx={6} />
                <text x={p.x + 8} y={p.y + 16} class="node-title">
                  {clip(a?.outlet ?? id, 22)}
                </text>
                <text x={p.x + 8} y={p.y + 32} class="node-sub">
                  {clip(`${a?.date?.slice(0, 10) ?? 'undated'} · ${a?.copy_type ?? 'outside story'}`, 26)}
                </text>
                <title>{id}</title>
              </g>
            </a>
          );
        })}
      </svg>
    </div>
  );
}
