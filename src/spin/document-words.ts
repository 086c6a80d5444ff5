// The current document's tokens as the spin detector reads them: each distinct word looked up once
// per detector (model id, phrase-trie nodes, learned flags, news-LM id, candidate lists), each
// token once per document (its id in the counts and in the news LM).
import type { Document, DocToken } from '../text/document.js';
import { phraseStep, type PhraseNode } from './thesaurus.js';
import type { CandidateIds } from './candidate-lists.js';
import type { SubstitutionTable } from './learned.js';
import { NO_WORD } from './news-lm.js';
import {
  lmToken,
  NAME_TOKEN,
  NUMBER_TOKEN,
  SENTENCE_END,
  SENTENCE_START,
  type NgramCounts,
} from './model.js';

/** Distinct words whose lookups are kept, so memory stays bounded on any input. */
export const CACHE_LIMIT = 200_000;

/** What the detector needs to know of a written word, looked up once per distinct word. */
export interface WordEntry {
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
  /** The same with the originals offered only in articles that read as spun (see detect.ts). */
  spunCandidates: CandidateIds[] | null;
  /** Id of the word in the news language model (NO_WORD: unknown, or no model read). */
  lmId: number;
}

export class DocumentWords {
  readonly startId: number;
  readonly endId: number;
  private readonly nameId: number;
  private readonly numberId: number;
  private readonly words = new Map<string, WordEntry>();
  /** Count ids of punctuation tokens (a handful of distinct ones). */
  private readonly punctIds = new Map<string, number>();
  /** The current document's tokens, their ids in the counts (names inside a sentence share one
   *  id) and in the news LM, and the word entries of its words (null for other tokens). */
  toks: readonly DocToken[] = [];
  tokenIds = new Int32Array(0);
  tokenLmIds = new Int32Array(0);
  entries: Array<WordEntry | null> = [];

  constructor(
    private readonly counts: NgramCounts,
    private readonly learned: SubstitutionTable,
    /** The news-LM id of a written word (null: no LM read). */
    private readonly lmWordId: ((norm: string) => number) | null,
  ) {
    this.startId = counts.find(SENTENCE_START);
    this.endId = counts.find(SENTENCE_END);
    this.nameId = counts.find(NAME_TOKEN);
    this.numberId = counts.find(NUMBER_TOKEN);
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
      spunCandidates: null,
      lmId: this.lmWordId ? this.lmWordId(norm) : NO_WORD,
    };
    if (this.words.size < CACHE_LIMIT) this.words.set(norm, entry);
    return entry;
  }

  /** Looks up every token of the document once. */
  prepare(doc: Document): void {
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

  /** Lets the document go (the detector keeps no text between documents). */
  release(): void {
    this.toks = [];
    this.entries.length = 0;
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
  idAt(i: number, from: number, to: number): number {
    return i < from ? this.startId : i >= to ? this.endId : this.tokenIds[i];
  }
}
