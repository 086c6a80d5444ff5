// The seed article of the development data (../shared/data/example/), read at test time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractStatements, type Statement } from '../../src/attribution/index.js';
import { docOf } from './helpers.js';
import { seedArticlePath } from '../../scripts/lib/seed-article.js';

const SEED = seedArticlePath() ?? '';
const present = SEED !== '';
const skip = present ? false : 'seed article not found at ../shared/data/example/ (shared data absent)';

function seedStatements(): { text: string; statements: Statement[] } {
  // The .txt reader removes a leading "date YYYY-MM-DD" header; do the same here.
  const text = readFileSync(SEED, 'utf8').replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/, '');
  return { text, statements: extractStatements(docOf(text, 'seed')) };
}

/** The statement whose content contains `words`. */
function about(statements: Statement[], words: string): Statement {
  const s = statements.find((x) => x.content.text.includes(words));
  assert.ok(s, `a statement containing "${words}"`);
  return s;
}

test('seed: every quotation is attributed to the right person', { skip }, () => {
  const { statements } = seedStatements();
  const expected: [string, RegExp][] = [
    ['We’ve seen these kinds of activity', /Kirby/],
    ['is clear and shocking evidence', /Truss/],
    ['prepared to undertake its part', /Erdogan/],
    ['I have stressed that we would be happy to host', /Erdogan/],
    ['Instead of fueling the fireplace', /Erdogan/],
    ['Over the last days, we have seen', /Stoltenberg/],
    ['de-escalate', /Stoltenberg/],
    ['countering safety challenges', /Zelenskyy/],
    ['agreed on additional joint steps', /Zelenskyy/],
    ['safety ensures', /Kremlin/],
    ['provocations', /Kremlin/],
    // A paragraph that is all quotation, with no cue of its own: the Kremlin's statement goes on.
    ['A constructive dialogue continued', /Kremlin/],
    ['firm and consistent', /Zelenskyy/],
    ['any further Russian aggression', /Stoltenberg/],
    ['“heightened”', /Washington/],
  ];
  for (const [words, who] of expected) {
    const s = about(statements, words);
    assert.match(s.speaker_name ?? '', who, `"${words}" by ${String(who)}, got ${s.speaker_name}`);
  }
});

test(
  'seed: speakers include Kirby, Truss, Erdogan, Zelenskyy, Stoltenberg, the Kremlin and NATO',
  { skip },
  () => {
    const names = seedStatements().statements.map((s) => s.speaker_name ?? '');
    for (const who of [
      /John Kirby/,
      /Liz Truss/,
      /Erdogan/,
      /Zelenskyy/,
      /Jens Stoltenberg/,
      /Kremlin/,
      /^NATO$/,
    ]) {
      assert.ok(
        names.some((n) => who.test(n)),
        `speaker ${String(who)} among ${names.join('; ')}`,
      );
    }
  },
);

test('seed: stances', { skip }, () => {
  const { statements } = seedStatements();
  assert.equal(about(statements, 'happy to host a summit').stance, 'offer');
  const denial = statements.find((s) => s.cue.text.includes('denied'));
  assert.ok(denial, '"something Moscow has denied" is a statement');
  assert.equal(denial.stance, 'deny');
  assert.equal(denial.speaker_name, 'Moscow');
  assert.match(denial.content.text, /invasion/);
  assert.equal(about(statements, 'military buildup continues').stance, 'warn');
  const stoltenberg = statements.filter((s) => /Stoltenberg/.test(s.speaker_name ?? '')).map((s) => s.stance);
  assert.ok(stoltenberg.includes('call'), `Stoltenberg calls: ${stoltenberg.join(', ')}`);
  assert.ok(stoltenberg.includes('warn'), `Stoltenberg warns: ${stoltenberg.join(', ')}`);
  assert.equal(about(statements, 'Erdogan’s offer').stance, 'welcome');
  assert.equal(about(statements, 'Erdogan’s offer').speaker_name, 'Zelenskyy');
  // A relative clause after his name holds a spun verb of saying: his own statement.
  assert.equal(about(statements, 'the scenario with Macron').speaker_name, 'Zelenskyy');
});
