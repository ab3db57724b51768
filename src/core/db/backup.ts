/*
 * Backups: one plain-SQL file (UTF-8) that restores on either engine, PGlite or PostgreSQL.
 * See docs/decisions/004-backups-as-portable-sql.md for why it is not pg_dump.
 *
 *   -- tracktwo backup                        always the first line
 *   -- format: 1                              this file's grammar; a reader refuses others
 *   -- migration: <hash>                      the newest migration applied to the source, as
 *   -- migration-time: <ms>                   drizzle.__drizzle_migrations records it: a backup
 *                                             restores only into a database at the same one
 *   -- created: <ISO time>
 *   -- tables: <n>
 *   -- rows of "public"."<table>"             for each table, parents before children
 *   insert into "public"."<table>" ("a", "b") overriding system value select "a", "b"
 *     from json_populate_recordset(null::"public"."<table>", $tt$[<rows as JSON>]$tt$);
 *                                             (one line per chunk of rows, wrapped here)
 *   select setval('"public"."<sequence>"', <last value>, <is called>);
 *   -- end of tracktwo backup                 missing when the file was cut short
 *
 * The JSON is written by the database (json_agg), and json_populate_recordset reads it back
 * through each column's own type, so uuid, jsonb, timestamptz, bytea, enums and arrays return
 * exactly. Inside a chunk, rows may be separated by line breaks; a JSON string never holds a
 * raw one. The dollar-quote tag ($tt$, $tt1$...) is one that does not occur in its chunk.
 * Tables are every table of the public schema, found in the catalog; Drizzle's bookkeeping
 * lives in the drizzle schema and is left out. A chunk is at most `chunkRows` rows and about
 * `chunkBytes` of JSON, so a large table (or one of large messages) never sits whole in memory.
 */
import { open, rename, rm } from 'node:fs/promises';
import { type SQL, sql } from 'drizzle-orm';
import {
  type Executor,
  listTables,
  newestMigration,
  qualifiedName,
  queryRows,
  readSequences,
  type TableInfo,
} from './backup-catalog.ts';
import {
  BackupError,
  END_LINE,
  FORMAT_VERSION,
  headerLines,
  insertStatement,
  setvalStatement,
  tableLine,
} from './backup-format.ts';
import type { Database } from './client.ts';

const DEFAULT_CHUNK_ROWS = 1000;
const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;

export interface BackupOptions {
  onProgress?(tablesDone: number, tablesTotal: number): void;
  /** The most rows in one statement; tests lower it to cross chunk boundaries with little data. */
  chunkRows?: number;
  /** About the most bytes of JSON in one statement (a single larger row still goes alone). */
  chunkBytes?: number;
}

export interface BackupSummary {
  tables: number;
  rows: number;
}

/**
 * Writes a backup of the whole database to `path`. The file appears under its name only when
 * complete: it is written beside it as `<path>.partial` and renamed at the end. It is readable
 * by its owner only, since it holds every person's data.
 */
export async function writeBackup(
  database: Database,
  path: string,
  {
    onProgress,
    chunkRows = DEFAULT_CHUNK_ROWS,
    chunkBytes = DEFAULT_CHUNK_BYTES,
  }: BackupOptions = {},
): Promise<BackupSummary> {
  const partialPath = `${path}.partial`;
  const file = await open(partialPath, 'w', 0o600);
  try {
    const write = async (line: string) => {
      await file.write(`${line}\n`);
    };
    // One snapshot for every table, so rows that refer to each other are from the same moment.
    const summary = await database.db.transaction(
      async (tx) => {
        const migration = await newestMigration(tx);
        if (!migration) {
          throw new BackupError('This database has no migrations applied; run tracktwo migrate.');
        }
        const tables = await listTables(tx);
        const created = new Date().toISOString();
        for (const line of headerLines({
          format: FORMAT_VERSION,
          migration,
          created,
          tables: tables.length,
        })) {
          await write(line);
        }
        let rows = 0;
        for (const [index, table] of tables.entries()) {
          await write(tableLine(table.name));
          for await (const chunk of tableChunks(tx, table, {
            rows: chunkRows,
            bytes: chunkBytes,
          })) {
            await write(insertStatement(table.name, table.columns, chunk.json));
            rows += chunk.count;
          }
          onProgress?.(index + 1, tables.length);
        }
        // Read after the rows: a sequence is never behind the ids this snapshot holds.
        for (const sequence of await readSequences(tx)) await write(setvalStatement(sequence));
        await write(END_LINE);
        return { tables: tables.length, rows };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await file.sync();
    await file.close();
    await rename(partialPath, path);
    return summary;
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(partialPath, { force: true });
    throw error;
  }
}

/**
 * A table's rows in key order, a chunk at a time. Each query continues after the last key of the
 * previous one (keyset paging), so the cost per chunk does not grow with the table's size.
 */
async function* tableChunks(
  executor: Executor,
  table: TableInfo,
  limits: ChunkLimits,
): AsyncGenerator<{ json: string; count: number }> {
  let after: string[] | undefined;
  while (true) {
    const [chunk] = await queryRows<{ json: string | null; count: number; last: string | null }>(
      executor,
      chunkQuery(table, after, limits),
    );
    if (!chunk?.json || !chunk.last) return;
    yield { json: chunk.json, count: chunk.count };
    after = JSON.parse(chunk.last) as string[];
  }
}

interface ChunkLimits {
  rows: number;
  bytes: number;
}

function chunkQuery(table: TableInfo, after: string[] | undefined, limits: ChunkLimits): SQL {
  const keys = table.key.map((key, index) => ({ ...key, alias: `k${index}` }));
  const keyColumns = sql.raw(keys.map((key) => `t.${key.expression} as ${key.alias}`).join(', '));
  const keyTuple = sql.raw(keys.map((key) => `t.${key.expression}`).join(', '));
  const aliases = sql.raw(keys.map((key) => key.alias).join(', '));
  const aliasesDescending = sql.raw(keys.map((key) => `${key.alias} desc`).join(', '));
  const lastKey = sql.raw(keys.map((key) => `${key.alias}::text`).join(', '));
  const afterValues = after
    ? sql.join(
        keys.map((key, index) => sql`${after[index]}::text::${sql.raw(key.type)}`),
        sql`, `,
      )
    : undefined;
  // The running size (of the rows before each one) cuts the page short once it passes
  // the byte limit; the first row always goes, however large.
  return sql`
    with page as (
      select to_json(t.*) as record_json, ${keyColumns}
      from ${sql.raw(qualifiedName(table.name))} t
      ${afterValues ? sql`where (${keyTuple}) > (${afterValues})` : sql``}
      order by ${keyTuple}
      limit ${limits.rows}
    ), sized as (
      select record_json, ${aliases},
        sum(octet_length(record_json::text)) over (order by ${aliases} rows between unbounded preceding and 1 preceding) as size_before
      from page
    ), chunk as (
      select record_json, ${aliases} from sized where coalesce(size_before, 0) < ${limits.bytes}
    )
    select
      (select json_agg(record_json order by ${aliases})::text from chunk) as json,
      (select count(*)::int from chunk) as count,
      (select json_build_array(${lastKey})::text from chunk order by ${aliasesDescending} limit 1) as last`;
}
