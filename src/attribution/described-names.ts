// Descriptions of a body that take up a name given elsewhere in the article: "the company" the
// body that spoke just before or a name of its kind, "the agency" a name ending in "Agency", "the
// statement" the latest speaker's. speakers.ts resolves them with these; descriptions of a person
// are in described-persons.ts.
import type { Document } from '../text/document.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Frame } from './spans.js';
import type { Mentions } from './mentions.js';
import { BODY_NOUNS, isCompanyLikeName, isCompanyLikeText, isOrganisationWord } from './names.js';
import { isPronoun } from './pronoun-words.js';
import { isGivenName } from './given-names.js';
import { isAgentNoun } from './agents.js';
import { QUANTIFIERS } from './sources.js';
import { tradedNameBefore } from './traded-names.js';

/** Sentences back within which "the company" or "the statement" takes up a speaker. */
const BODY_REACH = 3;
/** Sentences back within which "the company" takes up a name of its kind ("Pinecrest Pharmaceuticals"). */
const KIND_REACH = 6;
/** Sentences back within which "the agency" takes up a name ending in "Agency". */
const EXACT_KIND_REACH = 30;

/** Words ending a name that "the company", "the newspaper" … may take up though they differ from
 *  the noun ("Velmora Corp", "Harbour Savings Bank", "Westbury Post"). */
const COMPANY_ENDS = new Set([
  ...['corp', 'corporation', 'inc', 'co', 'cos', 'ltd', 'plc', 'group', 'holdings', 'bank', 'trust'],
]);
const PAPER_ENDS = new Set([
  ...['post', 'times', 'journal', 'news', 'herald', 'telegraph', 'tribune', 'gazette', 'courier'],
  ...['ledger', 'chronicle', 'observer', 'star', 'mail', 'express', 'record', 'register', 'sentinel'],
  ...['globe', 'examiner', 'inquirer', 'dispatch', 'bulletin', 'daily', 'standard', 'guardian'],
]);
/** Last words of the name of a body that campaigns or speaks for members ("Calder Farm
 *  Federation", "Patients Coalition"): "the group" may take it up. */
const GROUP_ENDS = new Set([
  ...['federation', 'alliance', 'coalition', 'association', 'league', 'network', 'caucus', 'society'],
  ...['foundation', 'institute', 'council', 'union', 'forum', 'initiative', 'project', 'collective'],
]);
/** A government body's name ("Labor Standards Administration") that "the agency" takes up. */
const AGENCY_ENDS = new Set([
  'agency',
  'administration',
  'bureau',
  'service',
  'office',
  'commission',
  'authority',
]);
/** What a think tank calls itself ("Westbridge Institute"). */
const THINK_TANK_ENDS = new Set(['institute', 'foundation', 'center', 'centre', 'council', 'forum']);
const AIRLINE_ENDS = new Set(['airways', 'airlines', 'air', 'aviation']);
const CLUB_ENDS = new Set(['united', 'city', 'rovers', 'athletic', 'wanderers', 'albion', 'fc', 'town']);
const NAME_KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['company', COMPANY_ENDS],
  ['firm', COMPANY_ENDS],
  ['group', new Set([...COMPANY_ENDS, ...GROUP_ENDS])],
  ['newspaper', PAPER_ENDS],
  ['paper', PAPER_ENDS],
  ['agency', AGENCY_ENDS],
  ['tank', THINK_TANK_ENDS],
  ['union', new Set(['union', 'association', 'federation', 'guild', 'congress'])],
  ['regulator', new Set(['board', 'authority', 'commission', 'agency', 'office', 'regulator'])],
  ['watchdog', new Set(['board', 'authority', 'commission', 'agency', 'office', 'watchdog'])],
  ['court', new Set(['court', 'tribunal'])],
  ['university', new Set(['university', 'college', 'institute'])],
  ['drugmaker', new Set(['pharmaceuticals', 'pharma', 'laboratories', 'therapeutics', 'biosciences'])],
  ['airline', AIRLINE_ENDS],
  ['club', CLUB_ENDS],
  ['bank', new Set(['bank', 'savings'])],
  ['lender', new Set(['bank', 'savings'])],
]);

/** Last words of a company's name that say its trade ("Severnford Water", "Arden Energy"). */
const TRADE_ENDS = new Set([
  ...['water', 'energy', 'power', 'gas', 'electric', 'oil', 'petroleum', 'steel', 'mining'],
  ...['media', 'telecom', 'pharma', 'logistics', 'retail', 'capital', 'software', 'shipping'],
]);

