import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { people } from '../../people/tables.ts';
import { jobs } from '../jobs/tables.ts';
import { writeBackup } from './backup.ts';
import { BackupError } from './backup-format.ts';
import { awkwardTexts, fillEveryTable, filledTables, snapshot } from './backup-testing.ts';
import { type Database, openDatabase } from './client.ts';
import { restoreBackup } from './restore.ts';
import { openTestDatabase, testEngine } from './testing.ts';

const folder = mkdtempSync(join(tmpdir(), 'tracktwo-backup-'));
let source: Database;
let target: Database;
let backupPath: string;
let original: Record<string, string>;

before(async () => {
  [source, target] = await Promise.all([openTestDatabase(), openTestDatabase()]);
  await fillEveryTable(source);
  original = await snapshot(source);
  backupPath = join(folder, 'full.sql');
  // Two rows per chunk, so every table of more than two rows spans several statements.
  await writeBackup(source, backupPath, { chunkRows: 2 });
});

after(async () => {
  await Promise.all([source?.close(), target?.close()]);
  rmSync(folder, { recursive: true, force: true });
});

/** A backup file with one line changed, or cut short, for the refusal tests. */
function variant(name: string, change: (text: string) => string): string {
  const path = join(folder, name);
  writeFileSync(path, change(readFileSync(backupPath, 'utf8')));
  return path;
}

