// Error analysis on a PolNeAR split: for each gold attribution, whether its cue was found and
// whether the content matched; for each prediction that matched nothing, whether its cue is a
// gold cue (wrong span) or not (spurious). Prints counts and, with --show N, examples.
// Usage: node --import tsx scripts/attribution/errors.ts [dev|train] [--show N]
import { extractStatements, type Statement } from '../../src/attribution/index.js';
import type { GoldSpan } from './polnear.js';
import { loadSplit, toDocument } from './polnear.js';
import { isPronoun } from '../../src/attribution/pronoun-words.js';

const split = process.argv[2] === 'train' ? 'train' : 'dev';
const show = process.argv.includes('--show') ? Number(process.argv[process.argv.indexOf('--show') + 1]) : 0;
const gold = loadSplit(split);
if (!gold) process.exit(0);

const TOKEN = /\w+|[^\w\s]/gu;
function tokenIds(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(TOKEN)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}
function ids(
  t: { starts: number[]; ends: number[] },
  span: GoldSpan | { start: number; end: number; fragments?: { start: number; end: number }[] },
): Set<number> {
  const out = new Set<number>();
  const pieces = span.fragments?.length ? span.fragments : [span];
  for (const p of pieces)
    for (let i = 0; i < t.starts.length; i++) if (t.ends[i] > p.start && t.starts[i] < p.end) out.add(i);
  return out;
}
function jacc(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const u = a.size + b.size - inter;
  return u ? inter / u : 0;
}
const norm = (x: string) => x.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
/** The scorer's source match: both absent, or one name (text, resolved pronoun, aliases) inside another. */
function sourcesMatch(p: Statement, g: { source: GoldSpan | null }): boolean {
  const gold = g.source
    ? [g.source.text, ...((g.source as { aliases?: string[] }).aliases ?? [])].map(norm).filter(Boolean)
    : [];
  const pred = p.speaker
    ? [p.speaker.text, ...(p.speaker_name && isPronoun(p.speaker.text) ? [p.speaker_name] : [])].map(norm)
    : [];
  if (!gold.length && !pred.length) return true;
  return pred.some((a) => gold.some((b) => a === b || a.includes(b) || b.includes(a)));
}
const counts: Record<string, number> = {};
const bump = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
const examples: Record<string, string[]> = {};
const ex = (k: string, s: string) => (examples[k] ??= []).push(s);
for (const a of gold) {
  const doc = toDocument(a);
  const preds: Statement[] = extractStatements(doc);
  const t = tokenIds(a.text);
  const pc = preds.map((p) => ids(t, p.content));
  const pcue = preds.map((p) => ids(t, p.cue));
  const usedP = new Set<number>();
  for (const g of a.attributions) {
    const gc = ids(t, g.content);
    const gcue = g.cue ? ids(t, g.cue) : new Set<number>();
    let best = -1;
    let bj = 0;
    pc.forEach((s, k) => {
      const j = jacc(s, gc);
      if (j > bj) [bj, best] = [j, k];
    });
    const cueK = preds.findIndex((_, k) => [...pcue[k]].some((x) => gcue.has(x)));
    if (bj >= 0.5) {
      bump(`${g.type}: matched`);
      usedP.add(best);
      if (!sourcesMatch(preds[best], g)) {
        bump('matched content, source differs');
        ex(
          'matched content, source differs',
          `[${g.cue?.text}] GOLD: ${g.source?.text ?? '(none)'} | PRED: ${preds[best].speaker?.text ?? '(none)'}${preds[best].speaker_name && preds[best].speaker_name !== preds[best].speaker?.text ? ` (${preds[best].speaker_name})` : ''}`,
        );
      }
      continue;
    }
    if (cueK < 0) {
      bump(`${g.type}: cue missed`);
      ex(
        `${g.type}: cue missed`,
        `[${g.cue?.text}] src=${g.source?.text} || ${g.content.text.slice(0, 120)}`,
      );
    } else {
      const p = preds[cueK];
      const j = jacc(pc[cueK], gc);
      const kind =
        j === 0
          ? 'disjoint'
          : [...pc[cueK]].every((x) => gc.has(x))
            ? 'pred too short'
            : [...gc].every((x) => pc[cueK].has(x))
              ? 'pred too long'
              : 'shifted';
      bump(`${g.type}: cue found, content ${kind}`);
      ex(
        `${g.type}: cue found, content ${kind}`,
        `[${g.cue?.text}] J=${j.toFixed(2)}\n   GOLD: ${g.content.text.slice(0, 200)}\n   PRED: ${p.content.text.slice(0, 200)}`,
      );
    }
  }
  preds.forEach((p, k) => {
    if (usedP.has(k)) return;
    const hit = a.attributions.some((g) => g.cue && [...ids(t, g.cue)].some((x) => pcue[k].has(x)));
    bump(hit ? 'pred unmatched, cue is gold' : 'pred unmatched, spurious cue');
    if (!hit) ex('spurious', `[${p.cue.text}] ${p.content.text.slice(0, 120)}`);
  });
}
for (const k of Object.keys(counts).sort()) console.log(k.padEnd(45), counts[k]);
if (show)
  for (const [k, v] of Object.entries(examples)) {
    console.log(`\n== ${k}`);
    for (const s of v.slice(0, show)) console.log(' -', s);
  }
