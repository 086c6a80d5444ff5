// Detecting and restoring spun wording in one sentence at a time. Each word (and each 2-3 word
// WordNet phrase) may stay as written or be replaced by one of its candidate originals; a bigram
// language model scores every path through these choices, each replacement pays a fixed cost, and
// the best path (Viterbi over the lattice) names the replaced spans and their likely originals.
import type { Document, DocToken } from '../text/document.js';
import { phraseStep } from './thesaurus.js';
import { candidateOriginals, synonymFanOut, type Candidate } from './candidates.js';
import { AssociationScorer, eligible, matchCase, spellingVariant } from './scoring.js';
import { SubstitutionTable, MAX_LEARNED_WORDS, spunDensityWeight } from './learned.js';
import { DEFAULT_DETECT_OPTIONS, type DetectOptions, type SpinFinding } from './options.js';
import { bestPath, type LatticeNode } from './lattice.js';
import {
  isTopicWord,
  lmToken,
  SENTENCE_END,
  SENTENCE_START,
  TOPIC_WINDOW,
  type NgramCounts,
} from './model.js';

export type { SpinFinding, DetectOptions } from './options.js';
export { DEFAULT_DETECT_OPTIONS } from './options.js';

const MAX_FREQUENCY_NATS = 6;

/** A candidate original with its model ids, inner fit and total relation + channel cost. */
interface CandidateIds {
  text: string;
  lemma: string;
  ids: number[];
  inner: number;
  cost: number;
  /** True for a substitution learned from traced spun copies (its bonus depends on the article). */
  learned?: boolean;
}

/** Candidates of a neighbouring word tried when checking for two swapped words in a row. */
const NEIGHBOUR_CANDIDATES = 4;

/** Nats by which a replacement may trail the written word before its topic fit is computed. */
const TOPIC_REACH = 6;

export class SpinDetector {
  private readonly scorer: AssociationScorer;
  private readonly startId: number;
  private readonly endId: number;
  private readonly candidateIds = new Map<string, CandidateIds[]>();
  /** Scratch for buildLattice's written-pair scores (read by detectSentence right after). */
  private linkScratch = new Float64Array(256);
  /** How much the current article looks spun by the learned substitutions, 0 to 1 (see detect). */
  private learnedWeight = 1;
  constructor(
    readonly counts: NgramCounts,
    readonly options: DetectOptions = DEFAULT_DETECT_OPTIONS,
    readonly learned: SubstitutionTable = new SubstitutionTable(),
  ) {
    this.scorer = new AssociationScorer(counts, options.smoothing);
    this.startId = counts.find(SENTENCE_START);
    this.endId = counts.find(SENTENCE_END);
  }

  private idsOf(text: string): number[] {
    if (!text.includes(' ')) return [this.counts.find(text)];
    return text.split(' ').map((w) => this.counts.find(w));
  }

  private innerLogP(ids: number[]): number {
    let s = 0;
    for (let i = 1; i < ids.length; i++) s += this.scorer.logP(ids[i - 1], ids[i]);
    return s;
  }

