// What the spin detector reports (SpinFinding) and the knobs that set its operating point.

export interface SpinFinding {
  text: string;
  start: number;
  end: number;
  suggestion: string;
  confidence: number;
}

export interface DetectOptions {
  /** Cost (nats) of claiming that a word was spun. Higher: fewer, surer findings. */
  changeCost: number;
  /** Extra cost for a capitalised word (names are rarely thesaurus words). */
  capitalCost: number;
  /** Pseudo-count added to observed and expected pair counts (shrinks association scores to 0). */
  smoothing: number;
  /** Findings below this confidence are not reported. */
  minConfidence: number;
  /** Candidates kept per word, most frequent first. */
  maxCandidates: number;
  /** Weight of log(synonyms of the original): a spinner picks one of them, so words with many
   *  synonyms are less likely to have produced this particular one. */
  channelWeight: number;
  /** A finding needs the suggestion seen next to a neighbour at least this often in the model. */
  minEvidence: number;
  /** Weight of log(count of candidate / count of written word), clamped to ±MAX_FREQUENCY_NATS. */
  frequencyWeight: number;
  /** Cost per nat of a candidate being rarer than the most common candidate for the same word. */
  rarityWeight: number;
  /** A word whose association with its two neighbours already sums above this is left alone. */
  fitGate: number;
  /** Extra cost per extra word when one written word is replaced by a phrase ("latest" → "in
   *  vogue"): spinners mostly write longer phrases for shorter originals, rarely the reverse. */
  expandCost: number;
  /** Weight of the topic fit: how much better the candidate than the written word co-occurs with
   *  the content words around it (within TOPIC_WINDOW content words), summed association. */
  topicWeight: number;
  /** Nats taken off the cost of a substitution learned from traced spun copies: a spinner was
   *  seen writing this for that, which a thesaurus relation alone does not show. */
  learnedBonus: number;
}

export const DEFAULT_DETECT_OPTIONS: DetectOptions = {
  changeCost: 5,
  capitalCost: 5,
  smoothing: 2,
  minConfidence: 0.85,
  maxCandidates: 8,
  channelWeight: 0.5,
  minEvidence: 1,
  fitGate: 2,
  rarityWeight: 0.3,
  frequencyWeight: 0.8,
  expandCost: 1.5,
  topicWeight: 0.7,
  learnedBonus: 8,
};
