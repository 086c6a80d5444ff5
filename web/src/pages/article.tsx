// An article: metadata and source, changes against the source, the text with spun wording
// highlighted (likely original on hover/focus) and malformed figures flagged, and statements.
// Sections appear only when their data exists.
import { useState } from 'preact/hooks';
import { useApi, type ArticleDetail } from '../api';
import { changeLabel, KindBadge, pct, safeUrl, Section, severityClass, Status } from '../components/common';
import { MarkedText, type Mark } from '../components/marked-text';
import { href } from '../router';

export function ArticlePage({ id }: { id: string }) {
  const { data: a, error, loading } = useApi<ArticleDetail>(`/api/articles/${encodeURIComponent(id)}`);
  return (
    <Status loading={loading} error={error}>
      {a && <Article a={a} />}
    </Status>
  );
}

const SHOWN = 8;

function Article({ a }: { a: ArticleDetail }) {
  const [showAll, setShowAll] = useState(false);
  const link = safeUrl(a.url);
  const spin = a.spin ?? [];
  const badFigures = (a.figures ?? []).filter((f) => f.malformed);
  const statements = a.statements ?? [];
  const changes = a.trace?.changes ?? [];
  const marks: Mark[] = [
    ...spin.map((s) => ({
      start: s.start,
      end: s.end,
      class: 'spin',
      tip: `original: ${s.suggestion}`,
      label: 'spun wording',
    })),
    ...badFigures.map((f) => ({
      start: f.start,
      end: f.end,
      class: 'figure-bad',
      tip: 'malformed figure',
      label: 'malformed figure',
    })),
  ];
  return (
    <>
      <nav class="crumbs" aria-label="Breadcrumb">
        <a href={href.home()}>Stories</a>
        {a.story && (
          <>
            {' › '}
            <a href={href.story(a.story)} data-up>
              story {a.story}
            </a>
          </>
        )}{' '}
        › {a.id}
      </nav>
      <h1>{a.title ?? a.id}</h1>
      <dl class="meta">
        <dt>Outlet</dt>
        <dd>{a.outlet ?? '—'}</dd>
        <dt>Published</dt>
        <dd>{a.date ?? 'undated'}</dd>
        <dt>Id</dt>
        <dd class="mono">{a.id}</dd>
        {a.url && (
          <>
            <dt>URL</dt>
            <dd class="mono">
              {link ? (
                <a href={link} rel="noopener noreferrer nofollow" target="_blank">
                  {a.url}
                </a>
              ) : (
                a.url
              )}
            </dd>
          </>
        )}
        {a.trace && (
          <>
            <dt>Copy kind</dt>
            <dd>
              <KindBadge kind={a.trace.copy_type} />
            </dd>
            <dt>Source</dt>
            <dd>
              {a.trace.source ? (
                <>
                  <a href={href.article(a.trace.source.id)}>{a.trace.source.id}</a> (
                  {pct(a.trace.source.similarity)} shared) ·{' '}
                  <a href={href.diff(a.id)} class="diff-link" data-nav="item">
                    Compare side by side
                  </a>
                  {a.trace.why && <div class="why">Why this source: {a.trace.why}.</div>}
                </>
              ) : (
                'none stored: an original or independent report'
              )}
            </dd>
          </>
        )}
      </dl>
      {a.copies.length > 0 && (
        <Section title={`Copies of this article (${a.copies.length})`} id="copies">
          <ul class="plain">
            {a.copies.map((c) => (
              <li key={c.id}>
                <a href={href.diff(c.id)} data-nav="item">
                  {c.id}
                </a>{' '}
                <KindBadge kind={c.copy_type} /> {pct(c.similarity)}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {changes.length > 0 && (
        <Section title={`What it changed (${changes.length})`} id="changes">
          <ol class="changes">
            {(showAll ? changes : changes.slice(0, SHOWN)).map((c, i) => (
              <li key={i} class={severityClass(c.severity)}>
                <span class="ckind">{changeLabel(c.kind)}</span> <q>{c.source?.text ?? '—'}</q> →{' '}
                <q>{c.copy?.text ?? '—'}</q>
                {c.note && <span class="muted"> · {c.note}</span>}
              </li>
            ))}
          </ol>
          {changes.length > SHOWN && (
            <button
              type="button"
              class="linkish more"
              onClick={() => setShowAll(!showAll)}
              aria-expanded={showAll}
            >
              {showAll ? 'Show fewer' : `Show all ${changes.length}`}
            </button>
          )}
        </Section>
      )}
      <Section title="Text" id="text">
        {marks.length > 0 && (
          <p class="muted">
            {spin.length > 0 && (
              <>
                <mark class="spin">Highlighted</mark> words look spun; hover or focus one to see the likely
                original.{' '}
              </>
            )}
            {badFigures.length > 0 && (
              <>
                <mark class="figure-bad">Flagged</mark> figures are malformed.
              </>
            )}
          </p>
        )}
        <div class="article-text" id="article-text">
          <MarkedText text={a.text} marks={marks} />
        </div>
      </Section>
      {statements.length > 0 && (
        <Section title={`Statements (${statements.length})`} id="statements">
          <div class="table-wrap">
            <table class="statements">
              <thead>
                <tr>
                  <th scope="col">Speaker</th>
                  <th scope="col">To</th>
                  <th scope="col">Stance</th>
                  <th scope="col">Says</th>
                </tr>
              </thead>
              <tbody>
                {statements.map((s, i) => (
                  <tr key={i}>
                    <td>{s.speaker_name ?? s.speaker?.text ?? 'unnamed'}</td>
                    <td>{s.addressee?.text ?? '—'}</td>
                    <td>
                      <span class={`stance st-${s.stance}`}>{s.stance}</span>
                      <span class="muted"> {s.type}</span>
                    </td>
                    <td>
                      <q>{s.content.text}</q>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      )}
    </>
  );
}
