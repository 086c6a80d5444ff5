// A copy beside its source, passage by passage, each typed change marked and listed (most
// serious first). j/k move through the changes; activating one scrolls to its passage.
import { useState } from 'preact/hooks';
import { useApi, type ApiChange, type Pair, type PairRow } from '../api';
import { changeLabel, KindBadge, pct, Section, severityClass, Status } from '../components/common';
import { MarkedText, type Mark } from '../components/marked-text';
import { href } from '../router';

export function DiffPage({ id }: { id: string }) {
  const { data: p, error, loading } = useApi<Pair>(`/api/articles/${encodeURIComponent(id)}/pair`);
  return (
    <Status loading={loading} error={error}>
      {p && <Diff p={p} />}
    </Status>
  );
}

function marksFor(
  row: PairRow,
  changes: ApiChange[],
  side: 'copy' | 'source',
  shown: (i: number) => boolean,
): Mark[] {
  return row.changes
    .filter(shown)
    .map((i) => ({ c: changes[i], i }))
    .filter(({ c }) => c[side])
    .map(({ c, i }) => ({
      start: c[side]!.start,
      end: c[side]!.end,
      class: `change ${severityClass(c.severity)}`,
      tip:
        side === 'copy' && c.source
          ? `${changeLabel(c.kind)}: source has “${c.source.text}”`
          : changeLabel(c.kind),
      label: changeLabel(c.kind),
      id: `chg-${side}-${i}`,
    }));
}

function jumpTo(i: number) {
  const el = document.getElementById(`chg-copy-${i}`) ?? document.getElementById(`chg-source-${i}`);
  el?.scrollIntoView({ block: 'center' });
  el?.focus();
}

function Diff({ p }: { p: Pair }) {
  const name = (s: Pair['copy']) => s.outlet ?? s.id;
  const [picked, setPicked] = useState<string[]>([]); // change kinds shown; empty = all
  const [onlyChanged, setOnlyChanged] = useState(false);
  const shown = (i: number) => picked.length === 0 || picked.includes(p.changes[i].kind);
  const kinds = [...new Set(p.changes.map((c) => c.kind))];
  const toggle = (k: string) =>
    setPicked(picked.includes(k) ? picked.filter((x) => x !== k) : [...picked, k]);
  const rows = p.rows.filter((r) => !onlyChanged || r.kind !== 'aligned' || r.changes.some(shown));
  return (
    <>
      <nav class="crumbs" aria-label="Breadcrumb">
        <a href={href.home()}>Stories</a> ›{' '}
        <a href={href.article(p.copy.id)} data-up>
          {p.copy.id}
        </a>{' '}
        › compared with its source
      </nav>
      <h1>
        {name(p.copy)} <span class="muted">beside</span> {name(p.source)}
      </h1>
      <p class="lede">
        <KindBadge kind={p.copy_type} /> {pct(p.similarity)} of the text shared.{' '}
        {p.changes.length === 0
          ? 'No typed change recorded.'
          : `${p.changes.length} typed ${p.changes.length === 1 ? 'change' : 'changes'}.`}
      </p>
      {p.changes.length > 0 && (
        <Section title="Changes, most serious first" id="change-list">
          {kinds.length > 1 && (
            <div class="chips" role="group" aria-label="Show changes of kind">
              {kinds.map((k) => (
                <button
                  type="button"
                  key={k}
                  class="chip"
                  aria-pressed={picked.includes(k)}
                  onClick={() => toggle(k)}
                >
                  {changeLabel(k)} ({p.changes.filter((c) => c.kind === k).length})
                </button>
              ))}
            </div>
          )}
          <ol class="changes" id="changes">
            {p.changes.map((c, i) => (
              <li key={i} class={severityClass(c.severity)} hidden={!shown(i)}>
                <button
                  type="button"
                  class="linkish"
                  data-nav="item"
                  data-kind={c.kind}
                  onClick={() => jumpTo(i)}
                >
                  <span class="ckind">{changeLabel(c.kind)}</span>
                </button>{' '}
                {c.source && <del>{c.source.text}</del>} {c.source && c.copy && '→'}{' '}
                {c.copy && <ins>{c.copy.text}</ins>}
                {c.note && <span class="muted"> · {c.note}</span>}
                <span class="muted"> · {pct(c.confidence)} sure</span>
              </li>
            ))}
          </ol>
        </Section>
      )}
      <label class="only-changed">
        <input
          type="checkbox"
          checked={onlyChanged}
          onChange={(e) => setOnlyChanged(e.currentTarget.checked)}
        />{' '}
        Only passages with changes, additions or cuts
      </label>
      <div class="diff" role="table" aria-label="Copy and source, passage by passage">
        <div class="diff-head" role="row">
          <div role="columnheader">
            Copy: <a href={href.article(p.copy.id)}>{name(p.copy)}</a>{' '}
            {p.copy.date && <span class="muted">{p.copy.date.slice(0, 10)}</span>}
          </div>
          <div role="columnheader">
            Source: <a href={href.article(p.source.id)}>{name(p.source)}</a>{' '}
            {p.source.date && <span class="muted">{p.source.date.slice(0, 10)}</span>}
          </div>
        </div>
        {rows.map((r) => (
          <div
            key={`${r.copy?.start ?? ''}:${r.source?.start ?? ''}`}
            class={`diff-row ${r.kind}${r.changes.some(shown) ? ' has-changes' : ''}`}
            role="row"
          >
            <div class="cell copy" role="cell">
              {r.copy ? (
                <MarkedText
                  text={r.copy.text}
                  offset={r.copy.start}
                  marks={marksFor(r, p.changes, 'copy', shown)}
                />
              ) : (
                <span class="gap">not in the copy (dropped)</span>
              )}
            </div>
            <div class="cell source" role="cell">
              {r.source ? (
                <MarkedText
                  text={r.source.text}
                  offset={r.source.start}
                  marks={marksFor(r, p.changes, 'source', shown)}
                />
              ) : (
                <span class="gap">not in the source (added)</span>
              )}
            </div>
          </div>
        ))}
      </div>
    </>
  );
}
