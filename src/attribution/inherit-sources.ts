// Sources that cues without their own inherit or find (settle.ts runs this before the contents
// are cut): the previous statement's speaker when the cue continues it ("X welcomed A and thanked
// B", "X said A, adding B"), the subject of the clause a participle hangs on, a subordinate
// clause's subject, and the subject after a participial clause opening the sentence.
import { wordSet } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import { isAgentNoun } from './agents.js';
import type { Document } from '../text/document.js';
import { headlineSubject, isHeadlineSentence } from './headline.js';
import { isQuoted } from './quotes.js';
import { afterDateline } from './datelines.js';
import { sentenceSubject, subjectAt } from './sentence-subject.js';
import { coordinatedAsideSubject, coordinatedRelative } from './coordinated-subjects.js';
import { openingParticipleClause, pastOpeningPhrases } from './opening-phrases.js';
import { clauseSpeakerBefore, prepositionClauseSubject } from './preposition-participles.js';
import { relativeOfConjunct } from './relative-reach.js';
import { isAbbreviationDot } from './sources.js';
import { beforeCueWords, sourceBefore } from './source-before.js';
import { cueVerbStart, opensOnParticiple } from './cue-adverbs.js';
import { ASKING_PARTICIPLES, opensThatClause } from './word-forms.js';
import type { Frame } from './frame.js';
import { isStateAfterComma, subjectBeforeState } from './feeling-states.js';
import type { TokenRange } from './types.js';

/**
 * A cue without its own source takes the source of the previous statement in the sentence when
 * it continues it: "X welcomed A and thanked B", "X said A, adding B".
 */
