// Claims read off denials. A denial that answers no accusation of the story still tells of a
// claim: what is denied, voiced by whoever the article reports saying it ("Western governments
// fear those forces are being readied for an invasion, something Moscow has denied"), or by no
// one named. Such a claim gathers the same denial across copies, and the reports of the denied
// statement that dropped the denial.
import { alignedToSource, contentWords, isHedged, overlapOfTwo, sameActor, words } from './claim-matching.js';
import type { AllegationCopy, Claim, ClaimsInput, Denial } from './claim-types.js';
import type { Statement } from './types.js';

export type KeyedDenial = Denial & { key: Set<string> };
type KeyedClaim = Claim & { key: Set<string> };

/** Words that name an allegation without saying what it is: "denied the claims", "any such plan". */
const GENERIC = new Set([
  'allegation',
  'accusation',
  'claim',
  'charge',
  'report',
  'suggestion',
  'assertion',
  'statement',
  'story',
  'plan',
  'idea',
  'them',
  'this',
  'these',
  'those',
  'any',
  'such',
  'all',
  'against',
  'wrongdoing',
  'involvement',
]);

/** A denial that names no act of its own ("denied the claim", "the allegations against it") refers back to one. */
export function refersBack(key: Set<string>): boolean {
  let own = 0;
  // `words` drops a final "s" ("this" → "thi"), hence the second look-up.
  for (const w of key) if (!GENERIC.has(w) && !GENERIC.has(`${w}s`)) own++;
  // One word of its own names an act only beside a word that refers back ("the allegations of
  // bribery"); alone it is the act itself ("raising concerns of an invasion, something Moscow has
  // denied" denies an invasion, not every accusation against Moscow).
  return own === 0 || (own === 1 && key.size > 1);
}

/** How far before a denial that refers back its statement may end ("X said Y. Moscow denied it."). */
const REFERS_BACK_REACH = 400;

/** The statement of the denial's article that says what the denial denies, by someone else. */
function deniedStatement(input: ClaimsInput, d: KeyedDenial): Statement | null {
  // (Not one that reports the denial itself: "Vale has denied the charges, his lawyer said".)
  const cue = d.statement.cue.start;
  const others = input.statements.filter(
    (s) =>
      s !== d.statement &&
      s.stance !== 'deny' &&
      !(d.by && sameActor(s.speaker_name, d.by)) &&
      !(s.content.start <= cue && cue < s.content.end),
  );
  if (refersBack(d.key)) {
    let last: Statement | null = null;
    for (const s of others)
      if (
        s.content.end <= d.statement.cue.start &&
        d.statement.cue.start - s.content.end <= REFERS_BACK_REACH
      )
        last = s;
    return last;
  }
  let best: Statement | null = null;
  let bestShare = 0.5;
  for (const s of others) {
    const share = overlapOfTwo(contentWords(s), d.key);
    if (share >= bestShare) [best, bestShare] = [s, share];
  }
  return best;
}

function reportOf(input: ClaimsInput, s: Statement): AllegationCopy {
  return { article: input.id, statement: s, hedged: isHedged(input.doc, s), denied: false };
}

/** Is `s` of `input` a report of the claim: its words, or the passage aligned to a report in the source? */
function reports(c: KeyedClaim, input: ClaimsInput, s: Statement): boolean {
  return overlapOfTwo(c.key, contentWords(s)) >= 0.5 || alignedToSource(input, s.content, c.copies);
}

/** Claims opened by denials that answer no accusation; `ordered` lists each traced copy after its source. */
export function claimsOfDenials(unanswered: KeyedDenial[], ordered: ClaimsInput[]): KeyedClaim[] {
  const byId = new Map(ordered.map((a) => [a.id, a]));
  const claims: KeyedClaim[] = [];
  for (const d of unanswered) {
    const input = byId.get(d.article);
    if (!input) continue;
    const voiced = deniedStatement(input, d);
    // "Moscow denied it" with nothing before it to deny tells a reader nothing.
    if (!voiced && refersBack(d.key)) continue;
    const allegation = voiced ? voiced.content.text : d.statement.content.text;
    const key = words(allegation);
    // The trace first: a copy's reworded denial joins the claim its source's denial opened, even
    // with its denier reworded too ("the military" for "the army").
    const same =
      claims.find((c) => alignedToSource(input, d.statement.content, c.denials)) ??
      claims.find(
        (c) =>
          sameActor(c.accused, d.by) &&
          (overlapOfTwo(c.key, key) >= 0.5 ||
            c.denials.some((x) => overlapOfTwo(contentWords(x.statement), d.key) >= 0.5)),
      );
    if (same) {
      same.denials.push(d);
      if (voiced && !same.copies.some((x) => x.article === d.article))
        same.copies.push(reportOf(input, voiced));
      continue;
    }
    claims.push({
      kind: 'denied',
      accuser: voiced?.speaker_name ?? null,
      accused: d.by,
      allegation,
      copies: voiced ? [reportOf(input, voiced)] : [],
      denials: [d],
      lostDenial: [],
      lostHedge: [],
      key,
    });
  }
  // Reports of a denied statement in articles that do not carry the denial: the copies that dropped it.
  for (const c of claims) {
    if (c.copies.length === 0) continue;
    for (const input of ordered) {
      if (c.copies.some((x) => x.article === input.id)) continue;
      const s = input.statements.find((x) => x.stance !== 'deny' && reports(c, input, x));
      if (s) c.copies.push(reportOf(input, s));
    }
  }
  return claims;
}
