// Hash routing (#/story/ID ...): the server serves one static page; no fallback routes needed.
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  path: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [p, q = ''] = raw.split('?', 2);
  const path = p
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { path, query: new URLSearchParams(q) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => {
      setRoute(parseHash(location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

const e = encodeURIComponent;
export const href = {
  home: (q?: Record<string, string>) => {
    const qs = new URLSearchParams(Object.entries(q ?? {}).filter(([, v]) => v)).toString();
    return qs ? `#/?${qs}` : '#/';
  },
  story: (id: string) => `#/story/${e(id)}`,
  article: (id: string) => `#/article/${e(id)}`,
  diff: (id: string) => `#/diff/${e(id)}`,
  search: (q: string) => `#/search?${new URLSearchParams({ q }).toString()}`,
  analyze: () => '#/analyze',
};

export function navigate(to: string): void {
  location.hash = to.replace(/^#/, '');
}
