#!/usr/bin/env node
// `npm run serve:api`: the reference server on http://127.0.0.1:8787/api.
//   DATABASE_URL=postgres://…   a PostgreSQL server instead of the embedded PGlite
//   TESSERA_DATA_DIR=path       keep PGlite's data in a folder (default: in memory)
//   PORT=8787                   the port
//   TESSERA_ALLOW_ORIGINS=…     origins allowed by CORS, comma-separated (default: the demo's)
//   TESSERA_FAULTS=1            honour the Tessera-Fault header
import { CUSTOMERS, startServer } from './index.mjs';

const env = process.env;
const origins = (env.TESSERA_ALLOW_ORIGINS ?? 'http://localhost:5173,http://127.0.0.1:5173').split(',').map((s) => s.trim()).filter(Boolean);
const server = await startServer({
  databaseUrl: env.DATABASE_URL || undefined,
  dataDir: env.TESSERA_DATA_DIR || undefined,
  port: Number(env.PORT ?? 8787),
  allowOrigins: origins.includes('*') ? '*' : origins,
  faults: env.TESSERA_FAULTS === '1',
  log: env.TESSERA_QUIET === '1' ? undefined : (line) => console.log(line),
});
console.log(`Tessera reference server on ${server.url}/api (${server.db.kind}${env.TESSERA_FAULTS === '1' ? ', faults on' : ''})`);
console.log(`Bearer tokens: ${Object.values(CUSTOMERS).map((c) => `${c.token} (${c.name})`).join(', ')}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void server.close().then(() => process.exit(0)));
