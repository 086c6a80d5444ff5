// An article: metadata and source, changes against the source, the text with spun wording
// highlighted (likely original on hover/focus) and malformed figures flagged, and statements.
// Sections appear only when their data exists.
import { useState } from 'preact/hooks';
import { useApi, type ArticleDetail } from '../api';
import { changeLabel, KindBadge, pct, safeUrl, Section, severityClass, Status } from '../components/common';
import { AnalysedText, StatementsTable } from '../components/analysis';
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
  const changes = a.trace?.changes ?? [];
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
              ) : a.spin_verdict?.reads_spun ? (
                <span id="lone-spun">
                  none stored, but its wording reads as machine-spun ({a.spin_verdict.findings} spun{' '}
                  {a.spin_verdict.findings === 1 ? 'phrase' : 'phrases'}, {a.spin_verdict.per_1000_words} per
                  1,000 words): a copy of a source not stored here
                </span>
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
      <AnalysedText text={a.text} spin={spin} figures={a.figures ?? []} />
      <StatementsTable statements={a.statements ?? []} />
    </>
  );
}
