// A story: publications over time, the provenance graph, the outlets with their delay, and who
// alleges what (with the denials, and the copies that dropped a denial or a hedge).
import { enc, useApi, type StoryClaims, type StoryDetail } from '../api';
import { delayText, KindBadge, Legend, pct, Section, Status } from '../components/common';
import { PublicationChart } from '../components/charts';
import { ProvenanceGraph } from '../components/graph';
import { href } from '../router';
import { groupDenials } from '../../../src/report/claim-denials';

export function StoryPage({ id }: { id: string }) {
  const { data: s, error, loading } = useApi<StoryDetail>(`/api/stories/${encodeURIComponent(id)}`);
  return (
    <Status loading={loading} error={error}>
      {s && (
        <>
          <nav class="crumbs" aria-label="Breadcrumb">
            <a href={href.home()} data-up>
              Stories
            </a>{' '}
            › {s.id}
          </nav>
          <h1>{s.headline ?? s.id}</h1>
          <p class="lede">
            First published by{' '}
            <a href={href.article(s.first_publisher.id)}>
              <strong>{s.first_publisher.outlet ?? s.first_publisher.id}</strong>
            </a>
            {s.first_publisher.date ? ` on ${s.first_publisher.date.slice(0, 10)}` : ''}; {s.articles.length}{' '}
            {s.articles.length === 1 ? 'article' : 'articles'}.{' '}
            {Object.entries(s.copies_by_kind).map(([k, n]) => (
              <KindBadge key={k} kind={k} count={n} />
            ))}
          </p>
          <Section title="Publications over time" id="timeline">
            <PublicationChart articles={s.articles} />
            <Legend kinds={Object.keys(s.copies_by_kind)} />
          </Section>
          {s.edges.length > 0 && (
            <Section title="Provenance" id="provenance">
              <p class="muted">
                Each arrow goes from a source to a copy, labelled with the kind of copy and how much of the
                text they share.
              </p>
              <ProvenanceGraph articles={s.articles} edges={s.edges} />
            </Section>
          )}
          <ClaimsSection id={s.id} />
          <Section title="Outlets" id="outlets">
            <div class="table-wrap">
              <table class="outlets">
                <thead>
                  <tr>
                    <th scope="col">Outlet</th>
                    <th scope="col">Article</th>
                    <th scope="col">Published</th>
                    <th scope="col">Copy kind</th>
                    <th scope="col">Delay after first</th>
                    <th scope="col">Source</th>
                  </tr>
                </thead>
                <tbody>
                  {s.outlets.map((o) => {
                    const m = s.articles.find((a) => a.id === o.id);
                    return (
                      <tr key={o.id}>
                        <td>{o.outlet ?? '—'}</td>
                        <td>
                          <a href={href.article(o.id)} data-nav="item">
                            {m?.headline ?? o.id}
                          </a>
                        </td>
                        <td>{o.date?.slice(0, 10) ?? 'undated'}</td>
                        <td>
                          <KindBadge kind={o.copy_type} />
                        </td>
                        <td class="num">{delayText(o.delay_hours, o.id === s.first_publisher.id)}</td>
                        <td>
                          {m?.source ? (
                            <a href={href.diff(o.id)} class="diff-link">
                              compare with {m.source.id} ({pct(m.source.similarity)})
                            </a>
                          ) : (
                            '—'
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </Section>
        </>
      )}
    </Status>
  );
}

function ArticleLinks({ ids }: { ids: string[] }) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ', ' : ''}
          <a href={href.article(id)}>{id}</a>
        </span>
      ))}
    </>
  );
}

/** Who alleges what against whom, read from every article of the story (loaded after the story). */
function ClaimsSection({ id }: { id: string }) {
  const { data, error, loading } = useApi<StoryClaims>(`/api/stories/${enc(id)}/claims`);
  return (
    <Section title="Who alleges what" id="claims">
      <Status loading={loading} error={error}>
        {data && data.claims.length === 0 && <p class="muted">No allegations found in this story.</p>}
        {data && data.claims.length > 0 && (
          <ul class="claims">
            {data.claims.map((c, i) => (
              <li key={i} class="claim">
                <p>
                  {c.kind === 'denied' ? (
                    <>
                      {c.accuser ? (
                        <>
                          <strong>{c.accuser}</strong>:{' '}
                        </>
                      ) : (
                        'Claim: '
                      )}
                      <q>{c.allegation}</q>
                    </>
                  ) : (
                    <>
                      <strong>{c.accuser ?? 'Someone'}</strong>{' '}
                      <span class="stance st-accuse">{c.allegation ? 'accuses' : 'condemns'}</span>{' '}
                      <strong>{c.accused ?? 'someone'}</strong>
                      {c.allegation ? (
                        <>
                          {' '}
                          of <q>{c.allegation}</q>
                        </>
                      ) : null}
                    </>
                  )}{' '}
                  <span class="muted">
                    ({c.reported_by.length} {c.reported_by.length === 1 ? 'article' : 'articles'})
                  </span>
                </p>
                {c.denials.length > 0 && (
                  <ul class="denials">
                    {groupDenials(c.denials).map((d, j) => (
                      <li key={j}>
                        <span class="stance st-deny">denied</span> by {d.by ?? 'someone'}: <q>{d.text}</q>{' '}
                        <span class="muted">
                          (<ArticleLinks ids={d.articles} />)
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                {c.lost_denial.length > 0 && (
                  <p class="lost">
                    Denial dropped by <ArticleLinks ids={c.lost_denial} />
                  </p>
                )}
                {c.lost_hedge.length > 0 && (
                  <p class="lost">
                    Hedge dropped by <ArticleLinks ids={c.lost_hedge} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Status>
    </Section>
  );
}