/** Heads of a kind of company, which a company's name ("Skyvale Airways Ltd", "Harwell Ratings
 *  Service Inc") may take up. */
const COMPANY_HEADS = new Set([
  ...['airline', 'bank', 'lender', 'insurer', 'carmaker', 'retailer', 'agency', 'operator'],
  ...['utility', 'broadcaster', 'network', 'newspaper', 'club', 'fund', 'trust'],
]);

/** Heads that take up any company: an airline or a bank is a company too. */
const ANY_COMPANY = new Set(['company', 'firm', 'group']);

/** Heads of a public or civic body, which a company's name ("Morvane Foods") is not: "the union"
 *  after a firm that spoke is the workers' union, not the firm. */
const NO_COMPANY_HEADS = new Set([
  ...['union', 'regulator', 'watchdog', 'agency', 'department', 'ministry', 'board', 'commission'],
  ...['council', 'society', 'charity', 'federation', 'association', 'authority', 'administration'],
  ...['coalition', 'alliance', 'court', 'university', 'college', 'school', 'party', 'committee'],
]);

/**
 * "Skyvale Airways cancelled 400 flights. The airline said …", "data stolen from the retailer
 * Quillmart, the company disclosed": when no speaker before is the body, a name in the sentences
 * before (the latest) that says it is one of the head's kind ("Airways" an airline, "Eastvale
 * Health Authority" an authority, "Redmarsh United" a club) or that the text introduces with a
 * noun of a body ("the retailer Quillmart"). Null when none does.
 */
export function earlierNamedBody(doc: Document, at: number, head: string, mentions: Mentions): string | null {
  if (!BODY_NOUNS.has(head)) return null;
  // "said Greta Holloway of Pennant Securities": where a speaker works is taken up only when no
  // other body fits ("Sir Norman, chairman of Guinness PLC, … The company said" is Guinness).
  // (A one-word listed company comes before such a firm: "Shares in Lumora fell. … said an analyst
  // at Pell Brothers. The company said" is Lumora.)
  return (
    namedBodyBefore(doc, at, head, mentions, false) ??
    (ANY_COMPANY.has(head) ? tradedNameBefore(doc, at, mentions) : null) ??
    namedBodyBefore(doc, at, head, mentions, true)
  );
}

function namedBodyBefore(
  doc: Document,
  at: number,
  head: string,
  mentions: Mentions,
  affiliations: boolean,
): string | null {
  const sentence = doc.tokens[at].sentence;
  const kinds = NAME_KINDS.get(head);
  for (let k = mentions.countBefore(at) - 1; k >= 0; k--) {
    const m = mentions.all[k];
    const back = sentence - doc.tokens[m.token].sentence;
    if (back > EXACT_KIND_REACH) break;
    // Past KIND_REACH only a name of two words or more ending in the very noun is taken up: the
    // others are passed over without splitting them into words.
    const kind = withoutFullStop(mentions.lastWordOf(k));
    const name = m.name;
    const several = name.includes(' ');
    if (back > KIND_REACH && (kind !== head || !several)) continue;
    // "United States", "United Nations": a country or an alliance, no company, however its plural ends.
    if (name.startsWith('United') && (name.length === 6 || name.charCodeAt(6) === 32) /* space */) continue;
    if (!affiliations && isAffiliation(doc, m.token)) continue;
    const ofKind =
      several &&
      (kind === head ||
        kinds?.has(kind) ||
        (ANY_COMPANY.has(head) &&
          (COMPANY_ENDS.has(kind) ||
            AIRLINE_ENDS.has(kind) ||
            TRADE_ENDS.has(kind) ||
            isCompanyLikeText(name))) ||
        (head === 'utility' && TRADE_ENDS.has(kind)));
    const before = doc.tokens[m.token - 1];
    const introduced =
      before !== undefined &&
      BODY_NOUNS.has(before.norm) &&
      (before.norm === head || ANY_COMPANY.has(head)) &&
      doc.tokens[m.token - 2]?.norm === 'the';
    // A name that ends in the very noun ("National Food Standards Agency" for "the agency") is
    // taken up from further back.
    if (several && kind === head) return withOfPhrase(doc, m.token, name.split(' ').length, name);
    if ((back <= BODY_REACH && introduced) || (back <= KIND_REACH && ofKind)) return name;
  }
  return null;
}

