// One small interface over two drivers with the same SQL: PGlite (PostgreSQL compiled to
// WebAssembly, in this process) when no URL is given, and a PostgreSQL server through `pg`
// when DATABASE_URL is set. Migrations are the versioned SQL files of ../migrations.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIGRATIONS = new URL('../migrations/', import.meta.url);

/**
 * @typedef {{ query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]> }} Queryable
 * @typedef {Queryable & {
 *   kind: 'pglite' | 'postgres',
 *   transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>,
 *   close(): Promise<void>,
 * }} Database
 */

/**
 * Opens the database: PostgreSQL at `url` (a `postgres://` URL), else PGlite, in memory or
 * in the folder `dataDir`.
 * @param {{ url?: string, dataDir?: string }} [options]
 * @returns {Promise<Database>}
 */
export async function openDatabase({ url, dataDir } = {}) {
  if (url) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return {
      kind: 'postgres',
      query: async (sql, params = []) => (await pool.query(sql, params)).rows,
      async transaction(work) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await work({ query: async (sql, params = []) => (await client.query(sql, params)).rows });
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = dataDir ? await PGlite.create(dataDir) : await createInMemory(PGlite);
  return {
    kind: 'pglite',
    query: async (sql, params = []) => (await db.query(sql, params)).rows,
    // PGlite runs one transaction at a time; the others wait for it.
    transaction: (work) => db.transaction((tx) => work({ query: async (sql, params = []) => (await tx.query(sql, params)).rows })),
    close: () => db.close(),
  };
}

/**
 * An in-memory PGlite. Creating a database cluster takes seconds, so the first one made is
 * kept (empty, before any migration) in the temporary folder and later ones start from it.
 */
async function createInMemory(PGlite) {
  const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite'));
  const packageJson = path.join(entry.slice(0, entry.lastIndexOf(`${path.sep}dist${path.sep}`)), 'package.json');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8'));
  const cached = path.join(tmpdir(), 'tessera-reference-server', `pglite-${version}.tar`);
  if (existsSync(cached)) return PGlite.create({ loadDataDir: new Blob([readFileSync(cached)]) });
  const db = await PGlite.create();
  const dump = await db.dumpDataDir('none');
  mkdirSync(path.dirname(cached), { recursive: true });
  const partial = `${cached}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, cached);
  return db;
}

/**
 * Runs the migrations not yet applied, in file-name order, each in its own transaction.
 * @param {Database} db
 * @returns {Promise<string[]>} the versions applied now
 */
export async function migrate(db) {
  await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const done = new Set((await db.query('SELECT version FROM schema_migrations')).map((row) => row.version));
  const applied = [];
  for (const file of readdirSync(MIGRATIONS).filter((name) => name.endsWith('.sql')).sort()) {
    const version = file.replace(/\.sql$/, '');
    if (done.has(version)) continue;
    const sql = readFileSync(new URL(file, MIGRATIONS), 'utf8');
    await db.transaction(async (tx) => {
      // Each statement on its own: the pg driver runs one per parameterless query, PGlite too.
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    });
    applied.push(version);
  }
  return applied;
}

/** The statements of a migration file (no semicolons inside strings or bodies there). */
function splitStatements(sql) {
  return sql
    .replace(/--.*$/gm, '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
