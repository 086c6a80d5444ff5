// Copy generators for the synthetic trace benchmark: verbatim with page furniture, edited,
// thesaurus-spun, paraphrased, machine-translation-like, shuffled/re-paragraphed and truncated.
// They approximate what content farms do; they are not a real content farm.
import type { CopyType } from '../../src/model.js';
import { paragraphsOf, splitSentences } from './corpus.js';
import type { Rng } from '../lib/rng.js';
import type { Thesaurus } from './wordnet.js';

export type Generator =
  'verbatim' | 'truncated' | 'edited' | 'shuffled' | 'spun' | 'paraphrased' | 'translated';
export const GENERATORS: Generator[] = [
  'verbatim',
  'truncated',
  'edited',
  'shuffled',
  'spun',
  'paraphrased',
  'translated',
];

/** The copy type a generator's output should be classified as. */
export const GOLD_KIND: Record<Generator, CopyType> = {
  verbatim: 'verbatim',
  truncated: 'verbatim',
  edited: 'edited',
  shuffled: 'edited',
  spun: 'spun',
  paraphrased: 'paraphrased',
  translated: 'translated',
};

const HEADERS = [
  'Home > News > World',
  'Share on Facebook | Share on Twitter | Email',
  'By Staff Reporter | Updated',
  'Advertisement',
  'Latest News | Business | Markets | Politics',
  'Listen to this article',
];
const FOOTERS = [
  'Copyright 2024. All rights reserved.',
  'Subscribe to our newsletter for the latest headlines.',
  'Related: More stories from this section',
  'Click here to read more.',
  'Follow us on social media for updates.',
  'This story has been published from a wire agency feed without modifications to the text.',
];
const INSERTS = [
  'The development comes amid growing concern among investors and officials.',
  'Analysts had widely expected the move, according to people familiar with the matter.',
  'It was not immediately clear what impact the decision would have.',
  'Officials did not respond to requests for comment on Tuesday.',
  'The news was welcomed by several industry groups.',
  'Critics have questioned whether the plan goes far enough.',
  'Further details were expected to be announced later this week.',
  'The issue has drawn attention from lawmakers in recent months.',
];

function furnish(rng: Rng, body: string): string {
  const head = rng.sample(HEADERS, rng.int(1, 3)).join('\n\n');
  const foot = rng.sample(FOOTERS, rng.int(1, 3)).join('\n\n');
  return `${head}\n\n${body}\n\n${foot}`;
}

function join(paras: string[][]): string {
  return paras
    .map((p) => p.join(' '))
    .filter(Boolean)
    .join('\n\n');
}

// --- word-level functions -------------------------------------------------------------------

const IRREGULAR: Record<string, string> = {
  said: 'say',
  told: 'tell',
  rose: 'rise',
  fell: 'fall',
  took: 'take',
  made: 'make',
  gave: 'give',
  went: 'go',
  came: 'come',
  saw: 'see',
  held: 'hold',
  sold: 'sell',
  bought: 'buy',
  paid: 'pay',
  left: 'leave',
  grew: 'grow',
  won: 'win',
  began: 'begin',
  led: 'lead',
  met: 'meet',
  set: 'set',
  put: 'put',
  cut: 'cut',
  kept: 'keep',
  brought: 'bring',
  thought: 'think',
  found: 'find',
  got: 'get',
  lost: 'lose',
  spent: 'spend',
  built: 'build',
  sent: 'send',
  became: 'become',
  ran: 'run',
  hit: 'hit',
  knew: 'know',
  chose: 'choose',
  struck: 'strike',
  drew: 'draw',
  wrote: 'write',
  spoke: 'speak',
};
const PAST_OF: Record<string, string> = Object.fromEntries(Object.entries(IRREGULAR).map(([p, b]) => [b, p]));

const FUNCTION = new Set(
  'a an the of in on at to for from by with and or but as is are was were be been being that this these those it its he she they we i you his her their our not no will would could should may might can has have had do does did than then so if about into over after before up down out which who whom whose what when where while also just only very there'.split(
    ' ',
  ),
);

function inflect(base: string, suffix: '' | 's' | 'ed' | 'ing' | 'irregular-past'): string {
  const parts = base.split(' ');
  let w = parts[0];
  if (suffix === 's')
    w = /(s|x|z|ch|sh)$/.test(w) ? w + 'es' : /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w + 's';
  else if (suffix === 'ed' || suffix === 'irregular-past')
    w = PAST_OF[w] ?? (w.endsWith('e') ? w + 'd' : w + 'ed');
  else if (suffix === 'ing') w = (w.endsWith('e') && !w.endsWith('ee') ? w.slice(0, -1) : w) + 'ing';
  parts[0] = w;
  return parts.join(' ');
}

