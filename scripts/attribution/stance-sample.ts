// Draws statements from a seeded sample of news-corpus articles, stratified by predicted stance
// (up to K of each of accuse, deny, warn, offer, call, welcome, acknowledge and ask, and K of
// assert), with the speaker, cue, content and the sentence around the cue, numbered, for reading
// by hand whether the stance is right (PolNeAR has no stance labels, so stance is not scored):
//   node --import tsx scripts/attribution/stance-sample.ts [K=12] [SEED=1]
// At most two statements per article (of different stances), so that a few long articles do not
// fill the sample; nested statements ("X denied it, his lawyer said") are drawn as well.
// Needs ../shared/data (skips with a message when absent).
import { resolve } from 'node:path';
import { extractStatements, type Stance, type Statement } from '../../src/attribution/index.js';
import { buildDocument } from '../../src/text/document.js';
import { Rng } from '../lib/rng.js';
import { hasCorpus, loadCorpus } from '../trace-eval/corpus.js';
import { REPO_ROOT } from './polnear.js';

const DATA = resolve(REPO_ROOT, '../shared/data');
/** The stances drawn, in printing order. */
const DRAWN: readonly Stance[] = [
  'accuse',
  'deny',
  'warn',
  'offer',
  'call',
  'welcome',
  'acknowledge',
  'ask',
  'assert',
];
/** How much text around the cue's sentence is printed at most, either side. */
const CONTEXT = 400;
/** At most this many statements from one article. */
const PER_ARTICLE = 2;

interface Drawn {
  id: string;
  statement: Statement;
  around: string;
}

/** The text of the sentence(s) holding the cue and the content, clipped to CONTEXT either side. */
function around(text: string, s: Statement): string {
  const from = Math.min(s.cue.start, s.content.start >= 0 ? s.content.start : s.cue.start);
  const to = Math.max(s.cue.end, s.content.end);
  let start = from;
  while (start > 0 && from - start < CONTEXT && !/[.!?]\s/.test(text.slice(start - 2, start))) start--;
  let end = to;
  while (end < text.length && end - to < CONTEXT && !/[.!?]["”’']?\s/.test(text.slice(end - 1, end + 2)))
    end++;
  return text.slice(start, Math.min(text.length, end + 1)).replace(/\s+/g, ' ');
}

function flatten(statements: Statement[]): Statement[] {
  const out: Statement[] = [];
  for (const s of statements) {
    out.push(s);
    for (const n of s.nested) out.push(n);
  }
  return out;
}

function main(): void {
  if (!hasCorpus(DATA)) {
    console.log('stance-sample: skipped, the news corpus is not in ../shared/data');
    return;
  }
  const k = Number(process.argv[2] ?? 12);
  const rng = new Rng(Number(process.argv[3] ?? 1));
  const corpus = loadCorpus(DATA);
  const drawn = new Map<Stance, Drawn[]>(DRAWN.map((st) => [st, []]));
  const full = (): boolean => DRAWN.every((st) => drawn.get(st)!.length >= k);
  let articles = 0;
  for (const a of rng.sample(corpus, corpus.length)) {
    if (full()) break;
    articles++;
    const doc = buildDocument({ id: a.id, text: a.text, date: null, title: null, url: null, outlet: null });
    let wanted = flatten(extractStatements(doc)).filter((s) => (drawn.get(s.stance)?.length ?? k) < k);
    for (let n = 0; n < PER_ARTICLE && wanted.length > 0; n++) {
      const s = rng.pick(wanted);
      drawn.get(s.stance)!.push({ id: a.id, statement: s, around: around(a.text, s) });
      // The second one of another stance, still wanted.
      wanted = wanted.filter((x) => x.stance !== s.stance && drawn.get(x.stance)!.length < k);
    }
  }
  let shown = 0;
  for (const st of DRAWN) {
    console.log(`\n=== ${st} (${drawn.get(st)!.length})\n`);
    for (const { id, statement: s, around: text } of drawn.get(st)!) {
      shown++;
      const speaker = s.speaker ? `"${s.speaker.text}"` : '-';
      const name = s.speaker_name && s.speaker_name !== s.speaker?.text ? ` (${s.speaker_name})` : '';
      console.log(
        `#${shown} ${st} ${id}\n  speaker ${speaker}${name} <${s.cue.text}>\n  content: ${s.content.text.replace(/\s+/g, ' ')}\n  …${text}\n`,
      );
    }
  }
  const counts = DRAWN.map((st) => `${st} ${drawn.get(st)!.length}`).join(', ');
  console.log(`${shown} statements from ${articles} articles (${counts})`);
}

main();
