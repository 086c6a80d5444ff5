// The content words around a word of a sentence, for the topic fit of its candidate originals
// (TOPIC_WINDOW content words on each side). The sentence's content words are listed on first
// use: most sentences have no replacement close enough to winning to need them.
import type { DocToken } from '../text/document.js';
import { isTopicWord, TOPIC_WINDOW } from './model.js';
import type { AssociationScorer } from './scoring.js';

export class TopicContext {
  private toks: readonly DocToken[] = [];
  private ids: ReadonlyArray<{ id: number } | null> = [];
  private from = 0;
  private to = 0;
  private listed = false;
  /** The sentence's content words: token index and model id. */
  private readonly contentAt: number[] = [];
  private readonly contentId: number[] = [];
  /** The context of the word last given to `around`. */
  private readonly context: number[] = [];

  constructor(private readonly scorer: AssociationScorer) {}

  /** Starts a sentence, tokens [from, to); `words[i]` holds the model id of word token i. */
  reset(
    toks: readonly DocToken[],
    words: ReadonlyArray<{ id: number } | null>,
    from: number,
    to: number,
  ): void {
    this.toks = toks;
    this.ids = words;
    this.from = from;
    this.to = to;
    this.listed = false;
  }

  private list(): void {
    this.listed = true;
    this.contentAt.length = 0;
    this.contentId.length = 0;
    for (let j = this.from; j < this.to; j++) {
      const t = this.toks[j];
      const name = t.cap && j > this.from;
      if (isTopicWord(t.norm, t.kind, name)) {
        this.contentAt.push(j);
        this.contentId.push(this.ids[j]!.id);
      }
    }
  }

  /** Makes the context that of token i: the content words before and after it. */
  around(i: number): void {
    if (!this.listed) this.list();
    const at = this.contentAt;
    let k = 0;
    while (k < at.length && at[k] < i) k++;
    const out = this.context;
    out.length = 0;
    for (let j = Math.max(0, k - TOPIC_WINDOW); j < k; j++) out.push(this.contentId[j]);
    const after = k < at.length && at[k] === i ? k + 1 : k;
    for (let j = after; j < Math.min(at.length, after + TOPIC_WINDOW); j++) out.push(this.contentId[j]);
  }

  /** Model ids of the current context's content words. */
  get contextIds(): readonly number[] {
    return this.context;
  }

  get size(): number {
    return this.context.length;
  }

  /** Topic fit of word `id` with the current context. */
  fit(id: number): number {
    return this.scorer.topicFit(id, this.context);
  }
}
