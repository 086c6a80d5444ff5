// `unspin analyze INPUT... [--json] [--restore]`: each article on its own (no store): attributed
// statements, spun wording with suggested originals, and figures.
import { buildDocument } from '../text/document.js';
import { existsSync } from 'node:fs';
import { analyzeSpin, loadSpinModel, restoreText, setSpinModel } from '../spin/index.js';
import { defaultModelDir } from './model.js';
import { extractStatements } from '../attribution/index.js';
import { colorsFor, safe } from '../report/terminal.js';
import { collectArticles, EXIT_OK, EXIT_USAGE, type Io } from './common.js';

/**
 * The spin model: `--model DIR`, else $UNSPIN_SPIN_MODEL, else one built from the default store by
 * `unspin model` (if any), else the model shipped with unspin.
 */
function chooseModel(dir: string | undefined): string | null {
  const chosen = dir ?? process.env.UNSPIN_SPIN_MODEL;
  if (chosen) return chosen;
  const built = defaultModelDir();
  return existsSync(built) ? built : null;
}

export async function analyzeCommand(
  inputs: string[],
  opts: { json?: boolean; restore?: boolean; model?: string },
  io: Io,
): Promise<number> {
  const modelDir = chooseModel(opts.model);
  if (modelDir) setSpinModel(loadSpinModel(modelDir));
  const { articles } = await collectArticles(inputs, io);
  if (articles.length === 0) {
    io.stderr.write('no valid input\n');
    return EXIT_USAGE;
  }
  const c = colorsFor(io.stdout as NodeJS.WriteStream);
  for (const article of articles) {
    const doc = buildDocument(article);
    const { spin, figures } = analyzeSpin(doc);
    if (opts.restore) {
      io.stdout.write(`${restoreText(doc, spin)}\n`);
      continue;
    }
    const statements = extractStatements(doc);
    if (opts.json) {
      io.stdout.write(
        `${JSON.stringify({ id: article.id, date: article.date, title: article.title, statements, spin, figures })}\n`,
      );
      continue;
    }
    const lines = [`${c.bold(safe(article.id))}  ${c.dim(article.date ?? 'undated')}`];
    lines.push(`  statements (${statements.length}):`);
    for (const s of statements) {
      const who = s.speaker_name ?? s.speaker?.text ?? 'unattributed';
      // "told reporters" when the listener follows the cue, else "said (to CNN)".
      const to = !s.addressee
        ? ''
        : s.addressee.start - s.cue.end <= 1
          ? ` ${safe(s.addressee.text)}`
          : ` (to ${safe(s.addressee.text)})`;
      lines.push(
        `    ${c.cyan(safe(who))} ${c.dim(`[${s.stance}, ${s.type}]`)} ${safe(s.cue?.text ?? '')}${to}: ${clip(s.content.text)}`,
      );
    }
    lines.push(`  spun wording (${spin.length}):`);
    for (const f of spin)
      lines.push(
        `    ${c.magenta(`“${safe(f.text)}”`)} → “${safe(f.suggestion)}”  ${c.dim(f.confidence.toFixed(2))}`,
      );
    const bad = figures.filter((f) => f.malformed);
    if (bad.length) lines.push(`  malformed figures: ${bad.map((f) => c.red(safe(f.text))).join(', ')}`);
    io.stdout.write(lines.join('\n') + '\n\n');
  }
  return EXIT_OK;
}

function clip(s: string, n = 100): string {
  const one = safe(s).replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
