// Starts the app on a real socket (127.0.0.1 by default) and stops it cleanly.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/store.js';
import { createApp, type AppOptions } from './app.js';
import { isLoopback } from './security.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
  idle(): Promise<void>;
}

export async function startServer(
  store: Store,
  opts: { host?: string; port?: number } & AppOptions = {},
): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const {
    app,
    idle,
    close: closeJobs,
  } = createApp(store, {
    ...opts,
    loopbackOnly: opts.loopbackOnly ?? isLoopback(host),
  });
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, hostname: host, port: opts.port ?? 8080 },
      (info: AddressInfo) => {
        const shown = host.includes(':') ? `[${host}]` : host;
        resolve({
          url: `http://${shown}:${info.port}/`,
          port: info.port,
          idle,
          close: async () => {
            await new Promise<void>((res) => {
              server.close(() => res());
              (server as { closeAllConnections?: () => void }).closeAllConnections?.();
            });
            await closeJobs();
          },
        });
      },
    );
    server.once('error', reject);
  });
}
