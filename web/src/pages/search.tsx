// Full-text search results. The snippet's [ ] markers (from the store) become highlights; the
// snippet itself is article text and stays text.
import { useApi, type SearchResult } from '../api';
import { Status } from '../components/common';
import { href } from '../router';

function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^\][]*\])/);
  return (
    <>
      {parts.map((p, i) =>
        p.startsWith('[') && p.endsWith(']') ? <mark key={i}>{p.slice(1, -1)}</mark> : p,
      )}
    </>
  );
}

export function SearchPage({ q }: { q: string }) {
  const { data, error, loading } = useApi<SearchResult>(
    q.trim() ? `/api/search?${new URLSearchParams({ q, limit: '50' }).toString()}` : null,
  );
  return (
    <>
      <h1>Search{q ? `: ${q}` : ''}</h1>
      {!q.trim() ? (
        <p class="muted">Type words in the search box (press / to get there).</p>
      ) : (
        <Status loading={loading} error={error}>
          {data && (
            <>
              <p class="muted">
                {data.results.length === 0 ? 'Nothing found.' : `${data.results.length} found`}
              </p>
              <ol class="results">
                {data.results.map((r) => (
                  <li key={r.key} class="card">
                    <a href={href.article(r.id)} data-nav="item">
                      {r.title ?? r.id}
                    </a>
                    <div class="muted">
                      {r.outlet ?? '—'} · {r.date ?? 'undated'}
                      {r.story && (
                        <>
                          {' · '}
                          <a href={href.story(r.story)}>story {r.story}</a>
                        </>
                      )}
                    </div>
                    <p class="snippet">
                      <Snippet text={r.snippet} />
                    </p>
                  </li>
                ))}
              </ol>
            </>
          )}
        </Status>
      )}
    </>
  );
}
