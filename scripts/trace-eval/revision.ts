// The git commit being measured (with "+dirty" when the engine's sources have local changes).
import { execFileSync } from 'node:child_process';

export function revision(repo: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: repo,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--', 'src/reuse', 'src/provenance', 'src/store', 'src/text'],
      {
        cwd: repo,
        encoding: 'utf8',
      },
    ).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}