/**
 * "The Royal College of Psychiatrists … The college said": a name of `count` words from token
 * `start` that ends in the body's noun goes on with an "of" and capitalised words after it.
 */
function withOfPhrase(doc: Document, start: number, count: number, name: string): string {
  let j = start + count;
  if (doc.tokens[j]?.norm !== 'of' || !doc.tokens[j + 1]?.cap || doc.tokens[j + 1].kind !== 'word')
    return name;
  const words: string[] = [];
  for (j++; j < doc.tokens.length && doc.tokens[j].cap && doc.tokens[j].kind === 'word'; j++)
    words.push(doc.tokens[j].text);
  return `${name} of ${words.join(' ')}`;
}

/**
 * "The Atlantic Concord Alliance … The alliance says": the latest name within EXACT_KIND_REACH
 * sentences that ends in the very noun, or null. Read before the speakers of the sentences just
 * before, which may be another kind of body or a person ("Voss declined to give details").
 */
export function exactKindBody(doc: Document, at: number, head: string, mentions: Mentions): string | null {
  if (!BODY_NOUNS.has(head)) return null;
  const sentence = doc.tokens[at].sentence;
  for (let k = mentions.countBefore(at) - 1; k >= 0; k--) {
    const m = mentions.all[k];
    if (sentence - doc.tokens[m.token].sentence > EXACT_KIND_REACH) break;
    // (A name with no "of" that ends in another word is passed over without splitting it.)
    if (!m.name.includes(' of') && mentions.lastWordOf(k) !== head) continue;
    const words = m.name.split(' ');
    // ("The Ministry of Health … the ministry said": the noun before the name's "of".)
    const of = words.indexOf('of');
    if (of > 0 && words[of - 1].toLowerCase() === head) return m.name;
    if (words[words.length - 1].toLowerCase() !== head) continue;
    // ("The Association of Independent Universities … The association said": the head opens it.)
    const named = withOfPhrase(doc, m.token, words.length, m.name);
    if (words.length > 1 || named !== m.name) return named;
  }
  return null;
}

/**
 * "Quillon denied wrongdoing. In a statement, the company said …", "The regulator Ofergen said …
 * the regulator said": "the" and a noun of a company or body (BODY_NOUNS) is the body named as a
 * speaker in the few sentences before: the one whose span holds the noun, else the only one that
 * is no person (a one-word name that speaks is taken for a person's unless it is a given name).
 * "The statement" is the latest named speaker's. Null when none or several fit.
 */
