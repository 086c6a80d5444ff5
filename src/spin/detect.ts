// Detecting and restoring spun wording in one sentence at a time. Each word (and each 2-3 word
// WordNet phrase) may stay as written or be replaced by one of its candidate originals; a bigram
// language model scores every path through these choices, each replacement pays a fixed cost, and
// the best path (Viterbi over the lattice) names the replaced spans and their likely originals.
// One class over 400 lines, on purpose: building the lattice is the hot path of `analyze`, and its
// steps share per-document state (word entries, token ids, reused node lists) that splitting the
// class would pass around on every call.
import type { Document, DocToken } from '../text/document.js';
import { phraseStep, type PhraseNode } from './thesaurus.js';
import { CandidateLists, type CandidateIds } from './candidate-lists.js';
import { AssociationScorer, eligible, matchCase } from './scoring.js';
import { SubstitutionTable, MAX_LEARNED_WORDS, spunDensityWeight } from './learned.js';
import { DEFAULT_DETECT_OPTIONS, usesVectors, type DetectOptions, type SpinFinding } from './options.js';
import { modelVectors, rareWordsWeight, RANK_OFFSET, type ModelVectors } from './vectors.js';
import { bestPath, type LatticeNode } from './lattice.js';
import { TopicContext } from './topic-context.js';
import { DominanceCheck, PhraseLists } from './dominance.js';
import { SentenceLm } from './lm-context.js';
import { NO_WORD, shippedNewsLm } from './news-lm.js';
import {
  lmToken,
  NAME_TOKEN,
  NUMBER_TOKEN,
  SENTENCE_END,
  SENTENCE_START,
  type NgramCounts,
} from './model.js';

export type { SpinFinding, DetectOptions } from './options.js';
export { DEFAULT_DETECT_OPTIONS } from './options.js';

const MAX_FREQUENCY_NATS = 6;
const clampNats = (x: number): number => Math.max(-MAX_FREQUENCY_NATS, Math.min(MAX_FREQUENCY_NATS, x));

/** Candidates of a neighbouring word tried when checking for two swapped words in a row. */
const NEIGHBOUR_CANDIDATES = 4;

/** Nats by which a replacement may trail the written word before its topic fit is computed. */
const TOPIC_REACH = 6;

/** Slack for rounding in the topic-reach comparison when it is decided from bounds. */
const TOPIC_MARGIN = 1e-6;

/** Distinct words (and phrases) whose lookups are kept, so memory stays bounded on any input. */
const CACHE_LIMIT = 200_000;

/** What the detector needs to know of a written word, looked up once per distinct word. */
interface WordEntry {
  /** Model id of the word itself (-1 when unknown). */
  id: number;
  /** Phrase trie nodes for phrases starting with the word as written and with its lemma. */
  phrase: PhraseNode | undefined;
  lemmaPhrase: PhraseNode | undefined;
  /** A spinner was seen writing this word, or a phrase starting with it (learned). */
  learned: boolean;
  learnedPhraseStart: boolean;
  /** Candidate originals, made when the word is first a suspect. */
  candidates: CandidateIds[] | null;
  /** Id of the word in the news language model (NO_WORD: unknown, or no model read). */
  lmId: number;
}

