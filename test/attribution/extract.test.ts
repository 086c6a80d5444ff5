import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, byCue } from './helpers.js';

test('offsets are JS string indices into the text, end exclusive', () => {
  const text = 'Prices rose. “We will not back down,” Mayor Jane Smith said on Monday.';
  for (const s of analyze(text)) {
    for (const span of [s.speaker, s.cue, s.content])
      if (span) assert.equal(text.slice(span.start, span.end), span.text);
  }
});

test('a quotation followed by "X said" is a direct statement by X', () => {
  const [s] = analyze('“We will not back down,” Mayor Jane Smith said on Monday.');
  assert.equal(s.speaker?.text, 'Mayor Jane Smith');
  assert.equal(s.speaker_name, 'Jane Smith');
  assert.equal(s.cue.text, 'said');
  assert.equal(s.content.text, '“We will not back down,”');
  assert.equal(s.type, 'direct');
});

test('"X said that ..." is indirect, with the content after the cue', () => {
  const [s] = analyze('Police Chief Tom Brown said that the suspect had fled the city before dawn.');
  assert.equal(s.speaker?.text, 'Police Chief Tom Brown');
  assert.equal(s.content.text, 'that the suspect had fled the city before dawn');
  assert.equal(s.type, 'indirect');
});

test('inverted order: "“...,” said X"', () => {
  const s = byCue(analyze('“The bridge is safe,” said Maria Lopez, the city engineer.'), 'said');
  assert.match(s.speaker?.text ?? '', /^Maria Lopez/);
  assert.equal(s.content.text, '“The bridge is safe,”');
});

test('"according to X" puts the source after the cue', () => {
  const s = byCue(
    analyze('The factory will close in March, according to union leader Sam Reed.'),
    'according to',
  );
  assert.equal(s.speaker?.text, 'union leader Sam Reed');
  assert.equal(s.content.text, 'The factory will close in March');
});

test('mixed statement: reported speech with a quoted fragment', () => {
  const s = byCue(
    analyze('Governor Ann Lee said the plan was “a disaster for taxpayers” and should be dropped.'),
    'said',
  );
  assert.equal(s.type, 'mixed');
});

test('a quotation split by the cue keeps both halves as fragments', () => {
  const text = '“We tried everything,” coach Bill Ward said, “but the team was too tired.”';
  const s = byCue(analyze(text), 'said');
  assert.equal(s.speaker?.text, 'coach Bill Ward');
  assert.deepEqual(
    s.content.fragments?.map((f) => f.text),
    ['“We tried everything,”', '“but the team was too tired.”'],
  );
});

test('a quotation left open at a paragraph end continues in the next paragraph', () => {
  const text = 'The minister said: “We will rebuild the port.\n\n“It will take two years.”\n\nTrade resumed.';
  const s = byCue(analyze(text), 'said');
  assert.equal(s.content.text, '“We will rebuild the port.\n\n“It will take two years.”');
});

test('a quotation paragraph after a statement is claimed by the surer cue, not by a verb in its content', () => {
  // "have demanded" opens the sentence, but nesting keeps "said in a statement": that statement,
  // not the one dropped, takes the quotation paragraph that follows.
  const text =
    'Ministers have demanded “firm answers,” the council said in a statement, pointing again to “delays” at the port.\n\n' +
    '“A frank exchange took place on the schedule and on the plan to finish the harbour works by spring.”';
  const s = byCue(analyze(text), 'said in a statement');
  assert.equal(s.speaker?.text, 'the council');
  assert.deepEqual(
    s.content.fragments?.map((f) => f.text),
    [
      'Ministers have demanded “firm answers,”',
      '“A frank exchange took place on the schedule and on the plan to finish the harbour works by spring.”',
    ],
  );
});

test('a quotation running across sentences is one statement', () => {
  const text = 'Ms. Ortiz said: “The river rose overnight. We moved everyone to the school.”';
  const s = byCue(analyze(text), 'said');
  assert.equal(s.content.text, '“The river rose overnight. We moved everyone to the school.”');
  assert.equal(s.type, 'direct');
});

