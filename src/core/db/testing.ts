// Each test file gets a database of its own, so files run in parallel: an in-memory PGlite by
// default, or a fresh database on the PostgreSQL server when TEST_DB=postgres.
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, migrationsFolder, openDatabase } from './client.ts';

export const testEngine = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function openTestDatabase(): Promise<Database> {
  if (testEngine === 'pglite') {
    const database = await openDatabase({
      engine: 'pglite',
      dataDir: undefined,
      loadDataDir: await migratedPgliteTemplate(),
    });
    await database.migrate();
    return database;
  }
  const name = `tracktwo_test_${randomBytes(6).toString('hex')}`;
  await onServer(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 4 });
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      await onServer(`drop database if exists ${name} with (force)`);
    },
  };
}

/**
 * A fresh PGlite runs initdb and every migration, which takes seconds; a dump of one that has
 * done so loads in a fraction of that. The dump is kept in the temporary folder, named after the
 * migrations it holds, so a schema change makes a new one.
 */
async function migratedPgliteTemplate(): Promise<Blob> {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsFolder, { recursive: true }).map(String).sort()) {
    const path = join(migrationsFolder, file);
    if (statSync(path).isFile()) hash.update(file).update(readFileSync(path));
  }
  const cached = join(tmpdir(), `tracktwo-pglite-${hash.digest('hex').slice(0, 16)}.tar`);
  if (existsSync(cached)) return new Blob([readFileSync(cached)]);
  const database = await openDatabase({ engine: 'pglite', dataDir: undefined });
  await database.migrate();
  const dump = await (database.pglite as PGlite).dumpDataDir('none');
  await database.close();
  // Written aside and renamed, so parallel test files never read half a file.
  const partial = `${cached}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, cached);
  return dump;
}

/** A new, empty database name on the test server, for tests that start tracktwo themselves. */
export async function createServerDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `tracktwo_test_${randomBytes(6).toString('hex')}`;
  await onServer(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(`drop database if exists ${name} with (force)`),
  };
}

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `TEST_DB=postgres, but PostgreSQL does not answer at ${serverUrl} (${String(error)}).\n` +
        'Start it (on Debian: pg_ctlcluster --skip-systemctl-redirect 15 main start), or set ' +
        'TEST_DATABASE_URL to a server where this role may create databases, or run the suite ' +
        'on the embedded engine with TEST_DB=pglite.',
    );
  }
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
