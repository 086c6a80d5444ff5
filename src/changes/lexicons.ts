// The change report's lexicons, loaded once from data/lexicon/ (each file says where it comes from).
import { loadLines, loadPairs, loadWordSet } from '../lexicon/load.js';

export interface ChangeLexicons {
  /** Hedge phrases as key sequences; the key `NUM` matches any figure. */
  hedges: string[][];
  negations: Set<string>;
  boilerplate: string[];
  speechVerbs: Set<string>;
  spelling: Map<string, string>;
  /** Multi-word variants as [key sequence, preferred key]. */
  phrases: [string[], string][];
  /** Number words → digits ("four" → "4"); "one" is left alone, it is mostly a pronoun. */
  numberWords: Map<string, string>;
  stop: Set<string>;
  /** Scope and time qualifiers ("previously", "partially"), each with the words that say the same. */
  qualifiers: Map<string, Set<string>>;
  /** Loaded labels as key sequences ("so called"). */
  loaded: string[][];
  /** Nouns of geographic scope ("region", "world"). */
  scope: Set<string>;
  /** Lemmas of opposite sense WordNet does not pair as antonyms ("support" / "oppose"), both ways. */
  opposites: Map<string, Set<string>>;
}

/** "a | b" lines read as a relation both ways (a word may have several opposites). */
function bothWays(lines: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = out.get(a) ?? new Set<string>();
    set.add(b);
    out.set(a, set);
  };
  for (const line of lines) {
    const [a, b] = line.toLowerCase().split(/\s*\|\s*/);
    if (!a || !b) continue;
    add(a, b);
    add(b, a);
  }
  return out;
}

let cached: ChangeLexicons | null = null;

export function lexicons(): ChangeLexicons {
  if (cached) return cached;
  const numberWords = new Map(loadPairs('spin-number-words')); // a copy: the shared one stays whole
  for (const w of ['zero', 'one', 'hundred']) numberWords.delete(w);
  cached = {
    hedges: loadLines('hedges').map((l) =>
      l
        .toLowerCase()
        .split(/\s+/)
        .map((w) => (w === 'num' ? 'NUM' : w)),
    ),
    negations: loadWordSet('negations'),
    boilerplate: [...loadWordSet('boilerplate')],
    speechVerbs: loadWordSet('change-speech-verbs'),
    // Spelling variants and governmental metonyms fold the same way: one key per referent.
    spelling: new Map([...loadPairs('change-spelling-variants'), ...loadPairs('change-metonyms')]),
    phrases: [...loadPairs('change-phrase-variants')].map(([k, v]) => [k.split(/\s+/), v]),
    numberWords,
    stop: loadWordSet('stopwords'),
    qualifiers: new Map(
      [...loadPairs('change-qualifiers')].map(([k, v]) => [k, new Set(v.toLowerCase().split(/\s+/))]),
    ),
    loaded: loadLines('change-loaded').map((l) => l.toLowerCase().split(/\s+/)),
    scope: loadWordSet('change-scope'),
    opposites: bothWays(loadLines('change-opposites')),
  };
  return cached;
}