test('"told reporters" skips the listener; spun cues such as "informed reporters" and "stated" are cues', () => {
  const a = byCue(analyze('Senator Paul Grant told reporters that the vote would be delayed.'), 'told');
  assert.equal(a.content.text, 'that the vote would be delayed');
  const b = analyze('“The data is clear,” Ruth Adams informed reporters at the hearing.');
  assert.equal(byCue(b, 'informed').speaker_name, 'Ruth Adams');
  const c = analyze('Finance Minister Karl Berg stated the budget would be balanced by next year.');
  assert.equal(byCue(c, 'stated').speaker_name, 'Karl Berg');
});

test('reported beliefs are statements too', () => {
  const s = byCue(analyze('Officials believe the fire was started deliberately.'), 'believe');
  assert.equal(s.speaker?.text, 'Officials');
  assert.equal(s.content.text, 'the fire was started deliberately');
});

test('a passive accusation is spoken by the agent', () => {
  const s = byCue(analyze('Moscow has been accused by the US of staging the attack.'), 'accused');
  assert.equal(s.speaker?.text, 'the US');
  assert.equal(s.stance, 'accuse');
});

test('no statements in plain narration', () => {
  assert.deepEqual(analyze('The river flooded three villages in the north of the country last week.'), []);
});

test('a quotation that resumes after "she said." and runs into the next paragraph stays one statement', () => {
  const text =
    '“We lost the harvest,” farmer Rosa Diaz said. “The rain never came.\n\n“Now we wait for help.”';
  const s = byCue(analyze(text), 'said');
  assert.deepEqual(
    s.content.fragments?.map((f) => f.text),
    ['“We lost the harvest,”', '“The rain never came.', '“Now we wait for help.”'],
  );
});

test('a cue inside what someone says is part of that statement, not a new one', () => {
  const st = analyze('Senator Maria Cole says she believes the bill will pass next week.');
  assert.equal(st.length, 1);
  assert.equal(st[0].cue.text, 'says');
  assert.equal(st[0].content.text, 'she believes the bill will pass next week');
});

test('a quotation opening after a full stop in the same text sentence is its own statement', () => {
  const text =
    "Fares would rise for commuters. ''It's a small fix on a big problem,'' said Paul Ferris, an economist.";
  const s = byCue(analyze(text), 'said');
  assert.equal(s.speaker?.text.startsWith('Paul Ferris'), true);
  assert.equal(s.content.text, "''It's a small fix on a big problem,''");
});

test('a transcript line "NAME: text" is a statement by NAME', () => {
  const text =
    'The interview went on.\n\nPENCE: Well, look, the question really should be about the economy.';
  const s = byCue(analyze(text), ':');
  assert.equal(s.speaker?.text, 'PENCE');
  assert.equal(s.content.text, 'Well, look, the question really should be about the economy.');
});

test('"X, a description, said he ..." is spoken by X, not by "he ..."', () => {
  const s = byCue(
    analyze('Michael Mulgrew, president of the teachers union, said he hopes the rally sends a message.'),
    'said',
  );
  assert.equal(s.speaker_name, 'Michael Mulgrew');
  assert.equal(s.content.text, 'he hopes the rally sends a message');
});

test('"“C,” X, a description, told me." puts the content before the cue, not the listener', () => {
  const s = byCue(
    analyze('“We are a news service,” Tom Reiss, the chief executive of Lakeview Radio, told me.'),
    'told',
  );
  assert.equal(s.speaker_name, 'Tom Reiss');
  assert.equal(s.content.text, '“We are a news service,”');
});

test('a long clause after "X, a description, said" is the content, not an inverted source', () => {
  const s = byCue(
    analyze(
      'Richard Revesz, director of a policy institute, said the suing states were exaggerating the rules.',
    ),
    'said',
  );
  assert.equal(s.speaker_name, 'Richard Revesz');
  assert.equal(s.content.text, 'the suing states were exaggerating the rules');
});

