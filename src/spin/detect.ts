// Detecting and restoring spun wording in one sentence at a time. Each word (and each 2-3 word
// WordNet phrase) may stay as written or be replaced by one of its candidate originals; a bigram
// language model scores every path through these choices, each replacement pays a fixed cost, and
// the best path (Viterbi over the lattice) names the replaced spans and their likely originals.
// An article that reads as spun (article-evidence.ts) is read a second time with a lower change
// cost, and the sentences holding a swap it repeats a third time (repeated-swaps.ts). The
// document's tokens and word entries are in document-words.ts, its WordNet phrases in phrases.ts,
// the findings of a best path in path-findings.ts; the lattice building stays in one class (about
// 600 lines, on purpose): it is the hot path of `analyze`, and its steps share per-sentence state
// (reused node lists, written-pair scores, the LM's view of the sentence) that splitting it would
// pass around on every call.
import type { Document } from '../text/document.js';
import { CandidateLists, type CandidateIds } from './candidate-lists.js';
import { AssociationScorer, eligible } from './scoring.js';
import { SubstitutionTable, MAX_LEARNED_WORDS, spunDensityWeight } from './learned.js';
import { DEFAULT_DETECT_OPTIONS, type DetectOptions, type SpinFinding } from './options.js';
import { bestPath, type LatticeNode } from './lattice.js';
import { JointLmPairs } from './joint-pairs.js';
import { TopicContext } from './topic-context.js';
import { DominanceCheck } from './dominance.js';
import { WrittenPhrases } from './phrases.js';
import { SentenceLm } from './lm-context.js';
import { NO_WORD, shippedNewsLm } from './news-lm.js';
import type { NgramCounts } from './model.js';
import { DocumentWords } from './document-words.js';
import { SpunArticleEvidence } from './article-evidence.js';
import { spinVerdict, VERDICT_LENGTH_PRIOR, VERDICT_MIN_DISTINCT } from './verdict.js';
import { findingsOfPath, type PathContext } from './path-findings.js';
import { RepeatedSwaps } from './repeated-swaps.js';
import { agreementWants, disagreementEvidence, opensWithVowelSound } from './article-agreement.js';

export type { SpinFinding, DetectOptions } from './options.js';
export { DEFAULT_DETECT_OPTIONS } from './options.js';

const MAX_FREQUENCY_NATS = 6;
const clampNats = (x: number): number => Math.max(-MAX_FREQUENCY_NATS, Math.min(MAX_FREQUENCY_NATS, x));

/** Candidates of a neighbouring word tried when checking for two swapped words in a row. */
const NEIGHBOUR_CANDIDATES = 4;

/** How spun an article must read (SpunArticleEvidence.weight) for the Moby originals to be
 *  offered: they are many, and in plain prose they trade common words for each other. */
const SPUN_MOBY_WEIGHT = 0.5;

/** Nats by which a replacement may trail the written word before its topic fit is computed. */
const TOPIC_REACH = 6;

/** Slack for rounding in the topic-reach comparison when it is decided from bounds. */
const TOPIC_MARGIN = 1e-6;

