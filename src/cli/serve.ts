// `unspin serve [--db DB] [--port N]`: HTTP API and web UI over the store.
import { EXIT_FAILURE, type Io } from './common.js';

export async function serveCommand(_opts: { db?: string; port?: string; host?: string }, io: Io): Promise<number> {
  io.stderr.write('unspin serve: the web UI is not available in this build\n');
  return EXIT_FAILURE;
}
