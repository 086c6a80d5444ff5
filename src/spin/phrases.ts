// The multiword wording of the current document that may have been spun as a unit: two- and
// three-word WordNet phrases as written ("keep up", "short lived"), found once per token, and
// the candidate lists of written phrases, made once per detector.
import { phraseStep } from './thesaurus.js';
import type { CandidateIds, CandidateLists } from './candidate-lists.js';
import { PhraseLists } from './dominance.js';
import { CACHE_LIMIT, type DocumentWords } from './document-words.js';

export class WrittenPhrases {
  private readonly candidates = new Map<string, CandidateIds[]>();
  /** Phrases starting at the current token and the next (see at). */
  private readonly buffers: [PhraseLists, PhraseLists] = [new PhraseLists(), new PhraseLists()];

  constructor(
    private readonly written: DocumentWords,
    private readonly lists: CandidateLists,
  ) {}

  /** Candidates of a written phrase (lemma `lemma` when first met). */
  candidatesOf(written: string, lemma: string): CandidateIds[] {
    let list = this.candidates.get(written);
    if (!list) {
      list = this.lists.build(written, lemma);
      if (this.candidates.size < CACHE_LIMIT) this.candidates.set(written, list);
    }
    return list;
  }

  /** Forgets the phrases found so far (a new sentence). */
  reset(): void {
    this.buffers[0].at = this.buffers[1].at = -1;
  }

  /** The WordNet phrases starting at token i (< to) with their candidate lists, found once per
   *  token: for the dominance check of the token before and for the token's own nodes. */
  at(i: number, to: number): PhraseLists {
    const a = this.buffers[0];
    const b = this.buffers[1];
    if (a.at === i) return a;
    if (b.at === i) return b;
    const out = a.at < b.at ? a : b; // the older one
    this.collect(i, to, out);
    return out;
  }

  /** Two- and three-word WordNet phrases starting at token i ("keep up"), into `out`. */
  private collect(i: number, to: number, out: PhraseLists): void {
    out.at = i;
    out.count = 0;
    const toks = this.written.toks;
    if (toks[i].kind !== 'word') return;
    const entry = this.written.entries[i]!;
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
      out.lists[out.count] = this.candidatesOf(written, known);
      out.written[out.count] = written;
      out.lens[out.count] = len;
      out.count++;
    }
  }
}
