// Restoring a backup written by backup.ts (whose top comment describes the file). Everything is
// checked that can be checked before any data is touched; the rest happens in one transaction,
// so a restore that fails halfway leaves the database exactly as it was.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { DrizzleQueryError, sql } from 'drizzle-orm';
import {
  type Executor,
  listTables,
  type Migration,
  newestMigration,
  qualifiedName,
  queryRows,
  quoteIdentifier,
} from './backup-catalog.ts';
import {
  BackupError,
  type BackupHeader,
  type BackupItem,
  END_LINE,
  parseBody,
  parseHeader,
} from './backup-format.ts';
import type { Database } from './client.ts';

export interface RestoreOptions {
  onProgress?(tablesDone: number, tablesTotal: number): void;
}

export interface RestoreSummary {
  tables: number;
  rows: number;
}

/** The header of a backup file, once its start and its end have been checked. */
export async function readBackupHeader(path: string): Promise<BackupHeader> {
  let file: Awaited<ReturnType<typeof open>>;
  try {
    file = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BackupError(`There is no file at ${path}.`);
    if (code === 'EACCES') throw new BackupError(`The file ${path} may not be read by this user.`);
    throw error;
  }
  try {
    const stats = await file.stat();
    if (!stats.isFile()) throw new BackupError(`${path} is not a file.`);
    const size = stats.size;
    const head = Buffer.alloc(Math.min(size, 8192));
    await file.read(head, 0, head.length, 0);
    const header = parseHeader(splitLines(head.toString('utf8')));
    const tail = Buffer.alloc(Math.min(size, 256));
    await file.read(tail, 0, tail.length, size - tail.length);
    if (!splitLines(tail.toString('utf8').trimEnd()).at(-1)?.endsWith(END_LINE)) {
      throw new BackupError(
        `This tracktwo backup is incomplete: it does not end with "${END_LINE}" (was it cut off while being copied?).`,
      );
    }
    return header;
  } finally {
    await file.close();
  }
}

/** Checks that a backup file is whole and fits this database; answers its header. */
export async function inspectBackup(database: Database, path: string): Promise<BackupHeader> {
  const header = await readBackupHeader(path);
  assertSameMigration(header, await newestMigration(database.db));
  return header;
}

/** Replaces all data in the database with the backup's, or changes nothing. */
export async function restoreBackup(
  database: Database,
  path: string,
  { onProgress }: RestoreOptions = {},
): Promise<RestoreSummary> {
  const header = await readBackupHeader(path);
  return database.db.transaction(async (tx) => {
    assertSameMigration(header, await newestMigration(tx));
    const tables = await listTables(tx);
    if (tables.length > 0) {
      const names = tables.map((table) => qualifiedName(table.name)).join(', ');
      await tx.execute(sql.raw(`truncate table ${names} restart identity cascade`));
    }
    const known = new Set(tables.map((table) => table.name));
    let current: string | undefined;
    let tablesDone = 0;
    let rows = 0;
    const finishTable = () => {
      if (current === undefined) return;
      tablesDone++;
      current = undefined;
      onProgress?.(tablesDone, header.tables);
    };
    for await (const item of parseBody(readLines(path))) {
      if (item.kind === 'table') {
        finishTable();
        if (!known.has(item.table)) {
          throw new BackupError(
            `This backup holds a table this database does not have: ${item.table}.`,
          );
        }
        current = item.table;
      } else if (item.kind === 'rows') {
        if (item.table !== current) {
          throw new BackupError(
            `This tracktwo backup is damaged: rows of ${item.table} are out of place.`,
          );
        }
        rows += await insertRows(tx, item).catch((error: unknown) => {
          throw rowsRefused(error, item);
        });
      } else {
        finishTable();
        await tx.execute(
          sql`select setval(${qualifiedName(item.sequence.name)}::text::regclass,
                ${item.sequence.lastValue}::text::bigint, ${String(item.sequence.isCalled)}::text::boolean)`,
        );
      }
    }
    finishTable();
    if (tablesDone !== header.tables) {
      throw new BackupError(
        `This tracktwo backup is damaged: its header counts ${header.tables} tables, but it holds ${tablesDone}.`,
      );
    }
    return { tables: tablesDone, rows };
  });
}

/**
 * The statement is ours, not the file's: names are quoted again here and the JSON travels as a
 * parameter, so nothing in the file is ever run as SQL.
 */
async function insertRows(
  executor: Executor,
  { table, columns, json }: Extract<BackupItem, { kind: 'rows' }>,
): Promise<number> {
  const target = sql.raw(qualifiedName(table));
  const list = sql.raw(columns.map(quoteIdentifier).join(', '));
  const [inserted] = await queryRows<{ count: number }>(
    executor,
    sql`with inserted as (
          insert into ${target} (${list}) overriding system value
          select ${list} from json_populate_recordset(null::${target}, ${json}::text::json)
          returning 1
        )
        select count(*)::int as count from inserted`,
  );
  return inserted?.count ?? 0;
}

/**
 * Drizzle's error quotes the parameters, here a chunk of people's data, which must not reach a
 * terminal or a log: only the database's own message goes on. Data that does not fit (SQLSTATE
 * classes 22 and 23) is a problem of the file; anything else is a failure of the restore.
 */
function rowsRefused(error: unknown, { table, line }: { table: string; line: number }): Error {
  const cause = error instanceof DrizzleQueryError ? error.cause : error;
  const code = (cause as { code?: unknown } | undefined)?.code;
  const message = `The rows of ${table} on line ${line} of the backup could not be restored: ${
    cause instanceof Error ? cause.message : String(cause)
  }.`;
  return typeof code === 'string' && /^2[23]/.test(code)
    ? new BackupError(message)
    : new Error(message);
}

function assertSameMigration(header: BackupHeader, current: Migration | undefined): void {
  if (!current) {
    throw new BackupError(
      'This database has no migrations applied yet; run tracktwo migrate first.',
    );
  }
  if (current.hash === header.migration.hash) return;
  const describe = (migration: Migration) =>
    `${migration.hash.slice(0, 12)} (${new Date(migration.createdAt).toISOString().slice(0, 10)})`;
  const advice =
    header.migration.createdAt < current.createdAt
      ? 'The backup is older than this database. Restore it with the tracktwo version that wrote ' +
        'it, into an empty data folder or database; then start this version, which upgrades it.'
      : header.migration.createdAt > current.createdAt
        ? 'The backup is newer than this database. Upgrade tracktwo to the version that wrote it ' +
          'and restore again.'
        : 'The two schemas come from different migrations of the same date. Restore it with the ' +
          'tracktwo version that wrote it.';
  throw new BackupError(
    `This backup was made from a database at migration ${describe(header.migration)}, ` +
      `but this database is at migration ${describe(current)}. ${advice}`,
  );
}

/** Lines split at "\n" only (a lone "\r" may be data); a "\r\n" from a copy through Windows is forgiven. */
async function* readLines(path: string): AsyncGenerator<{ text: string; number: number }> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  let pending: string[] = [];
  let number = 0;
  for await (const chunk of stream as AsyncIterable<string>) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
      pending.push(chunk.slice(start, end));
      yield { text: withoutCarriageReturn(pending.join('')), number: ++number };
      pending = [];
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.slice(start));
  }
  if (pending.length > 0) yield { text: withoutCarriageReturn(pending.join('')), number: ++number };
}

function splitLines(text: string): string[] {
  return text.split('\n').map(withoutCarriageReturn);
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
