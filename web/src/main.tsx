// The unspin web UI: stories, a story's provenance, articles, side-by-side diffs, search, and one
// pasted article analysed on its own.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './styles.css';
import { installKeys } from './keys';
import { AnalyzePage } from './pages/analyze';
import { ArticlePage } from './pages/article';
import { DiffPage } from './pages/diff';
import { SearchPage } from './pages/search';
import { StoryPage } from './pages/story';
import { StoryListPage } from './pages/stories';
import { href, navigate, useRoute, type Route } from './router';

function Page({ route }: { route: Route }) {
  const [head, id] = route.path;
  if (!head) return <StoryListPage route={route} />;
  if (head === 'story' && id) return <StoryPage key={id} id={id} />;
  if (head === 'article' && id) return <ArticlePage key={id} id={id} />;
  if (head === 'diff' && id) return <DiffPage key={id} id={id} />;
  if (head === 'search') return <SearchPage q={route.query.get('q') ?? ''} />;
  if (head === 'analyze') return <AnalyzePage />;
  return (
    <p class="status error">
      No such page. <a href={href.home()}>Back to the stories</a>
    </p>
  );
}

function Help({ onClose }: { onClose: () => void }) {
  return (
    <div class="help" role="dialog" aria-modal="true" aria-labelledby="help-h">
      <div class="card">
        <h2 id="help-h">Keyboard</h2>
        <dl class="keys">
          <dt>/</dt>
          <dd>search</dd>
          <dt>j / k</dt>
          <dd>next / previous item (stories, articles, changes)</dd>
          <dt>Enter</dt>
          <dd>open the focused item</dd>
          <dt>u</dt>
          <dd>up one level</dd>
          <dt>?</dt>
          <dd>this help</dd>
          <dt>Esc</dt>
          <dd>close, leave a field</dd>
        </dl>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

function App() {
  const route = useRoute();
  const [help, setHelp] = useState(false);
  const [q, setQ] = useState(route.path[0] === 'search' ? (route.query.get('q') ?? '') : '');
  useEffect(() => installKeys((open) => setHelp((h) => (open === undefined ? !h : open))), []);
  return (
    <>
      <header class="top">
        <a class="brand" href={href.home()}>
          unspin
        </a>
        <form
          role="search"
          class="search"
          onSubmit={(e) => {
            e.preventDefault();
            navigate(href.search(q));
          }}
        >
          <input
            id="search"
            type="search"
            name="q"
            value={q}
            placeholder="Search articles  ( / )"
            aria-label="Search articles"
            onInput={(e) => setQ(e.currentTarget.value)}
          />
        </form>
        <a class="top-link" href={href.analyze()} title="Analyze one article on its own (nothing is stored)">
          Analyze
        </a>
        <button
          type="button"
          class="linkish help-btn"
          onClick={() => setHelp(true)}
          aria-label="Keyboard shortcuts"
        >
          ?
        </button>
      </header>
      <main id="main">
        <Page route={route} />
      </main>
      {help && <Help onClose={() => setHelp(false)} />}
    </>
  );
}

render(<App />, document.getElementById('app')!);