test('a pull quote with its attribution line ("“...” ― Name") is a statement by Name', () => {
  const text = 'Readers wrote in.\n\n“He makes simple statements about people.” ― Pamela Padilla\n\nThe end.';
  const s = byCue(analyze(text), '―');
  assert.equal(s.speaker?.text, 'Pamela Padilla');
  assert.equal(s.content.text, '“He makes simple statements about people.”');
  assert.equal(s.type, 'direct');
});

test('a bare article is never a speaker: "alleged" as an adjective is no cue', () => {
  const text =
    'Pentagon spokesman John Kirby said the plot was elaborate. The alleged plans for a fake attack on Russian territory have been shared with Ukrainian officials and European allies in recent days.';
  const statements = analyze(text);
  assert.ok(statements.some((s) => s.speaker_name === 'John Kirby'));
  for (const s of statements) assert.notEqual(s.speaker?.text.toLowerCase(), 'the', JSON.stringify(s));
});

test('a generous cue whose content holds a surer one is dropped ("featuring simulated blasts")', () => {
  const statements = analyze(
    'U.S. officials said the scheme revolved around a gruesome propaganda film depicting a staged attack, featuring simulated blasts, dead bodies and actors posing as grieving relatives.',
  );
  assert.deepEqual(
    statements.map((s) => [s.speaker_name, s.cue.text]),
    [['U.S. officials', 'said']],
  );
});

test('"“C,” NAME, APPOSITIVE, said on Twitter": the adjunct after the cue is no speaker', () => {
  const [s] = analyze(
    '"This framing of the vote misses the point," Dana K. Whitfield III, a columnist for The Ledger, said on Twitter.',
  );
  assert.equal(s.speaker?.text, 'Dana K. Whitfield III');
  // The resolved name leaves out the letters after it ("III", "Jr", "KC"), as its mentions do.
  assert.equal(s.speaker_name, 'Dana K. Whitfield');
  assert.equal(s.content.text, '"This framing of the vote misses the point,"');
  // A passive participle's "by" still names its agent.
  const [opposed] = analyze('The farm bill, opposed by Senate Democrats, never reached a vote.');
  assert.equal(opposed?.speaker_name, 'Senate Democrats');
});

test('"..., NAME, APPOSITIVE, told The Daily Beacon": the listener is not the speaker', () => {
  const [s] = analyze(
    '“This story is being pushed by cable news,” Ines Okafor, the director of the Harbor Policy Center, told The Daily Beacon.',
  );
  assert.equal(s.speaker_name, 'Ines Okafor');
  // "writes" does take an inverted speaker.
  const [w] = analyze('“The council’s budget problems come from two sources,” writes Paul Ferreira.');
  assert.equal(w.speaker_name, 'Paul Ferreira');
});

test('a cue does not run over a fronted adjunct into the reporting clause ("posted Friday, Alvarez said")', () => {
  const [s] = analyze(
    'In a video message posted Friday, Alvarez said he has had areas of disagreement with the mayor.',
  );
  assert.equal(s.cue.text, 'said');
  assert.equal(s.speaker_name, 'Alvarez');
  assert.equal(s.content.text, 'he has had areas of disagreement with the mayor');
});

test('attacks of force are no accusation ("launched attacks on Ukrainian cities"); attacks in words are', () => {
  assert.deepEqual(analyze('Russia has launched attacks on Ukrainian cities.'), []);
  const group = analyze('He oversaw the militia’s attacks on the river villages in the north.');
  assert.ok(
    group.every((s) => s.stance !== 'accuse'),
    JSON.stringify(group.map((s) => s.stance)),
  );
  assert.equal(analyze('Trump attacked Clinton over her emails.')[0]?.stance, 'accuse');
});

