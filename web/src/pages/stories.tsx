// The story list: filters (dates, outlet, copy kind), one card per story, pagination.
import { useState } from 'preact/hooks';
import { useApi, type StoryList as StoryListT } from '../api';
import { COPY_KINDS, KindBadge, Status } from '../components/common';
import { Sparkline } from '../components/charts';
import { href, navigate, type Route } from '../router';

const PAGE = 20;

export function StoryListPage({ route }: { route: Route }) {
  const q = route.query;
  const filters = {
    from: q.get('from') ?? '',
    to: q.get('to') ?? '',
    outlet: q.get('outlet') ?? '',
    kind: q.get('kind') ?? '',
  };
  const page = Math.max(1, Number(q.get('page') ?? '1') || 1);
  const params = new URLSearchParams({ limit: String(PAGE), offset: String((page - 1) * PAGE) });
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  const { data, error, loading } = useApi<StoryListT>(`/api/stories?${params.toString()}`);
  const [draft, setDraft] = useState(filters);
  const apply = (e: Event) => {
    e.preventDefault();
    navigate(href.home(draft));
  };
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE)) : 1;
  return (
    <>
      <h1>Stories</h1>
      <form class="filters card" onSubmit={apply} aria-label="Filter stories">
        <label>
          From{' '}
          <input
            type="date"
            name="from"
            value={draft.from}
            onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
          />
        </label>
        <label>
          To{' '}
          <input
            type="date"
            name="to"
            value={draft.to}
            onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
          />
        </label>
        <label>
          Outlet{' '}
          <input
            type="text"
            name="outlet"
            value={draft.outlet}
            placeholder="any"
            onInput={(e) => setDraft({ ...draft, outlet: e.currentTarget.value })}
          />
        </label>
        <label>
          Copy kind
          <select
            name="kind"
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.currentTarget.value })}
          >
            <option value="">any</option>
            {COPY_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Filter</button>
        {Object.values(filters).some(Boolean) && <a href={href.home()}>Clear</a>}
      </form>
      <Status loading={loading} error={error}>
        {data && (
          <>
            <p class="muted" id="story-count">
              {data.total === 0
                ? 'No story matches.'
                : `${data.total} ${data.total === 1 ? 'story' : 'stories'}`}
            </p>
            <ol class="stories">
              {data.stories.map((s) => (
                <li key={s.id} class="card story-card">
                  <a class="story-link" href={href.story(s.id)} data-nav="item">
                    {s.headline ?? s.id}
                  </a>
                  <div class="story-meta">
                    {s.first_publisher && (
                      <span>
                        First published by <strong>{s.first_publisher.outlet ?? s.first_publisher.id}</strong>
                        {s.first_date ? ` on ${s.first_date}` : ''}
                      </span>
                    )}
                    <span>
                      {s.article_count} {s.article_count === 1 ? 'article' : 'articles'}
                    </span>
                  </div>
                  <div class="story-kinds">
                    {Object.entries(s.copies_by_kind).map(([k, n]) => (
                      <KindBadge key={k} kind={k} count={n} />
                    ))}
                    <Sparkline timeline={s.timeline} />
                  </div>
                </li>
              ))}
            </ol>
            {pages > 1 && (
              <nav class="pager" aria-label="Pages">
                {page > 1 && <a href={href.home({ ...filters, page: String(page - 1) })}>← Newer</a>}
                <span>
                  Page {page} of {pages}
                </span>
                {page < pages && <a href={href.home({ ...filters, page: String(page + 1) })}>Older →</a>}
              </nav>
            )}
          </>
        )}
      </Status>
    </>
  );
}