  /** Candidates known to the model, most frequent first, with their LM ids. */
  private candidates(norm: string, lemma: string): CandidateIds[] {
    const key = norm; // the lemma follows from the written words
    let list = this.candidateIds.get(key);
    if (list) return list;
    // Most frequent first; the costlier checks run only until enough candidates are kept.
    // Single words (most candidates) keep just their id here; id lists are made for the kept ones.
    const known: Array<{ c: Candidate; ids: number[] | null; id: number; n: number }> = [];
    for (const c of candidateOriginals(norm, lemma)) {
      if (c.text.includes(' ')) {
        const ids = this.idsOf(c.text);
        if (!ids.includes(-1)) known.push({ c, ids, id: ids[0], n: this.counts.count(ids[0]) });
      } else {
        const id = this.counts.find(c.text);
        if (id >= 0) known.push({ c, ids: null, id, n: this.counts.count(id) });
      }
    }
    known.sort((a, b) => b.n - a.n);
    list = [];
    for (const k of known) {
      if (list.length >= this.options.maxCandidates) break;
      const c = k.c;
      if (spellingVariant(c.text, norm)) continue;
      const ids = k.ids ?? [k.id];
      list.push({
        text: c.text,
        lemma: c.lemma,
        ids,
        // A candidate's own collocation strength is no reason to prefer it; only a poor inner fit counts.
        inner: Math.min(0, this.innerLogP(ids)),
        cost: c.cost + this.options.channelWeight * Math.log(synonymFanOut(c.lemma)),
      });
    }
    // Among candidates, a common word is the likelier original ("said" over "told" for "stated").
    const top = list.length ? this.counts.count(list[0].ids[0]) : 1;
    for (const c of list)
      c.cost += this.options.rarityWeight * Math.log(top / Math.max(1, this.counts.count(c.ids[0])));
    this.addLearned(norm, list);
    if (this.candidateIds.size < 200_000) this.candidateIds.set(key, list);
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
      } else
        list.push({ text, lemma: text, ids, inner: Math.min(0, this.innerLogP(ids)), cost, learned: true });
    }
  }

  /** A candidate's relation cost; learned substitutions earn their bonus in spun-looking articles. */
  private costOf(c: CandidateIds): number {
    return c.learned ? c.cost - this.options.learnedBonus * this.learnedWeight : c.cost;
  }

  /** Model id of the written token i (names inside a sentence share one id). */
  private writtenId(toks: readonly DocToken[], i: number): number {
    const t = toks[i];
    const name = t.cap && i > 0 && toks[i - 1].sentence === t.sentence;
    return this.counts.find(lmToken(t.norm, t.kind, name));
  }

  /** True when the model has seen the candidate right after `left` or right before `right`. */
  private seenNear(left: number, ids: number[], right: number): boolean {
    return this.counts.pairCount(left, ids[0]) > 0 || this.counts.pairCount(ids[ids.length - 1], right) > 0;
  }

  /** Nodes for two- and three-word WordNet phrases starting at token i ("keep up", "short lived"). */
  private addPhraseNodes(
    doc: Document,
    i: number,
    to: number,
    idAt: (i: number) => number,
    leftId: number,
    capital: number,
    nodes: LatticeNode[],
  ): void {
    const toks = doc.tokens;
    let written = toks[i].norm;
    let allStop = toks[i].stop;
    // The phrase so far as written and with its first word's lemma ("kept up" → "keep up").
    let asWritten = phraseStep(null, written);
    let asLemma = toks[i].lemma === written ? undefined : phraseStep(null, toks[i].lemma);
    for (let len = 2; len <= 3 && i + len <= to; len++) {
      if (!asWritten?.prefix && !asLemma?.prefix) return;
      const next = toks[i + len - 1];
      if (next.kind !== 'word') return;
      written += ` ${next.norm}`;
      asWritten = asWritten?.prefix ? phraseStep(asWritten, next.norm) : undefined;
      asLemma = asLemma?.prefix ? phraseStep(asLemma, next.norm) : undefined;
      allStop &&= next.stop;
      if (allStop) continue;
      const known = asLemma?.lemma ?? asWritten?.lemma;
      if (!known) continue;
      this.addReplacements(written, known, i, len, leftId, idAt(i + len), capital, 0, nodes);
    }
  }

  /**
   * Nodes replacing tokens [i, i + len), written `written`, by each of its candidates seen next to
   * a neighbour; `perExtraWord` is charged for each word a candidate has beyond `len`.
   */
  private addReplacements(
    written: string,
    lemma: string,
    i: number,
    len: number,
    leftId: number,
    afterId: number,
    capital: number,
    perExtraWord: number,
    nodes: LatticeNode[],
  ): void {
    for (const c of this.candidates(written, lemma)) {
      if (!this.seenNear(leftId, c.ids, afterId)) continue;
      if (c.text.replace(/-/g, ' ') === written) continue;
      const expand = perExtraWord * Math.max(0, c.ids.length - len);
      const inner = c.inner - this.options.changeCost - this.costOf(c) - capital - expand;
      nodes.push({ start: i, end: i + len, ids: c.ids, inner, suggestion: c.text });
    }
  }

  /** Nodes for learned multiword spun wording starting at token i ("not too long ago"). */
  private addLearnedPhraseNodes(
    doc: Document,
    i: number,
    to: number,
    idAt: (i: number) => number,
    leftId: number,
    capital: number,
    nodes: LatticeNode[],
  ): void {
    const toks = doc.tokens;
    let written = toks[i].norm;
    for (let len = 2; len <= MAX_LEARNED_WORDS && i + len <= to; len++) {
      const next = toks[i + len - 1];
      if (next.kind !== 'word') return;
      written += ` ${next.norm}`;
      if (!this.learned.originals(written)) continue;
      const afterId = idAt(i + len);
      this.addReplacements(
        written,
        written,
        i,
        len,
        leftId,
        afterId,
        capital,
        this.options.expandCost,
        nodes,
      );
    }
  }

  private links(n: number): Float64Array {
    if (this.linkScratch.length < n) this.linkScratch = new Float64Array(2 * n);
    return this.linkScratch;
  }

  private buildLattice(doc: Document, from: number, to: number): LatticeNode[][] {
    const toks = doc.tokens;
    const byStart: LatticeNode[][] = [];
    const { changeCost, capitalCost } = this.options;
    const ids: number[] = [];
    for (let i = from; i < to; i++) ids.push(this.writtenId(toks, i));
    // link[k]: log P of the written pair ending at token from + k (k = 0: after the sentence start,
    // k = to - from: before its end), computed once for the fit, the local gain and the Viterbi.
    const link = this.links(to - from + 1);
    for (let k = 0; k <= to - from; k++)
      link[k] = this.scorer.logP(k ? ids[k - 1] : this.startId, k < to - from ? ids[k] : this.endId);
    const idAt = (i: number): number => (i < from ? this.startId : i >= to ? this.endId : ids[i - from]);
    // The id of a written word itself: its LM id unless it may stand for a name (capitalised).
    const normId = (i: number): number =>
      toks[i].kind === 'word' && !toks[i].cap ? ids[i - from] : this.counts.find(toks[i].norm);
    // Candidate originals of every word that fits its context poorly.
    const hasLearned = this.learned.size > 0;
    const options: Array<CandidateIds[] | null> = [];
    for (let i = from; i < to; i++) {
      const t = toks[i];
      const fit = link[i - from] + link[i - from + 1];
      // A word a spinner was seen writing is always a suspect, even a common one ("within").
      const suspect =
        (fit <= this.options.fitGate && eligible(t)) ||
        (hasLearned && t.kind === 'word' && this.learned.originals(t.norm));
      options.push(suspect ? this.candidates(t.norm, t.lemma) : null);
    }
    // A candidate is kept when the model has seen it next to a written neighbour, or next to a
    // candidate for a neighbour (two swapped words in a row: "navy gear", "share level").
    const seenWithNeighbour = (k: number, c: CandidateIds): boolean => {
      if (this.seenNear(idAt(k - 1), c.ids, idAt(k + 1))) return true;
      const first = c.ids[0];
      const last = c.ids[c.ids.length - 1];
      const before = k > from ? options[k - 1 - from] : null;
      const after = k + 1 < to ? options[k + 1 - from] : null;
      const limit = Math.min(NEIGHBOUR_CANDIDATES, before?.length ?? 0);
      for (let j = 0; j < limit; j++) {
        const b = before![j].ids;
        if (this.counts.pairCount(b[b.length - 1], first) > 0) return true;
      }
      const limitAfter = Math.min(NEIGHBOUR_CANDIDATES, after?.length ?? 0);
      for (let j = 0; j < limitAfter; j++) if (this.counts.pairCount(last, after![j].ids[0]) > 0) return true;
      return false;
    };
    // Content words of the sentence, for the topic fit (listed on first use: most sentences
    // have no replacement close enough to need it).
    let content: Array<{ at: number; id: number }> | null = null;
    const contextOf = (i: number): number[] => {
      if (content === null) {
        content = [];
        for (let j = from; j < to; j++) {
          const t = toks[j];
          const name = t.cap && j > from;
          if (isTopicWord(t.norm, t.kind, name)) content.push({ at: j, id: normId(j) });
        }
      }
      let k = content.findIndex((c) => c.at >= i);
      if (k === -1) k = content.length;
      const out: number[] = [];
      for (let j = Math.max(0, k - TOPIC_WINDOW); j < k; j++) out.push(content[j].id);
      const after = content[k]?.at === i ? k + 1 : k;
      for (let j = after; j < Math.min(content.length, after + TOPIC_WINDOW); j++) out.push(content[j].id);
      return out;
    };
    const { topicWeight } = this.options;
    for (let i = from; i < to; i++) {
      const t = toks[i];
      const nodes: LatticeNode[] = [{ start: i, end: i + 1, ids: [idAt(i)], inner: 0, suggestion: null }];
      const opts = options[i - from];
      // Computed on first use: most positions have no candidate that survives the checks.
      let context: number[] | null = null;
      let writtenTopic = 0;
      const capital = t.cap && i > from ? capitalCost : 0;
      const leftId = idAt(i - 1);
      const writtenCount = opts?.length ? Math.max(1, this.counts.count(normId(i))) : 1;
      for (const c of opts ?? []) {
        if (!seenWithNeighbour(i, c)) continue;
        // Spinners reach for rarer words: a written word rarer than the candidate is more suspect.
        const ratio = Math.log(Math.max(1, this.counts.count(c.ids[0])) / writtenCount);
        const frequency =
          this.options.frequencyWeight * Math.max(-MAX_FREQUENCY_NATS, Math.min(MAX_FREQUENCY_NATS, ratio));
        const expand = this.options.expandCost * (c.ids.length - 1);
        const base = c.inner - changeCost - this.costOf(c) - capital + frequency - expand;
        // The topic fit (the costliest term) only for a replacement that could win: one whose
        // change beats the written word next to its written neighbours, give or take TOPIC_REACH.
        const local =
          this.scorer.logP(leftId, c.ids[0]) +
          this.scorer.logP(c.ids[c.ids.length - 1], idAt(i + 1)) -
          link[i - from] -
          link[i - from + 1];
        let topic = 0;
        if (topicWeight && base + local > -TOPIC_REACH) {
          if (context === null) {
            context = contextOf(i);
            writtenTopic = this.scorer.topicFit(normId(i), context);
          }
          if (context.length)
            topic = topicWeight * (this.scorer.topicFit(c.ids[c.ids.length - 1], context) - writtenTopic);
        }
        nodes.push({ start: i, end: i + 1, ids: c.ids, inner: base + topic, suggestion: c.text });
      }
      if (t.kind === 'word') this.addPhraseNodes(doc, i, to, idAt, leftId, capital, nodes);
      if (t.kind === 'word' && this.learned.phraseStarts.has(t.norm))
        this.addLearnedPhraseNodes(doc, i, to, idAt, leftId, capital, nodes);
      byStart.push(nodes);
    }
    return byStart;
  }

  /** Spun wording found in one sentence (tokens [from, to)). */
  detectSentence(doc: Document, from: number, to: number): SpinFinding[] {
    if (to - from < 2) return [];
    const lattice = this.buildLattice(doc, from, to);
    if (!lattice.some((nodes) => nodes.length > 1)) return []; // nothing to replace
    const startId = this.startId;
    const endId = this.endId;
    const link = this.linkScratch; // the written pairs' scores, filled by buildLattice
    // Between two nodes that keep the written words, the pair score is the written one.
    const path = bestPath(lattice, from, startId, (k, prev, node) =>
      prev.suggestion === null && (node === null || node.suggestion === null)
        ? link[k]
        : this.scorer.logP(prev.ids[prev.ids.length - 1], node ? node.ids[0] : endId),
    );
    return this.findingsOf(doc, path, startId, endId);
  }

  private findingsOf(doc: Document, path: LatticeNode[], startId: number, endId: number): SpinFinding[] {
    const out: SpinFinding[] = [];
    for (let p = 0; p < path.length; p++) {
      const node = path[p];
      if (node.suggestion === null) continue;
      const prevId = p > 0 ? path[p - 1].ids[path[p - 1].ids.length - 1] : startId;
      const nextId = p + 1 < path.length ? path[p + 1].ids[0] : endId;
      const written: number[] = [];
      for (let i = node.start; i < node.end; i++) written.push(this.writtenId(doc.tokens, i));
      const writtenScore =
        this.scorer.logP(prevId, written[0]) +
        this.innerLogP(written) +
        this.scorer.logP(written[written.length - 1], nextId);
      const changedScore =
        this.scorer.logP(prevId, node.ids[0]) +
        node.inner +
        this.scorer.logP(node.ids[node.ids.length - 1], nextId);
      const margin = changedScore - writtenScore;
      const evidence =
        this.counts.pairCount(prevId, node.ids[0]) +
        this.counts.pairCount(node.ids[node.ids.length - 1], nextId);
      if (evidence < this.options.minEvidence) continue;
      const confidence = 1 / (1 + Math.exp(-margin));
      if (confidence < this.options.minConfidence) continue;
      const start = doc.tokens[node.start].start;
      const end = doc.tokens[node.end - 1].end;
      const text = doc.text.slice(start, end);
      out.push({
        text,
        start,
        end,
        suggestion: matchCase(node.suggestion, text),
        confidence: Math.round(confidence * 1000) / 1000,
      });
    }
    return out;
  }

  detect(doc: Document): SpinFinding[] {
    this.learnedWeight = this.learned.size ? spunDensityWeight(this.learned, doc) : 0;
    const out: SpinFinding[] = [];
    for (const s of doc.sentences) out.push(...this.detectSentence(doc, s.tokenStart, s.tokenEnd));
    return out;
  }
}
