import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorKey, buildClaims, MAX_CLAIM_STATEMENTS } from '../../src/attribution/claims.js';
import { article, docOf } from './helpers.js';
import type { Statement } from '../../src/attribution/types.js';

const source = article(
  'source',
  'Ukrainian officials reportedly accused Russia of shelling the power plant on Sunday. Russia denied shelling the power plant.',
);
const lostDenial = article(
  'no-denial',
  'Ukrainian officials reportedly accused Russia of shelling the power plant on Sunday.',
);
const lostHedge = article(
  'no-hedge',
  'Ukrainian officials accused Russia of shelling the power plant on Sunday. Russia denied shelling the power plant.',
);
const unrelated = article('other', 'The mayor said the new bridge would open in the spring.');

test('an allegation is paired with its denial', () => {
  const { claims } = buildClaims([source]);
  assert.equal(claims.length, 1);
  const [c] = claims;
  assert.match(c.accuser ?? '', /officials/i);
  assert.equal(c.accused, 'Russia');
  assert.match(c.allegation, /shelling the power plant/);
  assert.equal(c.denials.length, 1);
  assert.equal(c.denials[0].by, 'Russia');
});

test('copies that lost the denial or the hedge are flagged', () => {
  const { claims } = buildClaims([source, lostDenial, lostHedge, unrelated]);
  assert.equal(claims.length, 1);
  const [c] = claims;
  assert.deepEqual(c.copies.map((x) => x.article).sort(), ['no-denial', 'no-hedge', 'source']);
  assert.deepEqual(c.lostDenial, ['no-denial']);
  assert.deepEqual(c.lostHedge, ['no-hedge']);
});

test('no allegations, no claims', () => {
  assert.deepEqual(buildClaims([unrelated]).claims, []);
});

test('a passive accusation: the agent accuses the subject', () => {
  const a = article(
    'passive',
    'Moscow has been accused by the US of manufacturing a propaganda video. Moscow denied the claim.',
  );
  const { claims } = buildClaims([a]);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].accuser, 'US');
  assert.equal(claims[0].accused, 'Moscow');
  assert.equal(claims[0].allegation, 'manufacturing a propaganda video');
  assert.deepEqual(
    claims[0].denials.map((d) => d.by),
    ['Moscow'],
  );
});

test('an allegation worded as a clause names the clause subject as the accused', () => {
  const a = article(
    'clause',
    'The Pentagon alleged that Moscow was preparing to fake an attack by Ukrainian troops. Moscow denied the plan.',
  );
  const { claims } = buildClaims([a]);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].accused, 'Moscow');
  assert.match(claims[0].allegation, /^preparing to fake an attack/);
  assert.deepEqual(
    claims[0].denials.map((d) => d.by),
    ['Moscow'],
  );
});

test('a noun the tagger read as an accusing verb makes no allegation', () => {
  const film = article(
    'film',
    'U.S. officials said the scheme revolved around a gruesome propaganda film depicting a staged attack, featuring simulated blasts, dead bodies and actors posing as grieving relatives.',
  );
  for (const c of buildClaims([film]).claims) assert.doesNotMatch(c.accuser ?? '', /featuring|simulated/);
});

test('sides: the Pentagon, Washington and U.S. officials speak for one side, Moscow and the Kremlin for another', () => {
  assert.equal(actorKey('the Pentagon'), actorKey('Washington'));
  assert.equal(actorKey('The U.S. Department of Defense'), actorKey('United States'));
  assert.equal(actorKey('U.S. officials'), 'US');
  assert.equal(actorKey('the Kremlin'), actorKey('Russia'));
  assert.equal(actorKey("Moscow's"), 'RU');
  assert.notEqual(actorKey('Paris Hilton'), actorKey('France'));
  assert.equal(actorKey('John Kirby'), 'john kirby');
});

test('a denial by the accused side pairs with the allegation, whichever name it goes by', () => {
  const a = article(
    'metonym',
    'The Pentagon accused Russia of preparing a fabricated attack. The Kremlin denied the accusation.',
  );
  const { claims } = buildClaims([a]);
  assert.equal(claims.length, 1);
  assert.deepEqual(
    claims[0].denials.map((d) => d.by),
    ['Kremlin'],
  );
});

