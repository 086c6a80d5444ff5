// Serves the built web UI (web/dist) safely: only regular files inside the root, no dot-files,
// no path traversal (encoded or not), no symlinks leading out of the root.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** web/dist relative to this module: src/server/ (tsx) and dist/server/ (built) are both two levels down. */
export const DEFAULT_UI_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  immutable: boolean;
}

/** The file for a URL path, or null (not found, or not allowed). */
export async function staticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (rel.includes('\0') || rel.includes('\\')) return null;
  if (rel === '/' || rel === '') rel = '/index.html';
  const parts = rel.split('/').filter(Boolean);
  if (parts.some((p) => p.startsWith('.'))) return null; // also rules out '..'
  const ext = path.extname(rel).toLowerCase();
  const type = TYPES[ext];
  if (!type) return null;
  try {
    const realRoot = await fs.realpath(root);
    const real = await fs.realpath(path.join(realRoot, ...parts));
    if (!real.startsWith(realRoot + path.sep)) return null;
    const st = await fs.stat(real);
    if (!st.isFile()) return null;
    return { body: await fs.readFile(real), type, immutable: parts[0] === 'assets' };
  } catch {
    return null;
  }
}

export async function uiBuilt(root: string): Promise<boolean> {
  try {
    return (await fs.stat(path.join(root, 'index.html'))).isFile();
  } catch {
    return false;
  }
}

/** Shown at / when the UI has not been built; static, no script. */
export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>unspin</title></head>
<body>
<h1>unspin</h1>
<p>The web UI is not built. Build it with <code>npm run build:web</code> (or <code>npx vite build web</code>) and reload.</p>
<p>The HTTP API works without it: try <a href="/api/health">/api/health</a> and <a href="/api/stories">/api/stories</a> (see docs/api.md).</p>
</body></html>
`;