test('a time phrase between speaker and cue is skipped ("Tomas Halvorsen, last weekend blamed")', () => {
  const [s] = analyze(
    'The leader of the opposition Greens, Tomas Halvorsen, last weekend blamed Finance Minister Eva Lindqvist for lax banking supervision.',
  );
  assert.equal(s.speaker_name, 'Tomas Halvorsen');
  assert.equal(analyze('Kirby on Friday said the plan was dead.')[0]?.speaker_name, 'Kirby');
});

test('an organisation named by a title word and its kind ("The Justice Department") keeps its whole name', () => {
  assert.equal(
    analyze('The Justice Department announced on Monday that it would sue the state.')[0]?.speaker_name,
    'Justice Department',
  );
  assert.equal(analyze('Justice Antonin Scalia wrote that it was wrong.')[0]?.speaker_name, 'Antonin Scalia');
});

test('a middle initial is part of the name a surname resolves to ("Marta L. Quintero")', () => {
  const statements = analyze('Marta L. Quintero said the plan works. Quintero added that it was costly.');
  assert.deepEqual(
    statements.map((s) => s.speaker_name),
    ['Marta L. Quintero', 'Marta L. Quintero'],
  );
});

test('a title before the name: "The White House press secretary, Maria Delgado, said"', () => {
  const [s] = analyze(
    'The White House press secretary, Maria Delgado, said the president would veto the bill.',
  );
  assert.equal(s.speaker?.text, 'The White House press secretary, Maria Delgado');
  assert.equal(s.speaker_name, 'Maria Delgado');
  assert.equal(s.content.text, 'the president would veto the bill');
});

test('"for his part" is not the speaker; a listener after "said to" is not the content', () => {
  const [warned] = analyze(
    'The Secretary General of NATO, Jens Stoltenberg, for his part warned that the buildup was the biggest since the Cold War.',
  );
  assert.equal(warned.speaker_name, 'Jens Stoltenberg');
  assert.equal(warned.content.text, 'that the buildup was the biggest since the Cold War');
  const [said] = analyze(
    'John Kirby said to the journalists during a briefing that the United States had information on the plot.',
  );
  assert.equal(said.content.text, 'that the United States had information on the plot');
});

test('"what officials describe as": the source starts after "what"', () => {
  const s = analyze(
    'The claim, made at a Pentagon news briefing, centers on what American officials describe as a planned “false-flag” incident — a Ukrainian attack that would never actually take place.',
  ).find((x) => x.cue.text === 'describe');
  assert.equal(s?.speaker?.text, 'American officials');
});

test('a trailing denial answers the claim or fear named just before it, not the whole clause', () => {
  const denial = (text: string) => analyze(text).find((s) => s.stance === 'deny');
  const concerns = denial(
    'Northland has moved more than 5,000 soldiers near the border, raising Eastmark concerns of an attack — something Northland has denied.',
  );
  assert.deepEqual([concerns?.speaker_name, concerns?.content.text], ['Northland', 'an attack']);
  // "..., and ... — a charge Moscow rejects": the last clause, with the charge's speaker; what the
  // clause reports when it is a statement of its own (the worry stays, as the capitals').
  const chargeText =
    'More than 100,000 troops have been assembled near the borders, and Western capitals worry they are being prepared for an invasion — a charge Moscow rejects.';
  const charge = denial(chargeText);
  assert.deepEqual(
    [charge?.speaker_name, charge?.content.text],
    ['Moscow', 'they are being prepared for an invasion'],
  );
  const worry = analyze(chargeText).find((s) => s.cue.text === 'worry');
  assert.deepEqual([worry?.speaker?.text, worry?.content.text], ['Western capitals', charge?.content.text]);
  const allegations = denial(
    'The senator faces questions about his campaign, including allegations that he misused donor funds, which he has denied.',
  );
  assert.equal(allegations?.content.text, 'he misused donor funds');
});

