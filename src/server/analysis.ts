// Per-article analysis on demand (spin findings, figures, statements). The analyzers are loaded
// dynamically so the server still works in a build without them; a failing analyzer yields null.
import type { StoredArticle } from '../store/store.js';
import type { FigureItem, SpinItem, StatementItem } from './types.js';

interface Doc {
  text: string;
}
type SpinFn = (doc: Doc) => { spin: SpinItem[]; figures: FigureItem[] };
type StatementsFn = (doc: Doc) => StatementItem[];
type BuildFn = (a: StoredArticle) => Doc;

export interface Analysis {
  spin: SpinItem[] | null;
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
  }> | null = null;
  private cache = new Map<number, Analysis>();

  constructor(private readonly maxCached = 200) {}

  private modules() {
    this.loaded ??= Promise.all([
      load<BuildFn>(DOCUMENT_MODULE, 'buildDocument'),
      load<SpinFn>(SPIN_MODULE, 'analyzeSpin'),
      load<StatementsFn>(ATTRIBUTION_MODULE, 'extractStatements'),
    ]).then(([build, spin, statements]) => ({ build, spin, statements }));
    return this.loaded;
  }

  async available(): Promise<{ spin: boolean; statements: boolean }> {
    const m = await this.modules();
    return { spin: !!(m.build && m.spin), statements: !!(m.build && m.statements) };
  }

  async analyze(article: StoredArticle): Promise<Analysis> {
    const hit = this.cache.get(article.key);
    if (hit) return hit;
    const m = await this.modules();
    const out: Analysis = { spin: null, figures: null, statements: null };
    if (m.build) {
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
          out.figures = r.figures.map(({ text, start, end, value, malformed }) => ({
            text,
            start,
            end,
            value,
            malformed,
          }));
        } catch (e) {
          process.stderr.write(
            `unspin serve: spin analysis failed for ${article.key}: ${(e as Error).message}\n`,
          );
        }
      }
      if (m.statements) {
        try {
          out.statements = m
            .statements(doc)
            .map(({ speaker, speaker_name, cue, content, type, stance, addressee }) => ({
              speaker,
              speaker_name,
              cue,
              content: { start: content.start, end: content.end, text: content.text },
              type,
              stance,
              addressee,
            }));
        } catch (e) {
          process.stderr.write(
            `unspin serve: statement extraction failed for ${article.key}: ${(e as Error).message}\n`,
          );
        }
      }
    }
    if (this.cache.size >= this.maxCached) this.cache.delete(this.cache.keys().next().value as number);
    this.cache.set(article.key, out);
    return out;
  }
}
