// The candidate originals of a written word or phrase as the detector uses them: only those the
// model knows, most frequent first (at most `maxCandidates`), each with its model ids, its inner
// fit and its relation + channel + rarity cost, plus the originals learned from traced spun copies.
import { candidateOriginals, synonymFanOut, type Candidate } from './candidates.js';
import { formOf, inflect, type Form } from './inflect.js';
import {
  lemmaOfRow,
  RelatedReader,
  rowOf,
  sensesOfRow,
  thesaurusRowCount,
  thesaurusShipped,
} from './thesaurus.js';
import { spellingStem, spellingVariant, type AssociationScorer } from './scoring.js';
import type { SubstitutionTable } from './learned.js';
import type { DetectOptions } from './options.js';
import type { NgramCounts } from './model.js';
import { mobyOriginals } from './moby.js';

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
  /** Found only in the reversed Moby Thesaurus. */
  moby: boolean;
  /** Its words' ids in the news language model (set by SentenceLm on first use). */
  lmIds: Int32Array | null;
}

const VERB_FORMS: ReadonlySet<Form> = new Set(['ed', 'ing']);

/** A candidate whose (first) word the model knows, before the list is cut to the most frequent. */
interface KnownCandidate {
  candidate: Candidate;
  /** Model id of its first word. */
  id: number;
  /** The model's count of its (first) word: the most frequent candidates make the cut. */
  rank: number;
  /** Relation + channel cost. */
  cost: number;
  /** More than one word: the other words are looked up only if it makes the cut. */
  multiword: boolean;
}

const byRankDescending = (a: KnownCandidate, b: KnownCandidate): number => b.rank - a.rank;

const FORMS: readonly Form[] = ['base', 's', 'ed', 'ing'];
const BASE = 0;
const VERB = 'v'.charCodeAt(0);
const NOUN = 'n'.charCodeAt(0);

/** Parts of speech a written form allows (candidates.ts's posAllowed, on character codes). */
function posAllowed(form: number, pos: number): boolean {
  if (form >= 2) return pos === VERB; // 'ed', 'ing'
  if (form === 1) return pos === NOUN || pos === VERB; // 's'
  return true;
}

/** One build's candidates in the order first found (as candidateOriginals lists them). */
class FoundCandidates {
  size = 0;
  row = new Int32Array(64);
  /** form * 2 + (1 for a verb): how the row's lemma is inflected. */
  inflection = new Uint8Array(64);
  /** Model id of the (first) word. */
  id = new Int32Array(64);
  cost = new Float64Array(64);
  /** Text of a multiword candidate (null for one word: made only if it makes the cut). */
  text: Array<string | null> = [];
  /** Scratch for sortByCount. */
  private order = new Int32Array(64);
  private counts = new Float64Array(64);

  add(row: number, inflection: number, id: number, cost: number, text: string | null): void {
    if (this.size === this.row.length) this.grow();
    const k = this.size++;
    this.row[k] = row;
    this.inflection[k] = inflection;
    this.id[k] = id;
    this.cost[k] = cost;
    this.text[k] = text;
  }

  /** Indices highest `rank` first (the count of the first word), first found first
   *  among equals: what a stable sort gives. An insertion sort: lists are short. */
  sortByRank(rank: (k: number) => number): Int32Array {
    if (this.order.length < this.size) {
      this.order = new Int32Array(this.row.length);
      this.counts = new Float64Array(this.row.length);
    }
    const order = this.order;
    const counts = this.counts;
    for (let k = 0; k < this.size; k++) {
      const count = rank(k);
      let at = k;
      while (at > 0 && counts[at - 1] < count) {
        order[at] = order[at - 1];
        counts[at] = counts[at - 1];
        at--;
      }
      order[at] = k;
      counts[at] = count;
    }
    return order;
  }

  private grow(): void {
    const n = 2 * this.row.length;
    this.row = grown(this.row, n);
    this.inflection = grown(this.inflection, n);
    this.id = grown(this.id, n);
    this.cost = grown(this.cost, n);
  }
}

/** A typed array of length n holding `a`'s values first. */
function grown<T extends Int32Array | Uint8Array | Float64Array>(a: T, n: number): T {
  const b = new (a.constructor as new (length: number) => T)(n);
  b.set(a);
  return b;
}

export class CandidateLists {
  /** synonymFanOut of one-word candidates in their base form, by model id (0: not yet known):
   *  saves a lookup by string for most candidates. */
  private readonly fanOutById: Float64Array;