export class SpinDetector {
  private readonly scorer: AssociationScorer;
  private readonly lists: CandidateLists;
  private readonly spunLists: CandidateLists | null;
  /** Candidates of the current pass come from spunLists (an article that reads clearly spun). */
  private spunPass = false;
  /** The current pass counts the article's evidence of spin (the first pass). */
  private observing = false;
  private readonly startId: number;
  private readonly endId: number;
  /** The current document's tokens with their ids and word entries. */
  private readonly written: DocumentWords;
  /** The current document's WordNet phrases and the candidate lists of written phrases. */
  private readonly phrases: WrittenPhrases;
  /** Scratch: written-pair scores of the current sentence (see buildLattice). */
  private link = new Float64Array(256);
  private readonly topic: TopicContext;
  /** The dominance check of the current reading (with the joint term when it is read). */
  private dominance: DominanceCheck;
  /** The dominance checks without and with the joint term (joint: null when never read). */
  private readonly plainDominance: DominanceCheck;
  private readonly jointDominance: DominanceCheck | null;
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
  /** The extra cost of a capitalised word inside a sentence in the current reading. */
  private capitalCost: number;
  /** The fit gate of the current reading (options.fitGate; spunFitGate in a reading as spun). */
  private fitGate: number;
  /** Leave out replacements that can be on no best path (DominanceCheck): the same findings,
   *  fewer pair-table reads. Off only to check that claim (tests). */
  ruleOutDominated = true;
  /** Replacements left out so far by that check. */
  ruledOut = 0;
  /** Whether the current article reads as spun (see article-evidence.ts). */
  private readonly evidence: SpunArticleEvidence;
  /** What a path's findings are read against (path-findings.ts). */
  private readonly pathContext: PathContext;
  /** The news language model's view of the current sentence, when the options read it. */
  private readonly sentenceLm: SentenceLm | null;
  /** Two replacements in a row scored together by the news LM in the current reading
   *  (options.spunJointPairs, in a reading as spun), or null. */
  private jointPairs: JointLmPairs | null;
  /** By token of the current article: 1 where an "an" before it wants a vowel sound, 2 where an
   *  "a" wants a consonant, 0 elsewhere (article-agreement.ts: the written word disagrees). */
  private agreement: Uint8Array = new Uint8Array(0);
  /** Swaps seen several times in the current article (repeated-swaps.ts). */
  private readonly repeated = new RepeatedSwaps();
  /** The current reading records the article's swaps (the reading as spun). */
  private recordingSwaps = false;
  /** Nats given back to a claimed swap in the current reading (0: none claimed). */
  private claimedBonus = 0;
  /** The joint term, when some reading uses it. */
  private readonly jointLm: JointLmPairs | null;
  constructor(
    readonly counts: NgramCounts,
    readonly options: DetectOptions = DEFAULT_DETECT_OPTIONS,
    readonly learned: SubstitutionTable = new SubstitutionTable(),
  ) {
    this.scorer = new AssociationScorer(counts, options.smoothing);
    this.changeCost = options.changeCost;
    this.capitalCost = options.capitalCost;
    this.fitGate = options.fitGate;
    this.lists = new CandidateLists(counts, this.scorer, options, learned);
    this.spunLists = options.spunMobyCandidates
      ? new CandidateLists(
          counts,
          this.scorer,
          {
            ...options,
            mobyCandidates: options.spunMobyCandidates,
            maxCandidates: Math.max(options.maxCandidates, options.spunMaxCandidates),
          },
          learned,
        )
      : null;
    this.topic = new TopicContext(this.scorer);
    const lm = options.lmWeight !== 0 ? shippedNewsLm() : null;
    const slm = (this.sentenceLm = lm ? new SentenceLm(lm) : null);
    this.jointLm =
      slm && options.lmWeight > 0 && options.spunJointPairs ? new JointLmPairs(slm, options.lmWeight) : null;
    this.jointPairs = null;
    this.plainDominance = new DominanceCheck(this.scorer, null);
    this.jointDominance = this.jointLm ? new DominanceCheck(this.scorer, this.jointLm) : null;
    this.dominance = this.plainDominance;
    this.written = new DocumentWords(counts, learned, slm ? (norm) => slm.wordId(norm) : null);
    this.startId = this.written.startId;
    this.endId = this.written.endId;
    this.evidence = new SpunArticleEvidence(options);
    this.phrases = new WrittenPhrases(this.written, this.lists);
    this.pathContext = {
      scorer: this.scorer,
      counts,
      options,
      minConfidence: options.minConfidence,
      innerLogP: (ids) => this.lists.innerLogP(ids),
      written: this.written,
      joint: this.jointPairs,
    };
  }

  /** Candidates of word token i (its lemma follows from the written word). */
  private wordCandidates(i: number): CandidateIds[] {
    const entry = this.written.entries[i]!;
    if (this.spunPass && this.spunLists) {
      entry.spunCandidates ??= this.spunLists.build(
        this.written.toks[i].norm,
        this.written.toks[i].lemma,
        entry.id,
      );
      return entry.spunCandidates;
    }
    entry.candidates ??= this.lists.build(this.written.toks[i].norm, this.written.toks[i].lemma, entry.id);
    return entry.candidates;
  }

  /** A candidate's relation cost; learned substitutions earn their bonus in spun-looking articles. */
  private costOf(c: CandidateIds): number {
    return c.learned ? c.cost - this.options.learnedBonus * this.learnedWeight : c.cost;
  }