describe('writeBackup', () => {
  test('writes the header, one marker per table, and the end line, and leaves no partial file', () => {
    const text = readFileSync(backupPath, 'utf8');
    const lines = text.split('\n');
    assert.equal(lines[0], '-- tracktwo backup');
    assert.equal(lines[1], '-- format: 1');
    assert.match(lines[2] as string, /^-- migration: [0-9a-f]{64}$/);
    assert.match(lines[3] as string, /^-- migration-time: \d+$/);
    assert.match(lines[4] as string, /^-- created: \d{4}-\d\d-\d\dT/);
    const markers = lines.filter((line) => line.startsWith('-- rows of '));
    assert.equal(lines[5], `-- tables: ${markers.length}`);
    for (const table of filledTables) assert.ok(markers.includes(`-- rows of "public"."${table}"`));
    assert.ok(!text.includes('__drizzle_migrations'), 'drizzle bookkeeping is left out');
    assert.equal(text.endsWith('-- end of tracktwo backup\n'), true);
    assert.equal(existsSync(`${backupPath}.partial`), false);
    assert.equal(statSync(backupPath).mode & 0o777, 0o600);
  });

  test('orders parents before the tables that refer to them', () => {
    const markers = readFileSync(backupPath, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('-- rows of '));
    const position = (table: string) => markers.indexOf(`-- rows of "public"."${table}"`);
    assert.ok(position('people') < position('contact_channels'));
    assert.ok(position('people') < position('affiliations'));
    assert.ok(position('organizations') < position('affiliations'));
    assert.ok(position('programs') < position('projects'));
  });

  test('picks a dollar-quote tag that the data does not contain, and splits tables in chunks', () => {
    const text = readFileSync(backupPath, 'utf8');
    // People's texts hold $tt$ and $tt1$, so their chunk needs $tt2$.
    assert.match(text, /"public"\."people", \$tt2\$\[/);
    const jobChunks = text
      .split('\n')
      .filter((line) => line.startsWith('insert into "public"."jobs"'));
    assert.equal(jobChunks.length, 2, 'four jobs at two rows per chunk');
  });

  test('cuts chunks by size too: past the byte limit, one row per statement', async () => {
    const path = join(folder, 'by-size.sql');
    await writeBackup(source, path, { chunkBytes: 1 });
    const text = readFileSync(path, 'utf8');
    const peopleChunks = text
      .split('\n')
      .filter((line) => line.startsWith('insert into "public"."people"'));
    assert.equal(peopleChunks.length, 3);
    await restoreBackup(target, path);
    assert.deepEqual(await snapshot(target), original);
  });

  test('reports progress table by table', async () => {
    const reports: string[] = [];
    const path = join(folder, 'progress.sql');
    await writeBackup(source, path, {
      onProgress: (done, total) => reports.push(`${done}/${total}`),
    });
    const total = Number(/-- tables: (\d+)/.exec(readFileSync(path, 'utf8'))?.[1]);
    assert.deepEqual(
      reports,
      Array.from({ length: total }, (_, index) => `${index + 1}/${total}`),
    );
  });

  test('leaves nothing under the name when the backup cannot be written', async () => {
    const path = join(folder, 'no-such-folder', 'backup.sql');
    await assert.rejects(writeBackup(source, path), { code: 'ENOENT' });
    assert.equal(existsSync(path), false);
  });
});

describe('restoreBackup', () => {
  test('replaces other data with exactly the rows of the backup', async () => {
    await target.db.insert(people).values({ displayName: 'Someone who must go', tier: 'staff' });
    await target.db.insert(jobs).values({ queue: 'stale' });
    const reports: number[] = [];
    const summary = await restoreBackup(target, backupPath, {
      onProgress: (done) => reports.push(done),
    });
    assert.deepEqual(await snapshot(target), original);
    for (const table of filledTables) assert.notEqual(original[table], '[]', `${table} has rows`);
    assert.equal(summary.tables, reports.length);
    const rowsInSource = Object.entries(original)
      .filter(([name]) => !name.startsWith('sequence '))
      .reduce((sum, [, rows]) => sum + (JSON.parse(rows) as unknown[]).length, 0);
    assert.equal(summary.rows, rowsInSource);
    const [person] = await target.db.select().from(people).where(sql`${people.tier} = 'protected'`);
    assert.equal(person?.bio, awkwardTexts.join(' | '));
  });

  test('identity columns continue past the restored ids', async () => {
    await restoreBackup(target, backupPath);
    const [highest] = await source.db.select({ id: sql<number>`max(${jobs.id})::int` }).from(jobs);
    const [added] = await target.db.insert(jobs).values({ queue: 'after-restore' }).returning();
    // The source deleted its last job, so the next id also skips that one.
    assert.equal(added?.id, (highest?.id ?? 0) + 2);
  });

  test('a table without a key (paged by ctid) with a generated column comes back whole', async () => {
    const ddl = sql.raw(
      'create table scratch_keyless (note text, n int, doubled int generated always as (n * 2) stored)',
    );
    await Promise.all([source.db.execute(ddl), target.db.execute(ddl)]);
    try {
      await source.db.execute(
        sql`insert into scratch_keyless (note, n) values ('same', 1), ('same', 1), (${awkwardTexts[5]}, 2), (null, null), ('last', 5)`,
      );
      const path = join(folder, 'keyless.sql');
      await writeBackup(source, path, { chunkRows: 2 });
      await restoreBackup(target, path);
      const restored = await snapshot(target);
      assert.match(restored.scratch_keyless as string, /"note":"same","n":1,"doubled":2/);
      assert.deepEqual(restored, await snapshot(source));
    } finally {
      const drop = sql.raw('drop table scratch_keyless');
      await Promise.all([source.db.execute(drop), target.db.execute(drop)]);
    }
  });

  describe('refuses a bad file and changes nothing', () => {
    let unchanged: Record<string, string>;
    const refusals: [string, () => string, RegExp][] = [
      [
        'a file that is not a backup',
        () => variant('notes.txt', () => 'name,email\nsomeone,someone@example.org\n'),
        /not a tracktwo backup/,
      ],
      ['an empty file', () => variant('empty.sql', () => ''), /not a tracktwo backup/],
      [
        'a truncated backup',
        () => variant('cut.sql', (text) => text.slice(0, Math.floor(text.length * 0.6))),
        /incomplete/,
      ],
      [
        'a backup of another schema version',
        () =>
          variant('other.sql', (text) =>
            text.replace(/^-- migration: .*$/m, `-- migration: ${'ab'.repeat(32)}`),
          ),
        /migration abababababab .* but this database is at migration/,
      ],
      [
        'a newer format',
        () => variant('newer.sql', (text) => text.replace('-- format: 1', '-- format: 2')),
        /format 2; this tracktwo reads format 1/,
      ],
      [
        'a backup with SQL added to it',
        () =>
          variant('edited.sql', (text) =>
            text.replace(
              '-- end of tracktwo backup',
              'drop table people;\n-- end of tracktwo backup',
            ),
          ),
        /damaged: line \d+/,
      ],
      [
        'a backup whose rows break a constraint halfway through',
        () =>
          variant('duplicate.sql', (text) => {
            const lines = text.split('\n');
            const index = lines.findIndex((line) => line.startsWith('insert into "public"."jobs"'));
            lines.splice(index, 0, lines[index] as string);
            return lines.join('\n');
          }),
        /rows of jobs on line \d+ of the backup could not be restored: duplicate key/,
      ],
    ];

    before(async () => {
      await restoreBackup(target, backupPath);
      await target.db.insert(people).values({ displayName: 'Added after the restore' });
      unchanged = await snapshot(target);
    });

    for (const [name, makeFile, message] of refusals) {
      test(name, async () => {
        await assert.rejects(restoreBackup(target, makeFile()), (error: Error) => {
          assert.ok(error instanceof BackupError, `${error.name}: ${error.message}`);
          assert.match(error.message, message);
          return true;
        });
        assert.deepEqual(await snapshot(target), unchanged);
      });
    }
  });
});

describe('across engines', { skip: testEngine !== 'postgres' && 'needs TEST_DB=postgres' }, () => {
  test('a backup moves from PostgreSQL to PGlite and back unchanged', async () => {
    const embedded = await openDatabase({ engine: 'pglite', dataDir: undefined });
    const server = await openTestDatabase();
    try {
      await embedded.migrate();
      await restoreBackup(embedded, backupPath);
      assert.deepEqual(await snapshot(embedded), original);
      const fromEmbedded = join(folder, 'from-pglite.sql');
      await writeBackup(embedded, fromEmbedded, { chunkRows: 3 });
      await restoreBackup(server, fromEmbedded);
      assert.deepEqual(await snapshot(server), original);
    } finally {
      await Promise.all([embedded.close(), server.close()]);
    }
  });
});