export function earlierBody(
  doc: Document,
  frames: readonly Frame[],
  names: readonly (string | null)[],
  k: number,
  head: string,
  mentions: Mentions,
): string | null {
  const statement = head === 'statement';
  if (!statement && !BODY_NOUNS.has(head)) return null;
  const found = new Set<string>();
  for (let j = k - 1; j >= 0; j--) {
    const g = frames[j];
    let n = names[j];
    if (frames[k].cue.sentence - g.cue.sentence > BODY_REACH) break;
    if (!n || !g.source || isPronoun(n)) continue;
    // "A spokeswoman for Norsted Systems declined to comment. The company said": the body the
    // spokeswoman speaks for.
    const speaksFor = /^(?:an?|the) [^,]*? (?:for|of|at) (?:the )?(\p{Lu}.*)$/u.exec(n);
    if (speaksFor && !statement) n = speaksFor[1];
    else if (!statement && /^an? /i.test(n)) continue;
    // "The trust claims …, an allegation the council denies": a comment answers another speaker.
    if (frames[k].answersFrom >= 0 && g.cue.sentence === frames[k].cue.sentence) continue;
    // "The statement": of the latest speaker named or described ("the education ministry").
    if (statement && /^(?:\p{Lu}|the )/u.test(n) && !/statement$/i.test(n)) return n;
    // "According to the Ostravian defence ministry, …. The ministry said": a description of the
    // same kind of body.
    // (Only one a capitalised word names: not "The new company", "the ministry".)
    // So is a body a name owns ("Morvania's foreign ministry … The ministry said").
    const namedBody = (/^the /i.test(n) && /\p{Lu}/u.test(n.slice(4))) || /^\p{Lu}\S*[’']s /u.test(n);
    if (!statement && namedBody && n.toLowerCase().endsWith(` ${head}`)) return n;
    // A name: capitalised first and last ("Harbour Commission’s report", "Kelby brokers" are
    // descriptions).
    const words = n.split(' ');
    if (!/^\p{Lu}/u.test(n) || !/^\p{Lu}/u.test(words[words.length - 1]) || /^the /i.test(n)) continue;
    // Nor a common noun opening its sentence ("Analysts said").
    const lower = n.toLowerCase();
    // (Nor a quantifier standing for people: "Others warned …".)
    const singular = lower.replace(/s$/, '');
    if (words.length === 1 && (hasLemma(lower, 'n') || hasLemma(singular, 'n') || QUANTIFIERS.has(singular)))
      continue;
    // Nor people named with their firm ("Analysts at Harwell Securities" are no authority).
    if (
      words.length > 2 &&
      PEOPLE_AT.has(words[1]) &&
      words[0].endsWith('s') &&
      hasLemma(words[0].toLowerCase().slice(0, -1), 'n')
    )
      continue;
    // A name that says what kind of body it is says it of itself: "Tarrow Civic Trust" is no
    // council; a company's ("Inc", "Corp", "Group") is a company, firm or group; "National Union
    // of Teachers" says it before its "of".
    const kind = nameKind(words);
    // ("Association of Flight Attendants" is an association, whatever its last word.)
    if (NO_COMPANY_HEADS.has(head) && isCompanyLikeName(words) && !words.some((w) => /^\p{Ll}/u.test(w)))
      continue;
    if (
      isOrganisationWord(kind) &&
      kind !== head &&
      !NAME_KINDS.get(head)?.has(kind) &&
      // (A club's name ends as CLUB_ENDS say: "Redmont Supporters Trust" is no club.)
      !(COMPANY_HEADS.has(head) && head !== 'club' && COMPANY_ENDS.has(kind))
    )
      continue;
    // (A surname alone is a person's when the article names the person in full: "Voss" of "Henrik Voss".)
    const person =
      (mentions.isPerson(n) &&
        (words.length > 1 || isGivenName(n.toLowerCase())) &&
        !isCompanyLikeName(words)) ||
      (words.length === 1 && mentions.completeName(n, doc.tokens.length) !== n);
    // "The regulator Ofergen": the noun in the span (not "Bob White, head of the union").
    for (let i = g.source[0]; i < g.source[1]; i++)
      if (doc.tokens[i].norm === head && (!person || n.toLowerCase().includes(head))) return n;
    // "Montrose accused the company of …": who speaks of the company is not it.
    if (!person && !speaksOf(doc, g, head)) found.add(n);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** Does the statement's content hold "the" and the noun ("accused the company of …")? */
function speaksOf(doc: Document, f: Frame, head: string): boolean {
  for (const [s, e] of f.content)
    for (let i = s + 1; i < e; i++)
      if (doc.tokens[i].norm === head && doc.tokens[i - 1].norm === 'the') return true;
  return false;
}

/**
 * May a name whose kind word (its last, an organisation word) is `kind` be "the <head>"? The same
 * word or one NAME_KINDS gives the head; a company's ending for a kind of company ("Corp" for
 * "the airline"); for "the company", "the firm", "the group" any body that is no public one.
 */
export function companyKindFits(head: string, kind: string): boolean {
  if (kind === head || NAME_KINDS.get(head)?.has(kind)) return true;
  if (COMPANY_HEADS.has(head) && head !== 'club' && COMPANY_ENDS.has(kind)) return true;
  return ANY_COMPANY.has(head) && !NO_COMPANY_HEADS.has(kind);
}

/** The word without one full stop at its end ("corp." → "corp"). */
function withoutFullStop(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** The word of a name that says what kind of body it is: its last, or the one before its "of". */
function nameKind(words: readonly string[]): string {
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words[words.length - 1]).toLowerCase().replace(/\.$/, '');
}

/** Is the name at token i where a person named or described before it works ("Greta Holloway of
 *  Pennant Securities", "an analyst at Harwell Securities")? */
function isAffiliation(doc: Document, i: number): boolean {
  const link = doc.tokens[i - 1];
  const holder = doc.tokens[i - 2];
  if (!link || !holder || (link.norm !== 'of' && !PEOPLE_AT.has(link.norm))) return false;
  return (holder.cap && holder.kind === 'word' && !holder.stop) || isAgentNoun(holder.lemma);
}

/** What links people to their firm ("Analysts at Harwell Securities"). */
const PEOPLE_AT = new Set(['at', 'from', 'with']);
