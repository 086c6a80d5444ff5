// The spun seed article of the development data: the one .txt file in ../shared/data/example/,
// found by listing the folder (its file name is the data's, not the project's to know).
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared/data beside the repository. */
export const SHARED_DATA_DIR = resolve(fileURLToPath(new URL('../../..', import.meta.url)), 'shared', 'data');

/** Path of the seed article under `dataDir` (default ../shared/data), or null when it is absent. */
export function seedArticlePath(dataDir: string = SHARED_DATA_DIR): string | null {
  const dir = join(dataDir, 'example');
  if (!existsSync(dir)) return null;
  const txt = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return txt.length > 0 ? join(dir, txt[0]) : null;
}