  /** Nodes for two- and three-word WordNet phrases starting at word token i ("keep up"). */
  private addPhraseNodes(i: number, to: number, leftId: number, capital: number, nodes: LatticeNode[]): void {
    const phrases = this.phrases.at(i, to);
    for (let k = 0; k < phrases.count; k++) {
      const len = phrases.lens[k];
      const afterId = this.written.idAt(i + len, i, to);
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
      const seenLeft = this.counts.pairCount(leftId, c.first);
      const seenRight = this.counts.pairCount(c.last, afterId);
      if (seenLeft === 0 && seenRight === 0 && !lmSeen) continue;
      if (c.text.replace(/-/g, ' ') === written) continue;
      // Never the word written next to it ("economic" for "financial" in "economic financial").
      if (c.first === leftId || c.last === afterId) continue;
      const expand = perExtraWord * Math.max(0, c.words - len);
      const lm = this.lmTerm(c, i, len);
      nodes.push({
        start: i,
        end: i + len,
        first: c.first,
        last: c.last,
        inner: c.inner - this.changeCost - this.costOf(c) - capital - expand + lm,
        leftScore: this.scorer.logPOfCount(leftId, c.first, seenLeft),
        rightScore: this.scorer.logPOfCount(c.last, afterId, seenRight),
        suggestion: c.text,
        lmSeen,
        lmWord: NO_WORD,
        lmLeft: NaN,
        lmRight: NaN,
      });
    }
  }

  /** The news language model's verdict (weighted by lmWeight) on the words around candidate c
   *  in place of tokens [i, i + len). */
  private lmTerm(c: CandidateIds, i: number, len: number): number {
    const slm = this.sentenceLm;
    if (!slm || !this.options.lmWeight) return 0;
    const d = slm.delta(c, i, len);
    return Number.isNaN(d) ? 0 : this.options.lmWeight * d;
  }