export class SpinDetector {
  private readonly scorer: AssociationScorer;
  private readonly lists: CandidateLists;
  private readonly startId: number;
  private readonly endId: number;
  private readonly nameId: number;
  private readonly numberId: number;
  private readonly words = new Map<string, WordEntry>();
  private readonly phraseCandidates = new Map<string, CandidateIds[]>();
  /** LM ids of punctuation tokens (a handful of distinct ones). */
  private readonly punctIds = new Map<string, number>();
  /** Scratch: written-pair scores of the current sentence (see buildLattice). */
  private link = new Float64Array(256);
  /** The current document's tokens with their written LM ids and word entries. */
  private toks: readonly DocToken[] = [];
  private tokenIds = new Int32Array(0);
  private entries: Array<WordEntry | null> = [];
  private readonly topic: TopicContext;
  private readonly dominance: DominanceCheck;
  /** Phrases starting at the current token and the next (see phrasesAt). */
  private readonly phraseBuffers: [PhraseLists, PhraseLists] = [new PhraseLists(), new PhraseLists()];
  /** The current sentence's lattice: node lists by position (the first `to - from` are the
   *  sentence's), and the nodes keeping the written words. Both are reused from sentence to
   *  sentence (the path is read before the next one). */
  private readonly nodeLists: LatticeNode[][] = [];
  /** Candidate lists of the current sentence's suspect words by position (null: not a suspect). */
  private readonly suspects: Array<CandidateIds[] | null> = [];
  private readonly writtenNodes: LatticeNode[] = [];
  /** How much the current article looks spun by the learned substitutions, 0 to 1 (see detect). */
  private learnedWeight = 1;
  /** The change cost for the current article (options.changeCost less the rare-words bonus). */
  private changeCost: number;
  /** News-trained word vectors, when the options use them. */
  private readonly vectors: ModelVectors | null;
  /** Leave out replacements that can be on no best path (DominanceCheck): the same findings,
   *  fewer pair-table reads. Off only to check that claim (tests). */
  ruleOutDominated = true;
  /** Replacements left out so far by that check. */
  ruledOut = 0;
  /** The news language model's view of the current sentence, when the options read it. */
  private readonly sentenceLm: SentenceLm | null;
  /** The current document's tokens as news-LM ids. */
  private tokenLmIds = new Int32Array(0);
  constructor(
    readonly counts: NgramCounts,
    readonly options: DetectOptions = DEFAULT_DETECT_OPTIONS,
    readonly learned: SubstitutionTable = new SubstitutionTable(),
  ) {
    this.scorer = new AssociationScorer(counts, options.smoothing);
    this.changeCost = options.changeCost;
    this.vectors = usesVectors(options) ? modelVectors(counts) : null;
    this.lists = new CandidateLists(counts, this.scorer, options, learned, this.vectors);
    this.topic = new TopicContext(this.scorer);
    this.dominance = new DominanceCheck(this.scorer);
    this.startId = counts.find(SENTENCE_START);
    this.endId = counts.find(SENTENCE_END);
    this.nameId = counts.find(NAME_TOKEN);
    this.numberId = counts.find(NUMBER_TOKEN);
    const lm = options.lmWeight !== 0 || options.lmFrequencyWeight !== 0 ? shippedNewsLm() : null;
    this.sentenceLm = lm ? new SentenceLm(lm) : null;
  }

  private wordEntry(norm: string, lemma: string): WordEntry {
    let entry = this.words.get(norm);
    if (entry) return entry;
    entry = {
      id: this.counts.find(norm),
      phrase: phraseStep(null, norm),
      lemmaPhrase: lemma === norm ? undefined : phraseStep(null, lemma),
      learned: this.learned.size > 0 && this.learned.originals(norm) !== undefined,
      learnedPhraseStart: this.learned.phraseStarts.has(norm),
      candidates: null,
      lmId: this.sentenceLm ? this.sentenceLm.wordId(norm) : NO_WORD,
    };
    if (this.words.size < CACHE_LIMIT) this.words.set(norm, entry);
    return entry;
  }

  /** Candidates of word token i (its lemma follows from the written word). */
  private wordCandidates(i: number): CandidateIds[] {
    const entry = this.entries[i]!;
    entry.candidates ??= this.lists.build(this.toks[i].norm, this.toks[i].lemma, entry.id);
    return entry.candidates;
  }

  /** Candidates of a written phrase (lemma `lemma` when first met). */
  private phraseCandidatesOf(written: string, lemma: string): CandidateIds[] {
    let list = this.phraseCandidates.get(written);
    if (!list) {
      list = this.lists.build(written, lemma);
      if (this.phraseCandidates.size < CACHE_LIMIT) this.phraseCandidates.set(written, list);
    }
    return list;
  }

  /** A candidate's relation cost; learned substitutions earn their bonus in spun-looking articles. */
  private costOf(c: CandidateIds): number {
    return c.learned ? c.cost - this.options.learnedBonus * this.learnedWeight : c.cost;
  }