test('an adverbial after the accusing verb is not part of the accused', () => {
  const a = article(
    'adjunct',
    'The United States accused on Thursday Russia of preparing a fabricated attack.',
  );
  const [c] = buildClaims([a]).claims;
  assert.equal(c.accused, 'Russia');
  assert.equal(c.allegation, 'preparing a fabricated attack');
});

test("a traced copy's reworded allegation joins its source's claim through the aligned passage", () => {
  const sourceText = 'The Pentagon accused Russia of preparing a fabricated attack by Ukrainian forces.';
  const copyText = 'The Pentagon accused Moscow of getting ready to fake an assault by Ukrainian troops.';
  const source = article('source', sourceText);
  const unlinked = article('spun', copyText);
  assert.equal(
    buildClaims([source, unlinked]).claims.length,
    2,
    'without the trace the wordings share too little',
  );
  const linked = {
    ...unlinked,
    derivesFrom: {
      source: 'source',
      passages: [
        {
          copy: { start: 0, end: copyText.length },
          source: { start: 0, end: sourceText.length },
          similarity: 0.6,
        },
      ],
    },
  };
  // The copy comes first in the input: the claim still opens with the source's wording.
  const { claims } = buildClaims([linked, source]);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].allegation, 'preparing a fabricated attack by Ukrainian forces');
  assert.deepEqual(
    claims[0].copies.map((x) => x.article),
    ['source', 'spun'],
  );
});

test('with traces, only a copy whose source kept the denial or hedge has lost it', () => {
  const whole = (a: ReturnType<typeof article>) => ({
    source: a.id,
    passages: [{ copy: { start: 0, end: 200 }, source: { start: 0, end: 200 }, similarity: 0.9 }],
  });
  // `source` reports the denial and the hedge; `no-denial` copies it without the denial; `no-hedge`
  // is an independent report (traced to nothing) that never had the hedge.
  const { claims } = buildClaims([
    { ...source, derivesFrom: null },
    { ...lostDenial, derivesFrom: whole(source) },
    { ...lostHedge, derivesFrom: null },
  ]);
  assert.equal(claims.length, 1);
  assert.deepEqual(claims[0].lostDenial, ['no-denial']);
  assert.deepEqual(claims[0].lostHedge, []);
});

test('an adverbial after the accused is not part of it either', () => {
  const a = article(
    'adjunct-after',
    'The Pentagon accused Russia on Wednesday of preparing a fabricated attack.',
  );
  assert.equal(buildClaims([a]).claims[0].accused, 'Russia');
});

test('a clause before "for" is not the accused: its subject is', () => {
  const a = article(
    'clause-for',
    'He accused the group of war crimes. President Ruiz said Omar Hassan had been responsible for the jail break.',
  );
  const c = buildClaims([a]).claims.find((x) => /jail break/.test(x.allegation));
  assert.ok(c, 'the allegation is found');
  assert.equal(c.accused, 'Omar Hassan');
  assert.equal(c.allegation, 'responsible for the jail break');
});

test('a condemnation names its target and no act; with no one condemning, it is left out', () => {
  const named = article(
    'condemn',
    'Opposition leaders condemned the government of Prime Minister Justin Trudeau.',
  );
  const [c] = buildClaims([named]).claims;
  assert.equal(c.accused, 'the government of Prime Minister Justin Trudeau');
  assert.equal(c.allegation, '');
  const bare = article(
    'bare',
    'Protesters clogged the streets of Ottawa, railing against vaccine mandates and condemning Trudeau’s Liberal government.',
  );
  assert.deepEqual(
    buildClaims([bare]).claims.filter((c) => !c.accuser),
    [],
  );
});

test('a verb read as the accuser makes no allegation', () => {
  const text = 'Abu Ibrahim oversaw the group’s genocide against the Yazidi minority.';
  const doc = docOf(text, 'verb');
  const span = (words: string) => ({
    start: text.indexOf(words),
    end: text.indexOf(words) + words.length,
    text: words,
  });
  // As the tagger once read it: "genocide" a cue, the verb before it the accuser.
  const misread: Statement = {
    speaker: span('oversaw the group’s'),
    speaker_name: 'oversaw the group’s',
    cue: span('genocide'),
    content: span('against the Yazidi minority'),
    type: 'indirect',
    stance: 'accuse',
    addressee: null,
    nested: [],
  };
  assert.deepEqual(buildClaims([{ id: 'verb', doc, statements: [misread] }]).claims, []);
  const pronounClause = docOf('He ran the gang’s extortion racket across the harbour district.', 'he');
  const he = { start: 0, end: 'He ran the gang’s'.length, text: 'He ran the gang’s' };
  assert.deepEqual(
    buildClaims([
      { id: 'he', doc: pronounClause, statements: [{ ...misread, speaker: he, speaker_name: null }] },
    ]).claims,
    [],
  );
  const named: Statement = { ...misread, speaker: span('Abu Ibrahim'), speaker_name: 'Abu Ibrahim' };
  assert.equal(buildClaims([{ id: 'verb', doc, statements: [named] }]).claims.length, 1);
});

