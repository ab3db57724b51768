// One SQL dialect, two engines: PGlite (PostgreSQL compiled to WASM, data in a folder) when no
// DATABASE_URL is set, and a real PostgreSQL server otherwise. Everything above this file sees
// the same Drizzle database and cannot tell which engine it runs on.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

export const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  /** Runs a script of several statements separated by semicolons (backups, restores). */
  runScript(script: string): Promise<void>;
  /** Applies the migrations in ./drizzle that this database has not seen yet. */
  migrate(): Promise<void>;
  /** The embedded engine's own client, for what only it can do (dumping its data folder). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | {
      engine: 'pglite';
      dataDir: string | undefined;
      /** Start from this dump (from PGlite's dumpDataDir) instead of an empty cluster. */
      loadDataDir?: Blob;
    }
  | { engine: 'postgres'; url: string; poolSize?: number };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.engine === 'postgres'
    ? openPostgres(target.url, target.poolSize ?? 10)
    : openPglite(target.dataDir, target.loadDataDir);
}

/** The embedded engine keeps its files in `<TRACKTWO_DATA>/pglite`; undefined means in memory. */
export function pgliteFolder(dataDir: string): string {
  return join(dataDir, 'pglite');
}

// PostgreSQL's default 128 MB of shared buffers costs the embedded engine that much resident
// memory up front; one process serving one organization does well with a quarter of it (the
// operating system still caches the data files).
const embeddedSettings = ['shared_buffers=32MB'];

async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir, loadDataDir, postgresqlconf: embeddedSettings });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  embeddedDatabases.add(db);
  return {
    db,
    engine: 'pglite',
    pglite: client,
    runScript: async (script) => {
      await client.exec(script);
    },
    migrate: () => migratePglite(drizzlePglite({ client }), { migrationsFolder }),
    close: () => client.close(),
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection that the server closes (a restart, a dropped database) is an 'error' on
  // the pool, which has already discarded it; without a listener Node would end the process.
  pool.on('error', () => {});
  // Fail at once with a clear message rather than at the first request.
  const probe = await pool.connect();
  probe.release();
  const db = drizzleNodePostgres({ client: pool, schema }) as unknown as Db;
  return {
    db,
    engine: 'postgres',
    runScript: async (script) => {
      await pool.query(script);
    },
    migrate: async () => {
      // Several processes may start at once against one server: an advisory lock, held on one
      // connection for the whole run, lets exactly one of them migrate while the others wait.
      const connection = new pg.Client({ connectionString: url });
      await connection.connect();
      try {
        await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migrateNodePostgres(drizzleNodePostgres({ client: connection }), {
          migrationsFolder,
        });
      } finally {
        await connection.end();
      }
    },
    close: () => pool.end(),
  };
}

/** An arbitrary constant that names "tracktwo is migrating" among advisory locks. */
const MIGRATION_LOCK = 7_207_202;

const embeddedDatabases = new WeakSet<Db>();

/** Whether `db` is the embedded engine, which one process owns alone (the data-folder lock). */
export function isEmbedded(db: Db): boolean {
  return embeddedDatabases.has(db);
}

/** True when the database answers a trivial query; used by the health check. */
export async function isHealthy(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