/** Synonym candidates of a surface word (lowercase), re-inflected like the word. */
function synonymsOf(th: Thesaurus, word: string, senses: number): string[] {
  const tries: [string, '' | 's' | 'ed' | 'ing' | 'irregular-past'][] = [[word, '']];
  if (IRREGULAR[word]) tries.unshift([IRREGULAR[word], 'irregular-past']);
  if (word.endsWith('ies')) tries.push([word.slice(0, -3) + 'y', 's']);
  if (word.endsWith('es')) tries.push([word.slice(0, -2), 's']);
  if (word.endsWith('s') && !word.endsWith('ss')) tries.push([word.slice(0, -1), 's']);
  if (word.endsWith('ed')) tries.push([word.slice(0, -2), 'ed'], [word.slice(0, -1), 'ed']);
  if (word.endsWith('ing')) tries.push([word.slice(0, -3), 'ing'], [word.slice(0, -3) + 'e', 'ing']);
  for (const [base, suf] of tries) {
    const ss = th.senses(base).slice(0, senses).flat();
    if (ss.length) return [...new Set(ss.map((s) => inflect(s, suf)))].filter((s) => s !== word);
  }
  return [];
}

function matchCase(orig: string, repl: string): string {
  return /^[A-Z]/.test(orig) ? repl[0].toUpperCase() + repl.slice(1) : repl;
}

/** Replaces content words in a sentence with thesaurus synonyms with probability `rate`. */
export function swapSynonyms(
  rng: Rng,
  th: Thesaurus,
  sentence: string,
  rate: number,
  senses: number,
): string {
  const tokens = sentence.split(/(\s+)/);
  let first = true;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok.trim()) continue;
    const m = /^([^A-Za-z]*)([A-Za-z][a-z]+)([^A-Za-z]*)$/.exec(tok);
    const wasFirst = first;
    first = false;
    if (!m) continue;
    const [, pre, word, post] = m;
    const lower = word.toLowerCase();
    // Names stay (a capital mid-sentence); so do function words and very short words.
    if ((/^[A-Z]/.test(word) && !wasFirst) || FUNCTION.has(lower) || lower.length < 3) continue;
    if (!rng.chance(rate)) continue;
    const syns = synonymsOf(th, lower, senses);
    if (!syns.length) continue;
    tokens[i] = pre + matchCase(word, rng.pick(syns)) + post;
  }
  return tokens.join('');
}

// --- generators -----------------------------------------------------------------------------

export function verbatim(rng: Rng, text: string): string {
  return furnish(rng, join(paragraphsOf(text)));
}

/** The opening 30–60% of the article, word for word, then a "read more" line. */
export function truncated(rng: Rng, text: string): string {
  const sents = paragraphsOf(text);
  const total = sents.reduce((n, p) => n + p.length, 0);
  let keep = Math.max(3, Math.round(total * (0.3 + 0.3 * rng.next())));
  const out: string[][] = [];
  for (const p of sents) {
    if (keep <= 0) break;
    out.push(p.slice(0, keep));
    keep -= p.length;
  }
  return `${join(out)}\n\n${rng.pick(['Read more...', 'Continue reading', 'Full story on our partner site.'])}`;
}

const LIGHT_EDITS: [RegExp, string][] = [
  [/\bpercent\b/g, '%'],
  [/\bU\.S\.(?=\s|$)/g, 'US'],
  [/\bsaid on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, 'said'],
  [/\bsaid\b/, 'told reporters'],
  [/\bdollars\b/g, 'US dollars'],
  [/\bis not\b/g, "isn't"],
  [/\bdo not\b/g, "don't"],
  [/\bwill\b/, "'ll"],
  [/\bvery\b/g, ''],
  [/\bhowever\b/gi, 'but'],
];