test('claims read an article of thousands of statements only as far as MAX_CLAIM_STATEMENTS', () => {
  const filler = Array.from({ length: 300 }, (_, k) => `The mayor said bridge ${k} would open.`).join(' ');
  const accusation =
    'Ukrainian officials accused Russia of shelling the power plant on Sunday. Russia denied shelling the power plant.';
  const early = article('early', `${accusation} ${filler} ${filler}`);
  const late = article('late', `${filler} ${filler} ${accusation}`);
  assert.ok(late.statements.length > MAX_CLAIM_STATEMENTS);
  assert.equal(buildClaims([early]).claims.length, 1);
  assert.equal(buildClaims([late]).claims.length, 0);
});

test('"a charge X dismissed as ..." answers the accusation before it', () => {
  const { claims } = buildClaims([
    article(
      'as',
      'The Northfield government accused its neighbour Eastmark of massing troops on the border, a charge Eastmark’s foreign ministry dismissed as "pure fiction."',
    ),
  ]);
  assert.equal(claims.length, 1);
  assert.match(claims[0].allegation, /massing troops/);
  assert.deepEqual(
    claims[0].denials.map((d) => d.by),
    ['Eastmark’s foreign ministry'],
  );
});

test('"blamed X on Y": Y is accused of X, and "a claim opposition groups reject" denies it', () => {
  const { claims } = buildClaims([
    article(
      'blame',
      'The government blames the unrest on foreign agitators, a claim opposition groups reject.',
    ),
  ]);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].accused, 'foreign agitators');
  assert.equal(claims[0].allegation, 'the unrest');
  assert.deepEqual(
    claims[0].denials.map((d) => d.by),
    ['opposition groups'],
  );
});

test('a bare charge ("Senator accused of misusing funds") accuses the charged, by no one named', () => {
  const { claims } = buildClaims([article('bare', 'Senator accused of misusing campaign funds')]);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].accuser, null);
  assert.equal(claims[0].accused, 'Senator');
  assert.equal(claims[0].allegation, 'misusing campaign funds');
});

test('an office denying "the allegations as a smear" answers the allegation against whom it speaks for', () => {
  const { claims } = buildClaims([
    article(
      'office',
      'A watchdog group alleged on Tuesday that Senator Ruth Alder used campaign money to pay for family holidays. Alder’s office rejected the allegations as "a partisan smear".',
    ),
  ]);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].accused, 'Senator Ruth Alder');
  assert.match(claims[0].allegation, /^used campaign money/);
  assert.deepEqual(
    claims[0].denials.map((d) => d.by),
    ['Alder’s office'],
  );
});

test('a headline’s charge and the lead’s accusation are one claim, denied in words of the lead', () => {
  const text =
    'Port authority accused of hiding pollution data\n\nThe group Blue Coast accused the port authority on Monday of hiding data that showed high levels of metals in the harbour.\n\nThe port authority denied hiding any data.';
  const copyText =
    'Port authority accused of hiding pollution data\n\nThe group Blue Coast accused the port authority on Monday of hiding data that showed high levels of metals in the harbour.';
  const original = article('orig', text);
  const copy = {
    ...article('copy', copyText),
    derivesFrom: {
      source: 'orig',
      passages: [
        {
          copy: { start: 0, end: copyText.length },
          source: { start: 0, end: copyText.length },
          similarity: 1,
        },
      ],
    },
  };
  const { claims } = buildClaims([{ ...original, derivesFrom: null }, copy]);
  assert.equal(claims.length, 1);
  assert.equal(claims[0].accuser, 'Blue Coast');
  assert.match(claims[0].allegation, /^hiding data that showed/);
  assert.deepEqual(
    claims[0].denials.map((d) => d.article),
    ['orig'],
  );
  assert.deepEqual(claims[0].lostDenial, ['copy']);
});