test('a trailing denial of what another statement reports keeps both ("..., something Moscow has denied")', () => {
  const statements = analyze(
    'Western governments fear those forces are being readied for an invasion, something Moscow has denied.',
  );
  assert.deepEqual(
    statements.map((s) => [s.speaker_name, s.stance, s.content.text]),
    [
      ['Western governments', 'warn', 'those forces are being readied for an invasion'],
      ['Moscow', 'deny', 'those forces are being readied for an invasion'],
    ],
  );
});

test('"appear" before a place is showing up, not a judgement; "appears to" still is one', () => {
  assert.deepEqual(analyze('Some new shops have appeared along the muddy main street of the town.'), []);
  const st = analyze('The deal appears to be alive after a week of talks.');
  // (Where the judgement ends, before or after "after a week of talks", is the end model's call.)
  assert.match(byCue(st, 'appears').content.text, /^The deal appears to be alive\b/);
});

test('page furniture opening a paragraph with a colon is no statement ("Related: ...")', () => {
  const related = analyze(
    'The council said the works would finish by spring.\n\nRelated: NATO allies weigh more troops for Eastern Europe',
  );
  assert.ok(!related.some((s) => s.cue.text.startsWith('Related')));
});

test('"about" before a figure makes it approximate: it is no particle of a cue', () => {
  const text =
    'The agency is sending about 3,000 more workers to the coast, officials say. She talked about 2019 at length.';
  const statements = analyze(text);
  assert.ok(
    statements.every((s) => !/about$/.test(s.cue.text) || /2019/.test(s.content.text)),
    JSON.stringify(statements.map((s) => s.cue.text)),
  );
  const officials = statements.find((s) => s.speaker?.text === 'officials');
  assert.equal(officials?.content.text, 'The agency is sending about 3,000 more workers to the coast');
  assert.ok(!statements.some((s) => s.cue.text.startsWith('is sending')), 'sending troops is no statement');
});

test('a plural opening the sentence before an inflected verb is the speaker, not part of the cue', () => {
  const s = analyze('Brokers denied that they had rigged the auction.').find((x) => x.stance === 'deny');
  assert.deepEqual([s?.speaker?.text, s?.cue.text], ['Brokers', 'denied']);
});

test('a content running over a dash into a quotation with its own speaker ends at the dash', () => {
  for (const brk of ['―', ';']) {
    const statements = analyze(
      `Critics noted that the firm paid no tax for years ${brk} its founder said, “That is smart business.”`,
    );
    const noted = statements.find((s) => s.cue.text === 'noted');
    assert.equal(noted?.content.text, 'that the firm paid no tax for years', brk);
    const quote = statements.find((s) => s.cue.text === 'said');
    assert.deepEqual(
      [quote?.speaker?.text, quote?.type, quote?.content.text],
      ['its founder', 'direct', '“That is smart business.”'],
    );
  }
});

test('a cue does not run on from "said" into the clause it reports', () => {
  const [s] = analyze('The spokesman said talks had stalled.');
  assert.deepEqual(
    [s?.speaker?.text, s?.cue.text, s?.content.text],
    ['The spokesman', 'said', 'talks had stalled'],
  );
});

test('a description after an inverted speaker is no second piece of the content', () => {
  const [s] = analyze('Talks will resume next week, said Maria Lopez, a spokeswoman for the ministry.');
  assert.equal(s?.content.text, 'Talks will resume next week');
  assert.equal(s?.content.fragments, undefined);
  const [d] = analyze('The ships must sail, Lopez insisted, despite the storm.');
  assert.equal(d?.content.text, 'The ships must sail');
  // A clause that resumes after the speaker still is one.
  const [r] = analyze('In recent days, advisers say, the president has grown exasperated.');
  assert.deepEqual(
    r?.content.fragments?.map((f) => f.text),
    ['In recent days', 'the president has grown exasperated'],
  );
});

test('"X was quoted as saying by Y": X said it, Y reported it', () => {
  const [s] = analyze('The ships would sail, Lopez was quoted as saying by state media.');
  assert.deepEqual([s?.speaker?.text, s?.content.text], ['Lopez', 'The ships would sail']);
});
