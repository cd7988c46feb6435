// Starts the reference server: the database (PGlite unless a URL is given), migrated and
// seeded, and the API on a port of localhost.
import { serve } from '@hono/node-server';
import { createApp } from './app.mjs';
import { migrate, openDatabase } from './db.mjs';
import { seed } from './seed.mjs';

export { createApp } from './app.mjs';
export { migrate, openDatabase } from './db.mjs';
export { CUSTOMERS, seed } from './seed.mjs';

/**
 * @param {Omit<import('./app.mjs').AppOptions, 'db'> & { databaseUrl?: string, dataDir?: string, port?: number, hostname?: string }} [options]
 * @returns {Promise<{ url: string, db: import('./db.mjs').Database, close(): Promise<void> }>}
 */
export async function startServer(options = {}) {
  const { databaseUrl, dataDir, port = 8787, hostname = '127.0.0.1', ...appOptions } = options;
  const db = await openDatabase({ url: databaseUrl, dataDir });
  await migrate(db);
  await seed(db);
  const app = createApp({ ...appOptions, db });
  const server = await new Promise((resolve) => {
    const listening = serve({ fetch: app.fetch, port, hostname }, () => resolve(listening));
  });
  // Idle connections stay open longer than a client keeps them (Node closes them after 5 s):
  // a client reusing one the server has just closed gets "other side closed" instead of an
  // answer, which happened under load between two bursts of concurrent requests.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const address = server.address();
  const url = `http://${hostname}:${typeof address === 'object' && address ? address.port : port}`;
  return {
    url,
    db,
    async close() {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await db.close();
    },
  };
}