/** Cuts 10–30% of sentences (the lead stays), inserts 1–3 sentences, and makes light word edits. */
export function edited(rng: Rng, text: string): string {
  const paras = paragraphsOf(text).map((p, pi) =>
    p
      .filter((_, si) => (pi === 0 && si === 0) || !rng.chance(0.1 + 0.2 * rng.next()))
      .map((s) => {
        if (!rng.chance(0.35)) return s;
        const [re, to] = rng.pick(LIGHT_EDITS);
        return re.source.includes("'ll") ? s : s.replace(re, to).replace(/\s{2,}/g, ' ');
      }),
  );
  for (let k = rng.int(1, 4); k > 0; k--) {
    const at = rng.int(0, paras.length);
    paras[at] = [...paras[at], rng.pick(INSERTS)];
  }
  const body = join(paras);
  return rng.chance(0.5) ? furnish(rng, body) : body;
}

/** Reorders paragraphs and sentences and re-paragraphs the text (one or two sentences each). */
export function shuffled(rng: Rng, text: string): string {
  const sents = paragraphsOf(text).flat();
  const lead = sents.shift()!;
  // Local shuffles keep some narrative; a few long-range moves break source order.
  for (let i = 0; i + 1 < sents.length; i += 2)
    if (rng.chance(0.5)) [sents[i], sents[i + 1]] = [sents[i + 1], sents[i]];
  for (let k = 0; k < 3 && sents.length > 2; k++) {
    const [x] = sents.splice(rng.int(0, sents.length), 1);
    sents.splice(rng.int(0, sents.length), 0, x);
  }
  const paras: string[][] = [[lead]];
  for (let i = 0; i < sents.length;) {
    const n = rng.int(1, 3);
    paras.push(sents.slice(i, i + n));
    i += n;
  }
  return join(paras);
}

/** Thesaurus spinning: about half of content words swapped for a synonym of any sense. */
export function spun(rng: Rng, th: Thesaurus, text: string): string {
  const rate = 0.35 + 0.3 * rng.next();
  const body = join(paragraphsOf(text).map((p) => p.map((s) => swapSynonyms(rng, th, s, rate, 3))));
  return rng.chance(0.5) ? furnish(rng, body) : body;
}

