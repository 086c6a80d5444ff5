// Per-article analysis on demand (spin findings, figures, statements; the text with the likely
// original wording put back). The analyzers are loaded dynamically so the server still works in a
// build without them; a failing analyzer yields null.
import type { Article } from '../model.js';
import type { StoredArticle } from '../store/store.js';
import type { FigureItem, SpinItem, SpinVerdictItem, StatementFields, StatementItem } from './types.js';

interface Doc {
  text: string;
}
type SpinFn = (doc: Doc) => { spin: SpinItem[]; figures: FigureItem[]; verdict?: SpinVerdictItem };
type StatementsFn = (doc: Doc) => StatementItem[];
type BuildFn = (a: Article) => Doc;
type RestoreFn = (doc: Doc, spin: SpinItem[]) => string;

export interface Analysis {
  spin: SpinItem[] | null;
  spin_verdict: SpinVerdictItem | null;
  figures: FigureItem[] | null;
  statements: StatementItem[] | null;
}

// Specifiers held in variables: the modules may be absent from a build, so they are not
// resolved at compile time.
const SPIN_MODULE = '../spin/index.js';
const ATTRIBUTION_MODULE = '../attribution/index.js';
const DOCUMENT_MODULE = '../text/document.js';

async function load<T>(spec: string, name: string): Promise<T | null> {
  try {
    const mod = (await import(spec)) as Record<string, unknown>;
    return typeof mod[name] === 'function' ? (mod[name] as T) : null;
  } catch {
    return null;
  }
}

export class Analyzer {
  private loaded: Promise<{
    build: BuildFn | null;
    spin: SpinFn | null;
    statements: StatementsFn | null;
    restore: RestoreFn | null;
  }> | null = null;
  private cache = new Map<number, Analysis>();

  constructor(private readonly maxCached = 200) {}

  private modules() {
    this.loaded ??= Promise.all([
      load<BuildFn>(DOCUMENT_MODULE, 'buildDocument'),
      load<SpinFn>(SPIN_MODULE, 'analyzeSpin'),
      load<StatementsFn>(ATTRIBUTION_MODULE, 'extractStatements'),
      load<RestoreFn>(SPIN_MODULE, 'restoreText'),
    ]).then(([build, spin, statements, restore]) => ({ build, spin, statements, restore }));
    return this.loaded;
  }

  async available(): Promise<{ spin: boolean; statements: boolean }> {
    const m = await this.modules();
    return { spin: !!(m.build && m.spin), statements: !!(m.build && m.statements) };
  }

  /** A stored article's analysis (the latest few are cached by key). */
  async analyze(article: StoredArticle): Promise<Analysis> {
    const hit = this.cache.get(article.key);
    if (hit) return hit;
    const out = (await this.run(article, String(article.key))).analysis;
    if (this.cache.size >= this.maxCached) this.cache.delete(this.cache.keys().next().value as number);
    this.cache.set(article.key, out);
    return out;
  }

  /** An article that is not stored (POST /api/analyze), with its restored text. */
  async analyzeText(article: Article): Promise<Analysis & { restored: string | null }> {
    const { analysis, doc } = await this.run(article, 'a posted article');
    const m = await this.modules();
    const restored = doc && analysis.spin && m.restore ? m.restore(doc, analysis.spin) : null;
    return { ...analysis, restored };
  }

  private async run(article: Article, label: string): Promise<{ analysis: Analysis; doc: Doc | null }> {
    const m = await this.modules();
    const out: Analysis = { spin: null, spin_verdict: null, figures: null, statements: null };
    if (!m.build) return { analysis: out, doc: null };
    const doc = m.build(article);
    if (m.spin) {
      try {
        const r = m.spin(doc);
        out.spin = r.spin.map(({ text, start, end, suggestion, confidence }) => ({
          text,
          start,
          end,
          suggestion,
          confidence,
        }));
        if (r.verdict) {
          const { reads_spun, findings, distinct, words, per_1000_words } = r.verdict;
          out.spin_verdict = { reads_spun, findings, distinct, words, per_1000_words };
        }
        out.figures = r.figures.map(({ text, start, end, value, malformed }) => ({
          text,
          start,
          end,
          value,
          malformed,
        }));
      } catch (e) {
        process.stderr.write(`unspin serve: spin analysis failed for ${label}: ${(e as Error).message}\n`);
      }
    }
    if (m.statements) {
      try {
        out.statements = m.statements(doc).map((s) => ({
          ...statementItem(s),
          nested: s.nested.map(statementItem),
        }));
      } catch (e) {
        process.stderr.write(
          `unspin serve: statement extraction failed for ${label}: ${(e as Error).message}\n`,
        );
      }
    }
    return { analysis: out, doc };
  }
}

/** The fields a statement is served with, copied one by one (nothing else the extractor attaches). */
function statementItem(s: StatementFields): StatementFields {
  const { speaker, speaker_name, cue, content, type, stance, addressee } = s;
  return {
    speaker,
    speaker_name,
    cue,
    content: content.fragments?.length
      ? {
          start: content.start,
          end: content.end,
          text: content.text,
          fragments: content.fragments.map(({ start, end, text }) => ({ start, end, text })),
        }
      : { start: content.start, end: content.end, text: content.text },
    type,
    stance,
    addressee,
  };
}