  /** By thesaurus row and inflection (row * 8 + form * 2 + verb): the model id of the inflected
   *  lemma's (first) word plus 2, negated for a multiword lemma; 0 when not yet looked up. Made
   *  on first use, so that each related lemma is inflected and looked up once per detector. */
  private inflectedIds: Int32Array | null = null;
  private fanOutByRow: Float64Array | null = null;
  private readonly reader = new RelatedReader();
  private readonly found = new FoundCandidates();
  /** Per model id: `stamp` when the current build found the word, and at which index. */
  private foundStamp: Int32Array;
  private foundAt: Int32Array;
  private stamp = 0;

  constructor(
    private readonly counts: NgramCounts,
    private readonly scorer: AssociationScorer,
    private readonly options: DetectOptions,
    private readonly learned: SubstitutionTable,
  ) {
    this.fanOutById = new Float64Array(counts.words.length);
    this.foundStamp = new Int32Array(counts.words.length);
    this.foundAt = new Int32Array(counts.words.length);
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
    return {
      text,
      lemma,
      first: ids[0],
      last: ids[ids.length - 1],
      words: ids.length,
      inner,
      cost,
      learned,
      moby: false,
      lmIds: null,
    };
  }

  /** Candidates of the written `norm` (lemma `lemma`) known to the model, most frequent first;
   *  `normId`: the model id of `norm`, when the caller has it. */
  build(norm: string, lemma: string, normId = this.counts.find(norm)): CandidateIds[] {
    const list = thesaurusShipped()
      ? this.buildFromRows(norm, lemma, normId)
      : this.thesaurusFromStrings(norm, lemma);
    return this.finish(norm, lemma, normId, list);
  }

  /** build() from the lemma strings of candidateOriginals: used when no thesaurus table is
   *  shipped, and the reference the row-based build must equal (see the tests). */
  buildFromStrings(norm: string, lemma: string): CandidateIds[] {
    return this.finish(norm, lemma, this.counts.find(norm), this.thesaurusFromStrings(norm, lemma));
  }

  private thesaurusFromStrings(norm: string, lemma: string): CandidateIds[] {
    // Most frequent first (by the count of the first word); the costlier checks run only until
    // enough candidates are kept. A multiword candidate with an unknown later word is dropped
    // when reached: the sort is stable, so that keeps the same order as dropping it before.
    const known: KnownCandidate[] = [];
    for (const candidate of candidateOriginals(norm, lemma)) {
      const space = candidate.text.indexOf(' ');
      const id = this.counts.find(space === -1 ? candidate.text : candidate.text.slice(0, space));
      if (id < 0) continue;
      const multiword = space !== -1;
      const lemmaId = !multiword && candidate.text === candidate.lemma ? id : -1;
      const cost =
        candidate.cost + this.options.channelWeight * Math.log(this.fanOut(candidate.lemma, lemmaId));
      known.push({ candidate, id, rank: this.counts.count(id), cost, multiword });
    }
    known.sort(byRankDescending);
    const list: CandidateIds[] = [];
    const normStem = spellingStem(norm);
    for (const k of known) {
      if (list.length >= this.options.maxCandidates) break;
      const c = k.candidate;
      const ids = k.multiword ? this.idsOf(c.text) : [k.id];
      if (k.multiword && ids.includes(-1)) continue;
      if (spellingVariant(c.text, norm, normStem)) continue;
      list.push(this.entry(c.text, c.lemma, ids, k.cost, false));
    }
    return list;
  }

  /**
   * build() from the shipped table's rows: the same candidates in the same order as
   * buildFromStrings, with related lemmas read as row numbers, inflected and looked up once per
   * detector, and texts made only for candidates that make the cut.
   */
  private buildFromRows(norm: string, lemma: string, normId: number): CandidateIds[] {
    const found = this.found;
    found.size = 0;
    this.stamp++;
    this.collectRow(rowOf(lemma), FORMS.indexOf(formOf(norm, lemma)), norm, normId);
    // An inflected-looking word can be a lemma of its own ("authorized", "related").
    if (norm !== lemma) this.collectRow(rowOf(norm), BASE, norm, normId);
    const ids = found.id;
    const counts = this.counts;
    const order = found.sortByRank((k) => counts.count(ids[k]));
    const list: CandidateIds[] = [];
    const normStem = spellingStem(norm);
    for (let o = 0; o < found.size; o++) {
      const k = order[o];
      if (list.length >= this.options.maxCandidates) break;
      const row = found.row[k];
      const multiword = found.text[k] !== null;
      const text = found.text[k] ?? this.inflectRow(row, found.inflection[k]);
      const wordIds = multiword ? this.idsOf(text) : [ids[k]];
      if (multiword && wordIds.includes(-1)) continue;
      if (spellingVariant(text, norm, normStem)) continue;
      list.push(this.entry(text, lemmaOfRow(row), wordIds, this.costOfFound(k), false));
    }
    return list;
  }