  /** Looks up every token of the document once: written LM ids (names inside a sentence share
   *  one id) and, for words, their entries. */
  private prepare(doc: Document): void {
    const toks = doc.tokens;
    this.toks = toks;
    if (this.tokenIds.length < toks.length) {
      this.tokenIds = new Int32Array(2 * toks.length);
      this.tokenLmIds = new Int32Array(2 * toks.length);
    }
    this.entries.length = toks.length;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.kind === 'word') {
        const entry = this.wordEntry(t.norm, t.lemma);
        this.entries[i] = entry;
        const name = t.cap && i > 0 && toks[i - 1].sentence === t.sentence;
        this.tokenIds[i] = name ? this.nameId : entry.id;
        this.tokenLmIds[i] = entry.lmId;
      } else {
        this.entries[i] = null;
        this.tokenLmIds[i] = NO_WORD;
        this.tokenIds[i] = t.kind === 'number' ? this.numberId : this.punctId(t.norm);
      }
    }
  }

  private punctId(norm: string): number {
    let id = this.punctIds.get(norm);
    if (id === undefined) {
      id = this.counts.find(lmToken(norm, 'punct'));
      if (this.punctIds.size < CACHE_LIMIT) this.punctIds.set(norm, id);
    }
    return id;
  }

  /** The written id at token i of the sentence [from, to), or a sentence boundary. */
  private idAt(i: number, from: number, to: number): number {
    return i < from ? this.startId : i >= to ? this.endId : this.tokenIds[i];
  }

  /** The WordNet phrases starting at token i (< to) with their candidate lists, found once per
   *  token: for the dominance check of the token before and for the token's own nodes. */
  private phrasesAt(i: number, to: number): PhraseLists {
    const a = this.phraseBuffers[0];
    const b = this.phraseBuffers[1];
    if (a.at === i) return a;
    if (b.at === i) return b;
    const out = a.at < b.at ? a : b; // the older one
    this.collectPhrases(i, to, out);
    return out;
  }

  /** Two- and three-word WordNet phrases starting at token i ("keep up"), into `out`. */
  private collectPhrases(i: number, to: number, out: PhraseLists): void {
    out.at = i;
    out.count = 0;
    const toks = this.toks;
    if (toks[i].kind !== 'word') return;
    const entry = this.entries[i]!;
    // The phrase so far as written and with its first word's lemma ("kept up" → "keep up").
    let asWritten = entry.phrase;
    let asLemma = entry.lemmaPhrase;
    if (!asWritten?.prefix && !asLemma?.prefix) return;
    let allStop = toks[i].stop;
    for (let len = 2; len <= 3 && i + len <= to; len++) {
      if (!asWritten?.prefix && !asLemma?.prefix) return;
      const next = toks[i + len - 1];
      if (next.kind !== 'word') return;
      asWritten = asWritten?.prefix ? phraseStep(asWritten, next.norm) : undefined;
      asLemma = asLemma?.prefix ? phraseStep(asLemma, next.norm) : undefined;
      allStop &&= next.stop;
      if (allStop) continue;
      const known = asLemma?.lemma ?? asWritten?.lemma;
      if (!known) continue;
      let written = toks[i].norm;
      for (let j = i + 1; j < i + len; j++) written += ` ${toks[j].norm}`;
      out.lists[out.count] = this.phraseCandidatesOf(written, known);
      out.written[out.count] = written;
      out.lens[out.count] = len;
      out.count++;
    }
  }

  /** Nodes for two- and three-word WordNet phrases starting at word token i ("keep up"). */
  private addPhraseNodes(i: number, to: number, leftId: number, capital: number, nodes: LatticeNode[]): void {
    const phrases = this.phrasesAt(i, to);
    for (let k = 0; k < phrases.count; k++) {
      const len = phrases.lens[k];
      const afterId = this.idAt(i + len, i, to);
      this.addReplacements(phrases.lists[k], phrases.written[k], i, len, leftId, afterId, capital, 0, nodes);
    }
  }

  /**
   * Nodes replacing tokens [i, i + len), written `written`, by each of its candidates seen next to
   * a neighbour; `perExtraWord` is charged for each word a candidate has beyond `len`.
   */
  private addReplacements(
    list: readonly CandidateIds[],
    written: string,
    i: number,
    len: number,
    leftId: number,
    afterId: number,
    capital: number,
    perExtraWord: number,
    nodes: LatticeNode[],
  ): void {
    const slm = this.sentenceLm;
    for (const c of list) {
      const lmSeen = slm !== null && slm.seen(c, i, len);
      if (slm && !lmSeen && this.options.lmRequireSeen && !c.learned) continue;
      const seenLeft = this.counts.pairCount(leftId, c.first);
      const seenRight = this.counts.pairCount(c.last, afterId);
      if (seenLeft === 0 && seenRight === 0 && !lmSeen) continue;
      if (c.text.replace(/-/g, ' ') === written) continue;
      const expand = perExtraWord * Math.max(0, c.words - len);
      nodes.push({
        start: i,
        end: i + len,
        first: c.first,
        last: c.last,
        inner: c.inner - this.changeCost - this.costOf(c) - capital - expand + this.lmTerm(c, i, len),
        leftScore: this.scorer.logPOfCount(leftId, c.first, seenLeft),
        rightScore: this.scorer.logPOfCount(c.last, afterId, seenRight),
        suggestion: c.text,
        lmSeen,
      });
    }
  }

  /** The news language model's terms for candidate c in place of tokens [i, i + len): its
   *  verdict on the words around (lmWeight) and the unigram frequency prior (lmFrequencyWeight). */
  private lmTerm(c: CandidateIds, i: number, len: number): number {
    const slm = this.sentenceLm;
    if (!slm) return 0;
    let term = 0;
    if (this.options.lmWeight) {
      const d = slm.delta(c, i, len);
      if (!Number.isNaN(d)) term += this.options.lmWeight * d;
    }
    if (this.options.lmFrequencyWeight && len === 1) {
      const r = slm.unigramRatio(c, i);
      if (!Number.isNaN(r)) term += this.options.lmFrequencyWeight * clampNats(r);
    }
    return term;
  }

  /** Nodes for learned multiword spun wording starting at token i ("not too long ago"). */
  private addLearnedPhraseNodes(
    i: number,
    to: number,
    leftId: number,
    capital: number,
    nodes: LatticeNode[],
  ): void {
    const toks = this.toks;
    let written = toks[i].norm;
    for (let len = 2; len <= MAX_LEARNED_WORDS && i + len <= to; len++) {
      const next = toks[i + len - 1];
      if (next.kind !== 'word') return;
      written += ` ${next.norm}`;
      if (!this.learned.originals(written)) continue;
      const list = this.phraseCandidatesOf(written, written);
      const afterId = this.idAt(i + len, i, to);
      this.addReplacements(list, written, i, len, leftId, afterId, capital, this.options.expandCost, nodes);
    }
  }

  /** True when the model has seen the candidate for token k next to a candidate for a
   *  neighbour (two swapped words in a row: "navy gear", "share level"). */
  private seenWithNeighbourCandidate(
    c: CandidateIds,
    before: readonly CandidateIds[] | null,
    after: readonly CandidateIds[] | null,
  ): boolean {
    const limit = Math.min(NEIGHBOUR_CANDIDATES, before?.length ?? 0);
    for (let j = 0; j < limit; j++) if (this.counts.pairCount(before![j].last, c.first) > 0) return true;
    const limitAfter = Math.min(NEIGHBOUR_CANDIDATES, after?.length ?? 0);
    for (let j = 0; j < limitAfter; j++) if (this.counts.pairCount(c.last, after![j].first) > 0) return true;
    return false;
  }

  /** The node keeping written token i, at position k of the lattice (a reused object). */
  private writtenNode(k: number, i: number, link: Float64Array): LatticeNode {
    const id = this.tokenIds[i];
    let node = this.writtenNodes[k];
    if (!node) {
      node = {
        start: 0,
        end: 0,
        first: 0,
        last: 0,
        inner: 0,
        leftScore: 0,
        rightScore: 0,
        suggestion: null,
        lmSeen: false,
      };
      this.writtenNodes[k] = node;
    }
    node.start = i;
    node.end = i + 1;
    node.first = id;
    node.last = id;
    node.leftScore = link[k];
    node.rightScore = link[k + 1];
    return node;
  }

  /** Fills `this.nodeLists` for the sentence [from, to); false when no word has a replacement. */
  private buildLattice(from: number, to: number): boolean {
    const toks = this.toks;
    const ids = this.tokenIds;
    const lattice = this.nodeLists;
    let replaceable = false;
    const { capitalCost, fitGate, topicWeight, frequencyWeight, expandCost } = this.options;
    const changeCost = this.changeCost;
    const vectors = this.vectors;
    const contextWeight = vectors ? this.options.contextWeight : 0;
    const rankWeight = vectors ? this.options.rankWeight : 0;
    // link[k]: log P of the written pair ending at token from + k (k = 0: after the sentence start,
    // k = to - from: before its end), computed once for the fit, the local gain and the Viterbi.
    if (this.link.length < to - from + 1) this.link = new Float64Array(2 * (to - from + 1));
    const link = this.link;
    for (let k = 0; k <= to - from; k++)
      link[k] = this.scorer.logP(
        k ? ids[from + k - 1] : this.startId,
        k < to - from ? ids[from + k] : this.endId,
      );
    const slm = this.sentenceLm;
    slm?.reset(toks, this.tokenLmIds, from, to);
    const lmFitGate = slm ? this.options.lmFitGate : Infinity;
    const lmRequireSeen = this.options.lmRequireSeen;
    // Candidate originals of every word that fits its context poorly.
    const hasLearned = this.learned.size > 0;
    const options = this.suspects;
    for (let i = from; i < to; i++) {
      const t = toks[i];
      const fit = link[i - from] + link[i - from + 1];
      // A word a spinner was seen writing is always a suspect, even a common one ("within").
      const suspect =
        (fit <= fitGate && eligible(t) && (lmFitGate === Infinity || slm!.writtenScoreAt(i) <= lmFitGate)) ||
        (hasLearned && t.kind === 'word' && this.entries[i]!.learned);
      options[i - from] = suspect ? this.wordCandidates(i) : null;
    }
    // Content words of the sentence, for the topic fit (listed on first use: most sentences
    // have no replacement close enough to need it).
    this.topic.reset(toks, this.entries, from, to);
    // Learned substitutions have article-dependent costs and phrase nodes of their own: not
    // bounded by DominanceCheck. Before the pair table has bounds (its first 100,000 lookups)
    // no candidate could be ruled out.
    const pruning = this.ruleOutDominated && !hasLearned && this.counts.pairBoundsReady();
    this.phraseBuffers[0].at = this.phraseBuffers[1].at = -1;
    for (let i = from; i < to; i++) {
      const t = toks[i];
      const leftId = this.idAt(i - 1, from, to);
      const rightId = this.idAt(i + 1, from, to);
      const nodes = lattice[i - from] ?? (lattice[i - from] = []);
      // Emptied down to the written node, not to 0 (which would drop the array's storage).
      if (nodes.length) {
        nodes.length = 1;
        nodes[0] = this.writtenNode(i - from, i, link);
      } else nodes.push(this.writtenNode(i - from, i, link));
      const opts = options[i - from];
      // Computed on first use: most positions have no candidate that survives the checks.
      let topicReady = false;
      let writtenTopic = 0;
      let writtenContext = NaN;
      const capital = t.cap && i > from ? capitalCost : 0;
      // The id of the written word itself (not <name>), for its frequency and topic fit.
      const normId = opts?.length ? this.entries[i]!.id : -1;
      const writtenCount = opts?.length ? Math.max(1, this.counts.count(normId)) : 1;
      const writtenRank = rankWeight && opts?.length ? vectors!.rank(normId) : NaN;
      const before = i > from ? options[i - 1 - from] : null;
      const after = i + 1 < to ? options[i + 1 - from] : null;
      if (opts?.length && pruning)
        this.dominance.at(lattice, i - from, i, ids[i], after, i + 1 < to ? this.phrasesAt(i + 1, to) : null);
      for (const c of opts ?? []) {
        // With the news LM: a candidate it never saw next to a written neighbour is not read
        // further (learned substitutions excepted).
        const lmSeen = slm !== null && slm.seen(c, i, 1);
        if (slm && !lmSeen && lmRequireSeen && !c.learned) continue;
        // Spinners reach for rarer words: a written word rarer than the candidate is more suspect.
        const ratio = Math.log(Math.max(1, this.counts.count(c.first)) / writtenCount);
        let frequency = frequencyWeight * clampNats(ratio);
        if (rankWeight && c.words === 1) {
          // News frequency: GloVe's order. Ranks are offset so the commonest words do not dominate.
          const rank = vectors!.rank(c.first);
          if (!Number.isNaN(rank) && !Number.isNaN(writtenRank))
            frequency += rankWeight * clampNats(Math.log((writtenRank + RANK_OFFSET) / (rank + RANK_OFFSET)));
        }
        const expand = expandCost * (c.words - 1);
        const base =
          c.inner - changeCost - this.costOf(c) - capital + frequency - expand + this.lmTerm(c, i, 1);
        if (pruning) {
          // Left out, unread, when it can be on no best path (see DominanceCheck); only where
          // its topic terms would not be computed either.
          const leftGain = this.scorer.logPBound(leftId, c.first) - link[i - from];
          const rightGain = this.scorer.logPBound(c.last, rightId) - link[i - from + 1];
          if (
            base + leftGain + rightGain <= -TOPIC_REACH - TOPIC_MARGIN &&
            this.dominance.dominated(c, base, leftGain, rightGain)
          ) {
            this.ruledOut++;
            continue;
          }
        }
        // Kept when the model has seen it next to a written neighbour, or next to a candidate
        // for a neighbour.
        const seenLeft = this.counts.pairCount(leftId, c.first);
        const seenRight = this.counts.pairCount(c.last, rightId);
        if (
          seenLeft === 0 &&
          seenRight === 0 &&
          !lmSeen &&
          !this.seenWithNeighbourCandidate(c, before, after)
        )
          continue;
        const leftScore = this.scorer.logPOfCount(leftId, c.first, seenLeft);
        const rightScore = this.scorer.logPOfCount(c.last, rightId, seenRight);
        // The topic fit (the costliest term) only for a replacement that could win: one whose
        // change beats the written word next to its written neighbours, give or take TOPIC_REACH.
        const local = leftScore + rightScore - link[i - from] - link[i - from + 1];
        let topic = 0;
        if ((topicWeight || contextWeight) && base + local > -TOPIC_REACH) {
          if (!topicReady) {
            topicReady = true;
            this.topic.around(i);
            if (topicWeight) writtenTopic = this.topic.fit(normId);
            if (contextWeight && vectors!.setContext(this.topic.contextIds, normId) > 0)
              writtenContext = vectors!.contextFit(normId);
          }
          if (topicWeight && this.topic.size) topic = topicWeight * (this.topic.fit(c.last) - writtenTopic);
          if (!Number.isNaN(writtenContext)) {
            const fit = vectors!.contextFit(c.last);
            if (!Number.isNaN(fit)) topic += contextWeight * (fit - writtenContext);
          }
        }
        nodes.push({
          start: i,
          end: i + 1,
          first: c.first,
          last: c.last,
          inner: base + topic,
          leftScore,
          rightScore,
          suggestion: c.text,
          lmSeen,
        });
      }
      if (t.kind === 'word') {
        this.addPhraseNodes(i, to, leftId, capital, nodes);
        if (this.entries[i]!.learnedPhraseStart) this.addLearnedPhraseNodes(i, to, leftId, capital, nodes);
      }
      if (nodes.length > 1) replaceable = true;
    }
    return replaceable;
  }

  /** Spun wording found in one sentence (tokens [from, to)). */
  private detectSentence(doc: Document, from: number, to: number): SpinFinding[] {
    if (to - from < 2) return [];
    if (!this.buildLattice(from, to)) return []; // nothing to replace
    const start: LatticeNode = {
      start: from,
      end: from,
      first: this.startId,
      last: this.startId,
      inner: 0,
      leftScore: 0,
      rightScore: 0,
      suggestion: null,
      lmSeen: false,
    };
    const path = bestPath(this.nodeLists, to - from, start, this.link, this.scorer);
    return this.findingsOf(doc, path);
  }

  private findingsOf(doc: Document, path: LatticeNode[]): SpinFinding[] {
    const out: SpinFinding[] = [];
    for (let p = 0; p < path.length; p++) {
      const node = path[p];
      if (node.suggestion === null) continue;
      const prevId = p > 0 ? path[p - 1].last : this.startId;
      const nextId = p + 1 < path.length ? path[p + 1].first : this.endId;
      const written: number[] = [];
      for (let i = node.start; i < node.end; i++) written.push(this.tokenIds[i]);
      const writtenScore =
        this.scorer.logP(prevId, written[0]) +
        this.lists.innerLogP(written) +
        this.scorer.logP(written[written.length - 1], nextId);
      const changedScore =
        this.scorer.logP(prevId, node.first) + node.inner + this.scorer.logP(node.last, nextId);
      const margin = changedScore - writtenScore;
      const evidence = this.counts.pairCount(prevId, node.first) + this.counts.pairCount(node.last, nextId);
      if (evidence < this.options.minEvidence && !node.lmSeen) continue;
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

  /** How much the article's vocabulary looks spun, 0 to 1 (see rareWordsWeight). */
  private rareWordsWeight(doc: Document): number {
    const toks = doc.tokens;
    return rareWordsWeight(
      toks.length,
      (i) => eligible(toks[i]) && !(toks[i].cap && i > 0 && toks[i - 1].sentence === toks[i].sentence),
      (i) => this.vectors!.rank(this.entries[i]!.id),
    );
  }

  detect(doc: Document): SpinFinding[] {
    this.learnedWeight = this.learned.size ? spunDensityWeight(this.learned, doc) : 0;
    this.prepare(doc);
    this.changeCost = this.options.changeCost;
    if (this.options.rareWordsBonus && this.vectors)
      this.changeCost -= this.options.rareWordsBonus * this.rareWordsWeight(doc);
    const out: SpinFinding[] = [];
    for (const s of doc.sentences) out.push(...this.detectSentence(doc, s.tokenStart, s.tokenEnd));
    this.toks = [];
    this.entries.length = 0;
    return out;
  }
}
