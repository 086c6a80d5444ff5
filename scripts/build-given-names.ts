// Writes data/lexicon/given-names.txt: the given names whose gender resolves "he" and "she" when an
// article gives no sign (src/attribution/gender.ts), from the name lists of the npm package
// gender-detection-from-name (MIT, © Davide Violante; English, Italian, Spanish, French, German
// and Turkish lists). A name is written with its gender when three lists or more hold it, three in
// four of them or more with that gender ("Kevin": four lists a man's name, one a woman's), and it
// is not in data/lexicon/unisex-given-names.txt. A name two lists or more hold otherwise ("Wayne",
// "Alistair"), and a function word that is a given name in any list ("Per", "Will", "May"), are
// written with "?" (a name, no sign): "It said" is then not taken up by "Paul Tennant". Reading
// the package at run time cost about 70 ms of loading per process for 2 MB of lists; this file
// is a few thousand lines. Run again after upgrading the package (a devDependency).
// Usage: node --import tsx scripts/build-given-names.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { wordSet } from '../src/lexicon/load.js';

const OUT = fileURLToPath(new URL('../data/lexicon/given-names.txt', import.meta.url));
const LISTS = ['en', 'it', 'es', 'fr', 'de', 'tr'];
const MIN_LISTS = 3;
/** The share of the lists holding a name that must give it one gender. */
const AGREEMENT = 0.75;
/** Lists that must hold a name for it to be written as a name with no sign. */
const MIN_LISTS_NAME = 2;

const load = createRequire(import.meta.url);

/** The lines of the list (without its header), and the package version they come from. */
export function givenNameLines(): { version: string; lines: string[] } {
  const version = (load('gender-detection-from-name/package.json') as { version: string }).version;
  const lists = LISTS.map((l) => load(`gender-detection-from-name/names/${l}`) as Map<string, string>);
  const unisex = wordSet('unisex-given-names');
  const stopwords = wordSet('stopwords');
  const names = new Set<string>();
  for (const m of lists) for (const k of m.keys()) names.add(k);
  const lines: string[] = [];
  for (const name of [...names].sort()) {
    if (!/^[a-z][a-z'-]*$/.test(name)) continue;
    let male = 0;
    let female = 0;
    for (const m of lists) {
      const g = m.get(name);
      if (g === 'male') male++;
      else if (g === 'female') female++;
    }
    const n = male + female;
    // Three lists or more, and at least three in four of those that hold it agree ("Kevin": four
    // lists a man's name, one a woman's).
    const sign =
      unisex.has(name) || n < MIN_LISTS
        ? null
        : male >= AGREEMENT * n
          ? 'm'
          : female >= AGREEMENT * n
            ? 'f'
            : null;
    if (sign) lines.push(`${name}|${sign}`);
    else if (stopwords.has(name) || n >= MIN_LISTS_NAME) lines.push(`${name}|?`);
  }
  return { version, lines };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { version, lines } = givenNameLines();
  const header = [
    `# Given names from the name lists of npm gender-detection-from-name ${version} (MIT, (c) Davide`,
    '# Violante) with their usual gender, m or f, where three of its six lists or more hold the name',
    '# and three in four of them give it that gender, and it is not in unisex-given-names.txt; else ?',
    '# (a name in two lists or more, or a function word that is a name in one). Written by',
    '# scripts/build-given-names.ts.',
  ];
  writeFileSync(OUT, `${[...header, ...lines].join('\n')}\n`);
  console.log(`${lines.length} names → ${OUT}`);
}