  /** Relation + channel cost of the current build's k-th found candidate. */
  private costOfFound(k: number): number {
    return this.found.cost[k] + this.options.channelWeight * Math.log(this.fanOutOfRow(this.found.row[k]));
  }

  private inflectRow(row: number, inflection: number): string {
    return inflect(lemmaOfRow(row), FORMS[inflection >> 1], (inflection & 1) === 1);
  }

  /** synonymFanOut of a row's lemma. */
  private fanOutOfRow(row: number): number {
    const byRow = (this.fanOutByRow ??= new Float64Array(thesaurusRowCount()));
    return (byRow[row] ||= 1 + sensesOfRow(row));
  }

  /** Adds the candidates of one thesaurus row in form `form` to `this.found`, as
   *  candidateOriginals does: known words only, never the written word itself, each text once
   *  with its cheapest relation (the first found keeps its place). */
  private collectRow(row: number, form: number, norm: string, normId: number): void {
    if (row < 0) return;
    const reader = this.reader;
    const n = reader.read(row);
    const cache = (this.inflectedIds ??= new Int32Array(8 * thesaurusRowCount()));
    const found = this.found;
    for (let k = 0; k < n; k++) {
      const pos = reader.pos[k];
      if (!posAllowed(form, pos)) continue;
      const related = reader.rows[k];
      const cost = reader.costs[k];
      const inflection = form === BASE ? 0 : form * 2 + (pos === VERB ? 1 : 0);
      const key = related * 8 + inflection;
      let cached = cache[key];
      if (cached === 0) {
        const text = this.inflectRow(related, inflection);
        const space = text.indexOf(' ');
        const id = this.counts.find(space === -1 ? text : text.slice(0, space));
        cached = cache[key] = space === -1 ? id + 2 : -(id + 2);
      }
      const id = Math.abs(cached) - 2;
      if (id < 0) continue; // unknown to the model: never kept
      if (cached > 0) {
        if (id === normId) continue;
        if (this.foundStamp[id] === this.stamp) {
          const at = this.foundAt[id];
          if (found.cost[at] > cost) {
            found.cost[at] = cost;
            found.row[at] = related;
            found.inflection[at] = inflection;
          }
          continue;
        }
        this.foundStamp[id] = this.stamp;
        this.foundAt[id] = found.size;
        found.add(related, inflection, id, cost, null);
      } else {
        const text = this.inflectRow(related, inflection);
        if (text === norm) continue;
        let at = -1;
        for (let j = 0; j < found.size; j++) if (found.text[j] === text) at = j;
        if (at === -1) found.add(related, inflection, id, cost, text);
        else if (found.cost[at] > cost) {
          found.cost[at] = cost;
          found.row[at] = related;
          found.inflection[at] = inflection;
        }
      }
    }
  }

  /** Moby originals, vector costs, rarity costs and learned originals, for both kinds of build. */
  private finish(norm: string, lemma: string, normId: number, list: CandidateIds[]): CandidateIds[] {
    // Only for words WordNet gives candidates: a preposition or conjunction has none, and Moby's
    // lists for them are broad ("amid" -> with, "alongside" -> by; docs/spin.md).
    if (this.options.mobyCandidates > 0 && list.length > 0) this.addMoby(norm, lemma, list);
    // Among candidates, a common word is the likelier original ("said" over "told" for "stated").
    let top = 1;
    for (const c of list) top = Math.max(top, this.counts.count(c.first));
    for (const c of list)
      c.cost += this.options.rarityWeight * Math.log(top / Math.max(1, this.counts.count(c.first)));
    this.addLearned(norm, list);
    return list;
  }

  /** Adds up to mobyCandidates Moby originals (closest by word vectors first). */
  private addMoby(norm: string, lemma: string, list: CandidateIds[]): void {
    const { mobyCandidates, mobyCost, channelWeight } = this.options;
    const form = formOf(norm, lemma);
    let added = 0;
    const normStem = spellingStem(norm);
    // The row of the lemma in the written form, then the written word's own row ("authorized").
    const sources: Array<[string, Form]> = [[lemma, form]];
    if (norm !== lemma) sources.push([norm, 'base']);
    for (const [word, inWordForm] of sources) {
      for (const original of mobyOriginals(word)) {
        if (added >= mobyCandidates) break;
        const text = inflect(original.word, inWordForm, VERB_FORMS.has(inWordForm));
        if (text === norm || list.some((c) => c.text === text)) continue;
        const id = this.counts.find(text);
        if (id < 0 || spellingVariant(text, norm, normStem)) continue;
        const cost =
          mobyCost + channelWeight * Math.log(this.fanOut(original.word, text === original.word ? id : -1));
        const entry = this.entry(text, original.word, [id], cost, false);
        entry.moby = true;
        list.push(entry);
        added++;
      }
    }
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
