// The real `tracktwo backup` and `tracktwo restore`, run as a person would, against the engine the
// suite runs on: a PGlite data folder, or a fresh database on the server with TEST_DB=postgres.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { fillEveryTable, snapshot } from '../core/db/backup-testing.ts';
import { type Database, openDatabase, pgliteFolder } from '../core/db/client.ts';
import { createServerDatabase, testEngine } from '../core/db/testing.ts';
import { runTracktwo } from './testing.ts';

const folder = mkdtempSync(join(tmpdir(), 'tracktwo-cli-backup-'));
const dataDir = join(folder, 'data');
const backupPath = join(folder, 'backup.sql');
let server: { url: string; drop(): Promise<void> } | undefined;
let original: Record<string, string>;

function environment(): Record<string, string> {
  return { TRACKTWO_DATA: dataDir, DATABASE_URL: server?.url ?? '', LOG_LEVEL: 'warn' };
}

/** The database the CLI uses, opened here only between runs (PGlite allows one process). */
async function withTarget<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const database = server
    ? await openDatabase({ engine: 'postgres', url: server.url, poolSize: 2 })
    : await openDatabase({ engine: 'pglite', dataDir: pgliteFolder(dataDir) });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

function tracktwo(...args: string[]) {
  return runTracktwo(args, environment());
}

before(async () => {
  if (testEngine === 'postgres') server = await createServerDatabase();
  original = await withTarget(async (database) => {
    await database.migrate();
    await fillEveryTable(database);
    return snapshot(database);
  });
});

after(async () => {
  await server?.drop();
  rmSync(folder, { recursive: true, force: true });
});

test('backup writes a whole backup file and says so', async () => {
  const run = await tracktwo('backup', backupPath);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^Backup written to .*backup\.sql: \d+ tables, 19 rows\.\n$/);
  assert.match(run.stderr, /Backing up tables: \d+\/\d+/);
  const text = readFileSync(backupPath, 'utf8');
  assert.ok(text.startsWith('-- tracktwo backup\n-- format: 1\n'));
  assert.ok(text.endsWith('-- end of tracktwo backup\n'));
  assert.equal(existsSync(`${backupPath}.partial`), false);
});

test('restore of a file that is not a backup fails with the reason and changes nothing', async () => {
  const notes = join(folder, 'notes.txt');
  writeFileSync(notes, 'these are notes, not a backup\n');
  const run = await tracktwo('restore', '--yes', notes);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /This is not a tracktwo backup.*Nothing was changed\./);
  assert.deepEqual(await withTarget(snapshot), original);
});

test('restore without --yes and without a terminal refuses', async () => {
  const run = await tracktwo('restore', backupPath);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /replaces all data.*--yes/);
});

test('restore --yes brings back exactly the data of the backup', async () => {
  await withTarget(async (database) => {
    await database.db.execute(sql`delete from people`);
    await database.db.execute(sql`delete from jobs`);
  });
  const run = await tracktwo('restore', '--yes', backupPath);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^Restored 19 rows in \d+ tables from the backup of /);
  assert.deepEqual(await withTarget(snapshot), original);
});
