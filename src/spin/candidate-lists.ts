// The candidate originals of a written word or phrase as the detector uses them: only those the
// model knows, most frequent first (at most `maxCandidates`), each with its model ids, its inner
// fit and its relation + channel + rarity cost, plus the originals learned from traced spun copies.
import { candidateOriginals, synonymFanOut, type Candidate } from './candidates.js';
import { spellingStem, spellingVariant, type AssociationScorer } from './scoring.js';
import type { SubstitutionTable } from './learned.js';
import type { DetectOptions } from './options.js';
import type { NgramCounts } from './model.js';

/** A candidate original with its model ids, inner fit and total relation + channel cost. */
export interface CandidateIds {
  text: string;
  lemma: string;
  /** Model ids of its first and last words, and how many words it has. */
  first: number;
  last: number;
  words: number;
  inner: number;
  cost: number;
  /** True for a substitution learned from traced spun copies (its bonus depends on the article). */
  learned: boolean;
}

/** A candidate whose (first) word the model knows, before the list is cut to the most frequent. */
interface KnownCandidate {
  candidate: Candidate;
  /** Model id of its first word. */
  id: number;
  count: number;
  /** More than one word: the other words are looked up only if it makes the cut. */
  multiword: boolean;
}

const byCountDescending = (a: KnownCandidate, b: KnownCandidate): number => b.count - a.count;

export class CandidateLists {
  /** synonymFanOut of one-word candidates in their base form, by model id (0: not yet known):
   *  saves a lookup by string for most candidates. */
  private readonly fanOutById: Float64Array;

  constructor(
    private readonly counts: NgramCounts,
    private readonly scorer: AssociationScorer,
    private readonly options: DetectOptions,
    private readonly learned: SubstitutionTable,
  ) {
    this.fanOutById = new Float64Array(counts.words.length);
  }

  /** synonymFanOut(lemma), where `id` is the model id of the lemma itself when known (else -1). */
  private fanOut(lemma: string, id: number): number {
    if (id < 0 || id >= this.fanOutById.length) return synonymFanOut(lemma);
    return (this.fanOutById[id] ||= synonymFanOut(lemma));
  }

  /** Model ids of the words of `text` (-1 for an unknown word). */
  idsOf(text: string): number[] {
    if (!text.includes(' ')) return [this.counts.find(text)];
    return text.split(' ').map((w) => this.counts.find(w));
  }

  innerLogP(ids: readonly number[]): number {
    let s = 0;
    for (let i = 1; i < ids.length; i++) s += this.scorer.logP(ids[i - 1], ids[i]);
    return s;
  }

  private entry(text: string, lemma: string, ids: number[], cost: number, learned: boolean): CandidateIds {
    // A candidate's own collocation strength is no reason to prefer it; only a poor inner fit counts.
    const inner = Math.min(0, this.innerLogP(ids));
    return { text, lemma, first: ids[0], last: ids[ids.length - 1], words: ids.length, inner, cost, learned };
  }

  /** Candidates of the written `norm` (lemma `lemma`) known to the model, most frequent first. */
  build(norm: string, lemma: string): CandidateIds[] {
    // Most frequent first (by the count of the first word); the costlier checks run only until
    // enough candidates are kept. A multiword candidate with an unknown later word is dropped
    // when reached: the sort is stable, so that keeps the same order as dropping it before.
    const known: KnownCandidate[] = [];
    for (const candidate of candidateOriginals(norm, lemma)) {
      const space = candidate.text.indexOf(' ');
      const id = this.counts.find(space === -1 ? candidate.text : candidate.text.slice(0, space));
      if (id >= 0) known.push({ candidate, id, count: this.counts.count(id), multiword: space !== -1 });
    }
    known.sort(byCountDescending);
    const list: CandidateIds[] = [];
    const normStem = spellingStem(norm);
    for (const k of known) {
      if (list.length >= this.options.maxCandidates) break;
      const c = k.candidate;
      const ids = k.multiword ? this.idsOf(c.text) : [k.id];
      if (k.multiword && ids.includes(-1)) continue;
      if (spellingVariant(c.text, norm, normStem)) continue;
      const lemmaId = !k.multiword && c.text === c.lemma ? k.id : -1;
      const cost = c.cost + this.options.channelWeight * Math.log(this.fanOut(c.lemma, lemmaId));
      list.push(this.entry(c.text, c.lemma, ids, cost, false));
    }
    // Among candidates, a common word is the likelier original ("said" over "told" for "stated").
    const top = list.length ? this.counts.count(list[0].first) : 1;
    for (const c of list)
      c.cost += this.options.rarityWeight * Math.log(top / Math.max(1, this.counts.count(c.first)));
    this.addLearned(norm, list);
    return list;
  }

  /** Originals learned for this spun wording join (or cheapen) the candidates, by their share. */
  private addLearned(norm: string, list: CandidateIds[]): void {
    const learned = this.learned.originals(norm);
    if (!learned) return;
    for (const text of learned.keys()) {
      const ids = this.idsOf(text);
      if (ids.includes(-1)) continue;
      const cost = -Math.log(this.learned.shareOf(norm, text));
      const known = list.find((c) => c.text === text);
      if (known) {
        known.cost = Math.min(known.cost, cost);
        known.learned = true;
      } else list.push(this.entry(text, text, ids, cost, true));
    }
  }
}