const SAID_RE =
  /^(.{25,}?),? ((?:[A-Z][\w.'-]* ){0,4}[A-Z][\w.'-]*|he|she|they|it|the \w+) (said|says|told \w+)\.?$/;

/** One sentence reworded: clause moves, synonym swaps, function-word drops and inserts. */
function paraphraseSentence(rng: Rng, th: Thesaurus, s: string): string {
  let out = s;
  // "X, Y said." → "Y said that x."
  const m = SAID_RE.exec(out.replace(/[.”"]+$/, (e) => e));
  if (m && rng.chance(0.6) && !/[“"]/.test(m[1])) {
    const body = m[1].replace(/^[“"]|[”"]$/g, '');
    out = `${m[2][0].toUpperCase()}${m[2].slice(1)} ${m[3]} that ${body[0].toLowerCase()}${body.slice(1)}.`;
  } else if (
    rng.chance(0.5) &&
    /^(.{20,}), ((?:[A-Z][\w.'-]* ){0,3}[A-Z][\w.'-]*) said\.$/.test(out) &&
    !/[“"]/.test(out)
  ) {
    // "X, Smith said." → "According to Smith, x."
    const a = /^(.{20,}), ((?:[A-Z][\w.'-]* ){0,3}[A-Z][\w.'-]*) said\.$/.exec(out)!;
    out = `According to ${a[2]}, ${a[1][0].toLowerCase()}${a[1].slice(1)}.`;
  } else if (rng.chance(0.4) && / (in|on|at|by|after|before|during) ([^,]{4,40})\.$/.test(out)) {
    // Front a trailing prepositional phrase: "... in March." → "In March, ...".
    const pp = / (in|on|at|by|after|before|during) ([^,]{4,40})\.$/.exec(out)!;
    const rest = out.slice(0, pp.index);
    out = `${pp[1][0].toUpperCase()}${pp[1].slice(1)} ${pp[2]}, ${/^[A-Z][a-z]/.test(rest) && !/^(I|[A-Z][a-z]+ [A-Z])/.test(rest) ? rest[0].toLowerCase() + rest.slice(1) : rest}.`;
  } else {
    // Move a leading adverbial clause to the end, or a trailing one to the front.
    const c = /^([^,]{12,60}), (.{20,})\.$/.exec(out);
    if (c && rng.chance(0.5) && !/[“"]/.test(out))
      out = `${c[2][0].toUpperCase()}${c[2].slice(1)}, ${c[1][0].toLowerCase()}${c[1].slice(1)}.`;
  }
  // Paraphrasing tools reword heavily: about half the content words, sense-blind past the first two.
  out = swapSynonyms(rng, th, out, 0.5, 2);
  if (rng.chance(0.4)) out = out.replace(/\bthat\b /, '');
  if (rng.chance(0.4)) out = out.replace(/\b(said|says) /, '$1 that ');
  if (rng.chance(0.4)) out = out.replace(/\bthe (\w+) of\b/, 'the $1 belonging to');
  if (rng.chance(0.3)) out = out.replace(/\bbecause\b/, 'since');
  if (rng.chance(0.3)) out = out.replace(/\bbut\b/, 'although');
  if (rng.chance(0.3)) out = out.replace(/\bwill\b/, 'is set to');
  if (rng.chance(0.3)) out = out.replace(/\b(is|are|was|were) expected to\b/, 'should');
  if (rng.chance(0.3))
    out = out.replace(
      /^(In|On|At) ([^,]{3,40}), /,
      (_, p: string, r: string) => `${p === 'In' ? 'During' : p} ${r}, `,
    );
  return out;
}

/** Sentence-by-sentence paraphrase with splits at clause boundaries and merges of short sentences. */
export function paraphrased(rng: Rng, th: Thesaurus, text: string): string {
  const paras = paragraphsOf(text).map((p) => {
    const out: string[] = [];
    for (const s of p) {
      const r = paraphraseSentence(rng, th, s);
      const split = /^(.{40,}?)(?:, and |; | but | while |, which |, who )(.{30,})$/.exec(r);
      if (split && rng.chance(0.6)) {
        out.push(`${split[1]}.`, `${split[2][0].toUpperCase()}${split[2].slice(1)}`);
        continue;
      }
      const prev = out[out.length - 1];
      if (prev && prev.length + r.length < 260 && rng.chance(0.35)) {
        out[out.length - 1] = `${prev.replace(/[.!?]$/, '')}, and ${r[0].toLowerCase()}${r.slice(1)}`;
        continue;
      }
      out.push(r);
    }
    return out;
  });
  return join(paras);
}

const MT_SHIFTS: [RegExp, string][] = [
  [/\bthe\b /g, ''],
  [/\b(a|an) /g, 'the '],
  [/\bin\b/g, 'at'],
  [/\bon\b/g, 'in'],
  [/\bwill\b/g, 'is going to'],
  [/\bsaid\b/g, 'declared'],
  [/\bhas been\b/g, 'was'],
  [/\bwould\b/g, 'will'],
  [/\bof\b/g, 'from'],
  [/\bfor\b/g, 'to'],
  [/\bwhich\b/g, 'that'],
  [/\bthat\b/g, 'which'],
];

/** Machine-translation round trip stand-in: function-word shifts, local reorderings, synonym swaps. */
function translateSentence(rng: Rng, th: Thesaurus, s: string): string {
  let out = s;
  // Round trips mostly move articles and prepositions; each shift hits some of its occurrences.
  for (const [re, to] of MT_SHIFTS) {
    if (!rng.chance(0.55)) continue;
    out = out.replace(re, (m) => (rng.chance(0.5) ? to : m));
  }
  // Local reorder: "X of the Y" → "the Y's X"; swap adjacent lowercase adjective-noun pairs rarely.
  if (rng.chance(0.3)) out = out.replace(/\b(\w+) of the (\w+)\b/, "the $2's $1");
  if (rng.chance(0.2)) {
    const w = out.split(' ');
    const i = rng.int(1, Math.max(2, w.length - 2));
    if (w[i] && w[i + 1] && /^[a-z]+$/.test(w[i]) && /^[a-z]+$/.test(w[i + 1]))
      [w[i], w[i + 1]] = [w[i + 1], w[i]];
    out = w.join(' ');
  }
  return swapSynonyms(rng, th, out, 0.12, 1);
}

export function translated(rng: Rng, th: Thesaurus, text: string): string {
  return join(paragraphsOf(text).map((p) => p.map((s) => translateSentence(rng, th, s))));
}

export function generate(g: Generator, rng: Rng, th: Thesaurus, text: string): string {
  switch (g) {
    case 'verbatim':
      return verbatim(rng, text);
    case 'truncated':
      return truncated(rng, text);
    case 'edited':
      return edited(rng, text);
    case 'shuffled':
      return shuffled(rng, text);
    case 'spun':
      return spun(rng, th, text);
    case 'paraphrased':
      return paraphrased(rng, th, text);
    case 'translated':
      return translated(rng, th, text);
  }
}

export { splitSentences };