  /** Nodes for learned multiword spun wording starting at token i ("not too long ago"). */
  private addLearnedPhraseNodes(
    i: number,
    to: number,
    leftId: number,
    capital: number,
    nodes: LatticeNode[],
  ): void {
    const toks = this.written.toks;
    let written = toks[i].norm;
    for (let len = 2; len <= MAX_LEARNED_WORDS && i + len <= to; len++) {
      const next = toks[i + len - 1];
      if (next.kind !== 'word') return;
      written += ` ${next.norm}`;
      if (!this.learned.originals(written)) continue;
      const list = this.phrases.candidatesOf(written, written);
      const afterId = this.written.idAt(i + len, i, to);
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
    const id = this.written.tokenIds[i];
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
        lmWord: NO_WORD,
        lmLeft: NaN,
        lmRight: NaN,
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
    const toks = this.written.toks;
    const ids = this.written.tokenIds;
    const lattice = this.nodeLists;
    let replaceable = false;
    const { topicWeight, frequencyWeight, expandCost } = this.options;
    const fitGate = this.fitGate;
    const changeCost = this.changeCost;
    const capitalCost = this.capitalCost;
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
    slm?.reset(toks, this.written.tokenLmIds, from, to);
    const observing = this.observing;
    // Candidate originals of every word that fits its context poorly.
    const hasLearned = this.learned.size > 0;
    const options = this.suspects;
    for (let i = from; i < to; i++) {
      const t = toks[i];
      const fit = link[i - from] + link[i - from + 1];
      // A word a spinner was seen writing is always a suspect, even a common one ("within").
      const suspect =
        (fit <= fitGate && eligible(t)) ||
        (hasLearned && t.kind === 'word' && this.written.entries[i]!.learned) ||
        this.agreement[i] !== 0;
      options[i - from] = suspect ? this.wordCandidates(i) : null;
    }
    // Content words of the sentence, for the topic fit (listed on first use: most sentences
    // have no replacement close enough to need it).
    this.topic.reset(toks, this.written.entries, from, to);
    // Learned substitutions have article-dependent costs and phrase nodes of their own: not
    // bounded by DominanceCheck. Before the pair table has bounds (its first 100,000 lookups)
    // no candidate could be ruled out.
    const pruning = this.ruleOutDominated && !hasLearned && this.counts.pairBoundsReady();
    this.phrases.reset();
    for (let i = from; i < to; i++) {
      const t = toks[i];
      const leftId = this.written.idAt(i - 1, from, to);
      const rightId = this.written.idAt(i + 1, from, to);
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
      const capital = t.cap && i > from ? capitalCost : 0;
      // The id of the written word itself (not <name>), for its frequency and topic fit.
      const normId = opts?.length ? this.written.entries[i]!.id : -1;
      const writtenCount = opts?.length ? Math.max(1, this.counts.count(normId)) : 1;
      const before = i > from ? options[i - 1 - from] : null;
      const after = i + 1 < to ? options[i + 1 - from] : null;
      if (opts?.length && pruning && this.agreement[i] === 0)
        this.dominance.at(
          lattice,
          i - from,
          i,
          ids[i],
          after,
          i + 1 < to ? this.phrases.at(i + 1, to) : null,
        );
      const wanted = this.agreement[i];
      for (const c of opts ?? []) {
        // Never the word written next to it ("economic" for "financial" in "economic financial").
        if (c.first === leftId || c.last === rightId) continue;
        // After an article the written word disagrees with, only an original that agrees.
        if (wanted !== 0 && opensWithVowelSound(c.text) !== (wanted === 1)) continue;
        const lmSeen = slm !== null && slm.seen(c, i, 1);
        // Spinners reach for rarer words: a written word rarer than the candidate is more suspect.
        const ratio = Math.log(Math.max(1, this.counts.count(c.first)) / writtenCount);
        const frequency = frequencyWeight * clampNats(ratio);
        const expand = expandCost * (c.words - 1);
        let base =
          c.inner - changeCost - this.costOf(c) - capital + frequency - expand + this.lmTerm(c, i, 1);
        if (this.claimedBonus > 0 && this.repeated.claims(t.norm, c.text)) base += this.claimedBonus;
        if (wanted !== 0) base += this.options.agreementBonus;
        // Its LM word, when it may be scored together with a replacement next to it.
        const lmWord = this.jointPairs ? slm!.oneWordId(c) : NO_WORD;
        if (pruning && wanted === 0) {
          // Left out, unread, when it can be on no best path (see DominanceCheck); only where
          // its topic terms would not be computed either.
          const leftGain = this.scorer.logPBound(leftId, c.first) - link[i - from];
          const rightGain = this.scorer.logPBound(c.last, rightId) - link[i - from + 1];
          if (
            base + leftGain + rightGain <= -TOPIC_REACH - TOPIC_MARGIN &&
            this.dominance.dominated(c, base, leftGain, rightGain, lmWord)
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
        if (topicWeight && base + local > -TOPIC_REACH) {
          if (!topicReady) {
            topicReady = true;
            this.topic.around(i);
            writtenTopic = this.topic.fit(normId);
          }
          if (this.topic.size) topic = topicWeight * (this.topic.fit(c.last) - writtenTopic);
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
          lmWord,
          lmLeft: NaN,
          lmRight: NaN,
        });
      }
      if (t.kind === 'word') {
        this.addPhraseNodes(i, to, leftId, capital, nodes);
        if (this.written.entries[i]!.learnedPhraseStart)
          this.addLearnedPhraseNodes(i, to, leftId, capital, nodes);
      }
      if (nodes.length > 1) replaceable = true;
      if (observing && nodes.length > 1)
        this.evidence.observe(nodes, i, changeCost, link[i - from], link[i - from + 1]);
      if (this.recordingSwaps && nodes.length > 1 && t.kind === 'word')
        this.repeated.observe(
          nodes,
          i,
          t.norm,
          changeCost,
          link[i - from],
          link[i - from + 1],
          // Replacements ruled out unread (DominanceCheck) gain at most this.
          changeCost - TOPIC_REACH,
        );
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
      lmWord: NO_WORD,
      lmLeft: NaN,
      lmRight: NaN,
    };
    const path = bestPath(this.nodeLists, to - from, start, this.link, this.scorer, this.jointPairs);
    return findingsOfPath(doc, path, this.pathContext);
  }

  /** Spun wording of each of the document's sentences, under the current change cost and
   *  candidates; only the sentences `only` holds when given. */
  private detectSentences(doc: Document, only?: ReadonlySet<number>): SpinFinding[][] {
    const out: SpinFinding[][] = [];
    for (let k = 0; k < doc.sentences.length; k++) {
      const s = doc.sentences[k];
      out.push(only && !only.has(k) ? [] : this.detectSentence(doc, s.tokenStart, s.tokenEnd));
      // The first reading of an article already known to read fully spun is not needed.
      if (this.observing && this.evidence.full()) break;
    }
    return out;
  }

  /** Reads again, at a small cost each, the sentences holding a swap the article repeats
   *  (repeated-swaps.ts), replacing their findings in `perSentence`. */
  private readClaimedSwaps(doc: Document, perSentence: SpinFinding[][]): void {
    this.recordingSwaps = false;
    const words = this.repeated.decide(
      this.changeCost,
      this.options.repeatedMinCount,
      this.changeCost + this.options.repeatedMaxOverCost,
    );
    if (!words.size) return;
    const only = new Set<number>();
    const toks = this.written.toks;
    for (let k = 0; k < doc.sentences.length; k++) {
      const s = doc.sentences[k];
      for (let i = s.tokenStart; i < s.tokenEnd; i++)
        if (toks[i].kind === 'word' && words.has(toks[i].norm)) {
          only.add(k);
          break;
        }
    }
    this.claimedBonus = Math.max(0, this.changeCost - this.options.repeatedTokenCost);
    const again = this.detectSentences(doc, only);
    this.claimedBonus = 0;
    for (const k of only) perSentence[k] = again[k];
  }

  /** Reads (or not) two replacements in a row together from now on. */
  private useJointPairs(joint: JointLmPairs | null): void {
    this.jointPairs = joint;
    this.pathContext.joint = joint;
    this.dominance = joint ? this.jointDominance! : this.plainDominance;
  }

  /** How spun the article reads from the first reading's findings (spunFindingsLow/High). */
  private findingsWeight(doc: Document, perSentence: readonly SpinFinding[][]): number {
    const { spunFindingsLow: low, spunFindingsHigh: high } = this.options;
    if (!(high > low && low > 0)) return 0;
    const verdict = spinVerdict(doc, perSentence.flat(), this.evidence.words);
    if (verdict.distinct < VERDICT_MIN_DISTINCT) return 0;
    const rate = (1000 * verdict.findings) / (verdict.words + VERDICT_LENGTH_PRIOR);
    return Math.max(0, Math.min(1, (rate - low) / (high - low)));
  }

  /** Spun wording of `doc`; `garbledFigures` (figures.ts garbledFigureCount) is evidence that
   *  the article was machine-rewritten, as are articles that disagree with the word after them
   *  (article-agreement.ts), which the detector reads itself. */
  detect(doc: Document, garbledFigures = 0): SpinFinding[] {
    this.learnedWeight = this.learned.size ? spunDensityWeight(this.learned, doc) : 0;
    this.written.prepare(doc);
    this.agreement = agreementWants(doc);
    this.changeCost = this.options.changeCost;
    // Not with learned substitutions: their own article-level weight (spunDensityWeight) already
    // sets their operating point, and the two together went over 0.5 false findings / 1,000 words.
    const spunArticleBonus = this.learned.size ? 0 : this.options.spunArticleBonus;
    this.observing = spunArticleBonus > 0;
    this.evidence.reset();
    if (this.observing) this.evidence.count(doc, garbledFigures + disagreementEvidence(this.agreement));
    let perSentence = this.detectSentences(doc);
    this.observing = false;
    // An article that reads as spun is read again with a lower change cost (and, when it reads
    // clearly spun, with the Moby originals too).
    const spun =
      spunArticleBonus > 0 ? Math.max(this.evidence.weight(), this.findingsWeight(doc, perSentence)) : 0;
    const baseCost = this.changeCost;
    if (spun > 0) {
      this.changeCost = baseCost - spunArticleBonus * spun;
      const { capitalCost, spunCapitalCost } = this.options;
      this.capitalCost = capitalCost - (capitalCost - spunCapitalCost) * spun;
      const { minConfidence, spunMinConfidence } = this.options;
      // Never above minConfidence (options that lower it keep it).
      this.pathContext.minConfidence = minConfidence - Math.max(0, minConfidence - spunMinConfidence) * spun;
      const { fitGate, spunFitGate } = this.options;
      this.fitGate = fitGate + Math.max(0, spunFitGate - fitGate) * spun;
      this.spunPass = spun >= SPUN_MOBY_WEIGHT;
      // Only where the article reads clearly spun: a reading as spun with the joint term costs
      // about twice one without it, and the clean articles that read a little spun would pay it.
      if (this.options.spunJointPairs && this.spunPass) this.useJointPairs(this.jointLm);
      this.recordingSwaps = this.options.repeatedSwaps && this.spunPass;
      this.repeated.reset();
      perSentence = this.detectSentences(doc);
      if (this.recordingSwaps) this.readClaimedSwaps(doc, perSentence);
      this.recordingSwaps = false;
      this.useJointPairs(null);
      this.spunPass = false;
      this.capitalCost = capitalCost;
      this.fitGate = fitGate;
      this.pathContext.minConfidence = minConfidence;
    }
    this.changeCost = baseCost;
    const out = perSentence.flat();
    this.written.release();
    return out;
  }
}
