// The candidate originals of a written word or phrase as the detector uses them: only those the
// model knows, most frequent first (at most `maxCandidates`), each with its model ids, its inner
// fit and its relation + channel + rarity cost, plus the originals learned from traced spun copies.
import { candidateOriginals, synonymFanOut, type Candidate } from './candidates.js';
import { spellingVariant, type AssociationScorer } from './scoring.js';
import type { SubstitutionTable } from './learned.js';
import type { DetectOptions } from './options.js';
import type { NgramCounts } from './model.js';

/** A candidate original with its model ids, inner fit and total relation + channel cost. */
export interface CandidateIds {
  text: string;
  lemma: string;
  ids: number[];
  /** ids[0] and ids[ids.length - 1]. */
  first: number;
  last: number;
  inner: number;
  cost: number;
  /** True for a substitution learned from traced spun copies (its bonus depends on the article). */
  learned: boolean;
}

/** A candidate known to the model, before the list is cut to the most frequent. */
interface KnownCandidate {
  candidate: Candidate;
  /** Ids of a multiword candidate (null for one word: its id is `id`). */
  ids: number[] | null;
  id: number;
  count: number;
}

const byCountDescending = (a: KnownCandidate, b: KnownCandidate): number => b.count - a.count;

export class CandidateLists {
  constructor(
    private readonly counts: NgramCounts,
    private readonly scorer: AssociationScorer,
    private readonly options: DetectOptions,
    private readonly learned: SubstitutionTable,
  ) {}

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
    return { text, lemma, ids, first: ids[0], last: ids[ids.length - 1], inner, cost, learned };
  }

  /** Candidates of the written `norm` (lemma `lemma`) known to the model, most frequent first. */
  build(norm: string, lemma: string): CandidateIds[] {
    // Most frequent first; the costlier checks run only until enough candidates are kept.
    // Single words (most candidates) keep just their id here; id lists are made for the kept ones.
    const known: KnownCandidate[] = [];
    for (const candidate of candidateOriginals(norm, lemma)) {
      if (candidate.text.includes(' ')) {
        const ids = this.idsOf(candidate.text);
        if (!ids.includes(-1)) known.push({ candidate, ids, id: ids[0], count: this.counts.count(ids[0]) });
      } else {
        const id = this.counts.find(candidate.text);
        if (id >= 0) known.push({ candidate, ids: null, id, count: this.counts.count(id) });
      }
    }
    known.sort(byCountDescending);
    const list: CandidateIds[] = [];
    for (const k of known) {
      if (list.length >= this.options.maxCandidates) break;
      const c = k.candidate;
      if (spellingVariant(c.text, norm)) continue;
      const cost = c.cost + this.options.channelWeight * Math.log(synonymFanOut(c.lemma));
      list.push(this.entry(c.text, c.lemma, k.ids ?? [k.id], cost, false));
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