export function inheritSources(doc: Document, frames: Frame[]): void {
  frames.forEach((f, k) => {
    // Guarded: a read out of bounds (a cue opening the document) throws away the compiled code.
    const before = f.cue.first > 0 ? doc.tokens[f.cue.first - 1] : undefined;
    // ("…, keen to …", "…, wary of …": an adjective of resolve or belief reads as a participle.)
    const state = isStateAfterComma(doc, f);
    // ("…, patiently explaining …": a participle after adverbs too; cue-adverbs.ts.)
    const ing = opensOnParticiple(doc, f.cue.first, f.cue.last);
    const participle = (ing && before?.text === ',') || state;
    // "But the growers, wary of …": the noun phrase right before the adjective is its subject.
    const stateSubject = state ? subjectBeforeState(doc, f) : null;
    if (stateSubject) {
      f.source = stateSubject;
      return;
    }
    let prev = k > 0 ? (participle ? outerOf(doc, frames, k - 1) : frames[k - 1]) : null;
    // "After thanking the crowd, she …", "Having heard the plea, Judge Marr …": the main clause speaks.
    const opening = openingSubject(doc, f);
    if (opening) {
      f.source = opening;
      return;
    }
    // "… and said", "… but otherwise said": an adverb may stand between the conjunction and the cue.
    const lo = doc.sentences[f.cue.sentence].tokenStart;
    const j = f.cue.first > lo ? beforeCueWords(doc, f.cue.first - 1, lo) : -1;
    const conjunction = j >= lo ? doc.tokens[j].norm : '';
    const coordinated = conjunction === 'and' || conjunction === 'but';
    // "Lenk said the attack was bold and the attribution appeared solid but cautioned …": a thing
    // that cannot speak hands the saying on to the speaker before it in the sentence.
    if (coordinated && prev?.source && !maySpeak(doc, prev.source))
      for (let i = k - 2; i >= 0 && frames[i].cue.sentence === f.cue.sentence; i--)
        if (frames[i].source && maySpeak(doc, frames[i].source!)) {
          prev = frames[i];
          break;
        }
    // A participle after a preposition ("by telling", "for acknowledging"): whatever stands
    // before the preposition is no speaker of its own.
    // (Not a passive: "after being nominated by …".)
    const afterPreposition =
      j >= lo && ing && doc.tokens[f.cue.first].norm !== 'being' && PARTICIPLE_PREPOSITIONS.has(conjunction);
    if (afterPreposition) {
      // "He courted students last month by telling them …", "She was attacked for acknowledging
      // that …": the subject of the clause holding the preposition speaks.
      // "…, the company said, without disclosing whether …": after a comma, the clause before speaks.
      const subject =
        clauseSpeakerBefore(doc, j, prev) ??
        clauseSubject(doc, j) ??
        (doc.tokens[j - 1]?.text === ',' && prev?.cue.sentence === f.cue.sentence ? prev.source : null) ??
        prepositionClauseSubject(doc, j);
      if (subject) {
        f.source = subject;
        return;
      }
    }
    const sourceIsWeak =
      !f.source ||
      (f.source[1] - f.source[0] === 1 &&
        doc.tokens[f.source[0]].stop &&
        !PRONOUN.test(doc.tokens[f.source[0]].norm)) ||
      // "Asked about the delay, Munsey declined to comment, saying …": the question is no speaker.
      ASKING_PARTICIPLES.has(doc.tokens[f.source[0]].norm);
    if (!sourceIsWeak) return;
    // "…, and when pressed on the cost, she replied": whoever pressed her is not named.
    if (PASSIVE_LEADS.has(conjunction) && PAST_PARTICIPLE.test(doc.tokens[f.cue.first].norm)) return;
    // "Tarn, who saw the crash and described it": the relative pronoun both verbs share.
    const shared = coordinated ? relativeOfConjunct(doc, j, lo) : null;
    if (shared) {
      f.source = shared;
      return;
    }
    if (
      prev &&
      prev.cue.sentence === f.cue.sentence &&
      prev.source &&
      (participle || coordinated || !f.source)
    ) {
      f.source = prev.source;
    } else if (participle) {
      // "The embargo will widen, the ministry stated, adding …": the reporting clause before the
      // comma speaks, whether or not its own statement was kept.
      const verb = doc.tokens[f.cue.first - 2];
      if (
        verb?.kind === 'word' &&
        verb.norm !== verb.lemma &&
        verb.sentence === f.cue.sentence &&
        wordSet('speech-verbs').has(verb.lemma)
      ) {
        const reporter = sourceBefore(doc, f.cue.first - 2, lo);
        if (reporter) {
          f.source = reporter;
          return;
        }
      }
      // "Trump attacked the ruling, saying ...": the subject of the sentence speaks, unless it
      // cannot and a subordinate clause's subject can ("Shares fell after the company cut its
      // forecast, blaming ...").
      const main = sentenceSubject(doc, f.cue.sentence);
      f.source = (main && subordinateSpeaker(doc, main, f.cue.first - 1)) ?? main ?? f.source;
    } else if (
      !f.source &&
      (ing || coordinated) &&
      f.cue.first > doc.sentences[f.cue.sentence].tokenStart + 1
    ) {
      // "Trump took a heckler in stride, saying ...", "Fields tweeted a photograph and said ...",
      // with no earlier statement in the sentence to inherit from: the sentence's subject speaks
      // (or the first predicate's relative pronoun or subject set off by asides: coordinated-subjects.ts).
      const relative = coordinated ? coordinatedRelative(doc, j, lo) : null;
      f.source =
        relative ??
        sentenceSubject(doc, f.cue.sentence) ??
        (coordinated ? coordinatedAsideSubject(doc, j, lo, f.cue.sentence) : null) ??
        f.source;
    } else if (!f.source && ing) {
      // "Citing the report, Trump said ...": an opening participle is spoken by the main clause's subject.
      f.source = subjectAfterOpeningClause(doc, f) ?? f.source;
    } else if (!f.source && before?.text === ',' && isHeadlineSentence(doc, f.cue.sentence)) {
      // "Regulator sues stablecoin issuer, says reserves were missing": a headline's second verb
      // is its subject's, whether or not the first made a statement.
      f.source = headlineSubject(doc) ?? f.source;
    }
  });
}

/** The main clause's subject for a participle cue in a phrase opening its sentence ("After
 *  thanking the crowd, she …"), or for one after the main clause whose source was read in such a
 *  phrase ("Hours later, Vance returned …, telling …" took "Hours"); null otherwise. */
function openingSubject(doc: Document, f: Frame): TokenRange | null {
  const s = doc.sentences[f.cue.sentence];
  if (isHeadlineSentence(doc, f.cue.sentence)) return null;
  const start = afterDateline(doc, s.tokenStart, f.cue.first);
  let main = openingParticipleClause(doc, f.cue.first, start);
  if (main < 0) {
    const cue = doc.tokens[cueVerbStart(doc, f.cue.first, f.cue.last)];
    if (!f.source || !cue.norm.endsWith('ing') || cue.norm === cue.lemma) return null;
    main = pastOpeningPhrases(doc, start, s.tokenEnd);
    if (main <= start || f.source[1] > main || f.cue.first < main) return null;
  } else if (f.source && f.source[0] >= main) return null;
  return subjectAt(doc, main, s.tokenEnd);
}

/** May the span's head speak: a name, a pronoun, or a noun of a person, body or group? */
function maySpeak(doc: Document, [, e]: TokenRange): boolean {
  const head = doc.tokens[e - 1];
  return head.kind !== 'word' || head.cap || PRONOUN.test(head.norm) || isAgentNoun(head.lemma);
}

/**
 * Frame k, or the frame before it in the sentence whose "that" clause holds its cue: "Sharpe
 * denied that the council [had ignored] warnings, insisting …" goes on with Sharpe's statement,
 * not with the candidate inside it.
 */
