// A claim's denials as reports show them: one line per speaker and wording, with the articles
// that carry it (the JSON keeps one entry per article). Pure: the web UI imports it too.

export interface DenialEntry {
  article: string;
  by: string | null;
  text: string;
}

export interface DenialGroup {
  by: string | null;
  text: string;
  articles: string[];
}

export function groupDenials(denials: DenialEntry[]): DenialGroup[] {
  const groups = new Map<string, DenialGroup>();
  for (const d of denials) {
    const key = `${d.by ?? ''}\u0000${d.text}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { by: d.by, text: d.text, articles: [] }));
    if (!g.articles.includes(d.article)) g.articles.push(d.article);
  }
  // Most widely carried first; first seen first among equals.
  return [...groups.values()].sort((a, b) => b.articles.length - a.articles.length);
}
