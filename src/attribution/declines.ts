// "declined to comment", "did not respond to a request for comment", "has not said whether": a
// speaker who says nothing on the matter. Such a statement's stance is decline: it is neither an
// assertion nor a denial (claims.ts does not pair it with an allegation).
import type { Document } from '../text/document.js';
import type { Frame } from './spans.js';

/** Verbs of declining, with "to" and a verb of saying after them ("declined to comment"), and
 *  adjectives of it ("was reluctant to discuss"). */
const DECLINING = new Set(['decline', 'refuse', 'reluctant', 'unwilling']);
/** What is declined: saying something ("to comment", "to say", "to discuss the case"). */
const SAYING = new Set([
  ...['comment', 'say', 'discuss', 'answer', 'elaborate', 'specify', 'confirm', 'respond', 'speak'],
  ...['give', 'provide', 'identify', 'name', 'disclose', 'reveal', 'explain', 'address', 'reply'],
  ...['mention', 'speculate'],
  // Judgements withheld ("declined to criticise the decision", "declined to blame the contractor").
  ...['criticise', 'criticize', 'blame', 'deny', 'accuse', 'predict', 'rule'],
  // Speech acts withheld ("refused to concede", "declined to condemn the attack").
  ...['concede', 'condemn', 'recognise', 'recognize', 'apologise', 'apologize', 'endorse'],
  // Commitments withheld ("declined to commit to a timetable").
  ...['commit', 'pledge', 'promise', 'guarantee'],
]);
/** Being asked, which a speaker declines ("declined to be interviewed"). */
const ASKED = new Set(['interviewed', 'quoted', 'named', 'identified', 'photographed', 'drawn']);
/** What a speaker declines as a noun ("declined an interview request", "refused requests for comment"). */
const ASKING_NOUNS = new Set(['interview', 'interviews', 'comment', 'request', 'requests']);
/** Verbs of answering that, negated, say nothing ("did not respond", "would not say"). */
const ANSWERING = new Set(['respond', 'reply', 'return', 'answer', 'comment', 'say']);
/** Verbs of SAYING that, negated, tell of something not done rather than not said ("has not
 *  provided any assistance", "never spoke longer than …"). */
const DOING = new Set(['provide', 'speak']);
const NEGATIONS = new Set(['not', 'never', "n't", 'no']);
/** "could not be reached for comment", "was not available for comment". */
const UNREACHABLE = new Set(['reached', 'available', 'contacted']);

const NEGATED_BEFORE = new Set(['without', 'never', 'not']);

/** Does the content at token s name an interview or request within three words ("an interview
 *  request", "requests for comment")? */
function asksFor(doc: Document, s: number): boolean {
  for (let i = s; i < Math.min(doc.tokens.length, s + 3); i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word') return false;
    if (ASKING_NOUNS.has(t.norm)) return true;
  }
  return false;
}

/** Does the statement say that its speaker declined to say anything? */
export function declines(doc: Document, f: Frame): boolean {
  const { cue } = f;
  // "without disclosing whether …" negates the cue as "did not disclose" does.
  // So does a negation the cue left out ("never [mentioned] the union").
  let negated = cue.first > 0 && NEGATED_BEFORE.has(doc.tokens[cue.first - 1].norm);
  for (let i = cue.first; i < cue.last; i++) {
    const t = doc.tokens[i];
    if (NEGATIONS.has(t.norm) || t.norm.endsWith("n't")) negated = true;
    // "declined to comment on the filings", "refused to discuss the case".
    if (DECLINING.has(t.lemma)) {
      const to = i + 1 < cue.last ? i + 1 : cue.last;
      if (doc.tokens[to]?.norm === 'to' && SAYING.has(doc.tokens[to + 1]?.lemma ?? '')) return true;
      if (i + 1 === cue.last && f.content.length > 0) {
        const [s] = f.content[0];
        if (doc.tokens[s]?.norm === 'to' && SAYING.has(doc.tokens[s + 1]?.lemma ?? '')) return true;
        if (
          doc.tokens[s]?.norm === 'to' &&
          doc.tokens[s + 1]?.norm === 'be' &&
          ASKED.has(doc.tokens[s + 2]?.norm ?? '')
        )
          return true;
        if (asksFor(doc, s)) return true;
      }
    }
    if (negated && UNREACHABLE.has(t.norm)) return true;
    // "stopped short of saying whether …", "stopped short of endorsing him".
    if (t.lemma === 'stop' && doc.tokens[i + 1]?.norm === 'short' && doc.tokens[i + 2]?.norm === 'of')
      return true;
    // "did not respond to a request for comment", "has not said whether" (not "did not say that …").
    // ("did not explain its decision", "has not named the suspects", "did not specify how many".)
    if (negated && (ANSWERING.has(t.lemma) || (SAYING.has(t.lemma) && !DOING.has(t.lemma)))) {
      const s = f.content[0]?.[0];
      return s === undefined || doc.tokens[s]?.norm !== 'that';
    }
  }
  return false;
}

/** Nouns of a plan or wish that, with "no", say one will not do something ("no plans to"). */
const PLANS = new Set(['plans', 'plan', 'intention', 'intentions', 'wish', 'desire']);
/** Saying anything at all (not "no plans to discuss the merger", "to name a successor"). */
const COMMENTING = new Set(['comment', 'elaborate', 'say', 'speak', 'respond', 'reply', 'statement']);
/** Words between the plan and the verb of saying ("no plans to make further comment"). */
const MAKING = new Set(['make', 'offer', 'issue', 'any', 'further', 'a', 'public']);

/**
 * "His representatives said he had no plans to make further comment": a content that says its
 * speaker will say nothing more declines, whatever verb reports it.
 */
export function plansNoComment(doc: Document, f: Frame): boolean {
  for (const [s, e] of f.content)
    for (let i = s; i + 3 < e; i++) {
      if (doc.tokens[i].norm !== 'no' || !PLANS.has(doc.tokens[i + 1].norm)) continue;
      if (doc.tokens[i + 2].norm !== 'to') continue;
      let j = i + 3;
      while (j < e && MAKING.has(doc.tokens[j].norm)) j++;
      const t = doc.tokens[j];
      return !!t && j < e && COMMENTING.has(t.lemma);
    }
  return false;
}