function outerOf(doc: Document, frames: readonly Frame[], k: number): Frame {
  const f = frames[k];
  for (let j = 0; j < k; j++) {
    const g = frames[j];
    const [s, e] = g.content[0] ?? [0, 0];
    if (g.cue.sentence === f.cue.sentence && opensThatClause(doc, s) && s <= f.cue.first && f.cue.first < e)
      return g;
  }
  return f;
}

/** A past participle's ending ("pressed", "asked"). */
const PAST_PARTICIPLE = /ed$/;

/** Words before a passive participle that make it a clause with no subject ("when asked"). */
const PASSIVE_LEADS = new Set(['when', 'if', 'once', 'unless']);

/** Words opening a subordinate clause whose subject may speak the participle after it. */
const SUBORDINATORS = new Set([
  'after',
  'when',
  'as',
  'because',
  'since',
  'while',
  'before',
  'until',
  'once',
]);

/**
 * "Talks broke down after the delegation walked out, accusing …": when the sentence's subject
 * names no one who can speak (its head no person, body or group in WordNet, nor a name or a
 * pronoun) and the clause just before the participle's comma opens with a subordinating word and
 * a subject that can, that subject speaks. Null otherwise.
 */
function subordinateSpeaker(doc: Document, main: TokenRange, comma: number): TokenRange | null {
  const head = doc.tokens[main[1] - 1];
  const opensSentence = main[1] - main[0] === 1;
  if (head.kind !== 'word' || PRONOUN.test(head.norm) || (head.cap && !opensSentence)) return null;
  if (!hasLemma(head.lemma, 'n') || isAgentNoun(head.lemma)) return null;
  for (let j = comma - 1; j >= main[1] && comma - j <= CLAUSE_REACH; j--) {
    const t = doc.tokens[j];
    if (t.kind === 'punct' && !isAbbreviationDot(doc, j)) return null;
    if (!SUBORDINATORS.has(t.norm) || isQuoted(doc, j)) continue;
    const subject = subjectAt(doc, j + 1, comma);
    if (!subject) return null;
    const last = doc.tokens[subject[1] - 1];
    const agent = last.cap || PRONOUN.test(last.norm) || isAgentNoun(last.lemma);
    return agent && last.norm !== 'it' ? subject : null;
  }
  return null;
}

/** Words before a participle whose subject is the clause's ("by telling", "while talking"). */
const PARTICIPLE_PREPOSITIONS = new Set([
  ...['by', 'for', 'of', 'about', 'from', 'without', 'in', 'on'],
  // ("who has stumbled while talking about …", "told the radio after hinting …")
  ...['while', 'after', 'before'],
]);

/** Tokens back from a participle's preposition within which its clause's start is looked for. */
const CLAUSE_REACH = 60;

/**
 * The subject of the clause holding token `at`: the noun phrase after the last comma, semicolon or
 * dash before it (outside quotations), or opening the sentence.
 */
function clauseSubject(doc: Document, at: number): TokenRange | null {
  const s = doc.sentences[doc.tokens[at].sentence];
  let start = at;
  // Bounded, as a hostile sentence may hold thousands of such participles and no comma.
  while (start > s.tokenStart && at - start < CLAUSE_REACH) {
    const t = doc.tokens[start - 1];
    if ((t.text === ',' || t.text === ';' || t.text === '—') && !isQuoted(doc, start - 1)) break;
    start--;
  }
  if (at - start >= CLAUSE_REACH && start > s.tokenStart) return null;
  if (start === s.tokenStart) start = afterDateline(doc, s.tokenStart, s.tokenEnd);
  const subject = subjectAt(doc, start, at);
  return subject && subject[1] <= at ? subject : null;
}

/** "Citing the report, Trump ...": the subject after the participial clause that opens the sentence. */
function subjectAfterOpeningClause(doc: Document, f: Frame): TokenRange | null {
  const s = doc.sentences[f.cue.sentence];
  if (f.cue.first !== s.tokenStart) return null;
  let comma = f.cue.last;
  while (comma < s.tokenEnd && doc.tokens[comma].text !== ',' && !isQuoted(doc, comma)) comma++;
  if (comma >= s.tokenEnd || doc.tokens[comma].text !== ',') return null;
  let end = comma + 1;
  while (
    end < s.tokenEnd &&
    end - comma <= 4 &&
    doc.tokens[end].kind === 'word' &&
    (doc.tokens[end].cap || PRONOUN.test(doc.tokens[end].norm))
  )
    end++;
  return end > comma + 1 ? [comma + 1, end] : null;
}
const PRONOUN = /^(he|she|they|we|i|it)$/;
