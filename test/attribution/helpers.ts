import { extractStatements, extractStatementsWith, type Statement } from '../../src/attribution/index.js';
import { buildDocument, type Document } from '../../src/text/document.js';

export function docOf(text: string, id = 't'): Document {
  return buildDocument({ id, text, date: null, title: null, url: null, outlet: null });
}

export function analyze(text: string): Statement[] {
  return extractStatements(docOf(text));
}

/**
 * The statements of every candidate, without the statement filter: for tests of a rule on
 * speakers or contents whose statement the filter, retrained on PolNeAR with each round of
 * candidates, keeps or drops by a small margin (the rule is what such a test checks).
 */
export function analyzeUnfiltered(text: string): Statement[] {
  return extractStatementsWith(docOf(text), { filter: null });
}

/** The resolved speaker name of a text's last statement. */
export function lastSpeakerName(text: string): string | null {
  const st = analyze(text);
  return st[st.length - 1].speaker_name;
}

/** The statement whose cue is `cue` (first match). */
export function byCue(statements: Statement[], cue: string): Statement {
  const s = statements.find((x) => x.cue.text === cue || x.cue.text.includes(cue));
  if (!s)
    throw new Error(`no statement with cue "${cue}" among: ${statements.map((x) => x.cue.text).join(', ')}`);
  return s;
}

/** An article as story claims read it: its Document and statements. */
export function article(id: string, text: string) {
  const doc = docOf(text, id);
  return { id, doc, statements: extractStatements(doc) };
}
