// Puts generated demo content into a database, all or nothing: everything goes in one
// transaction, so a failure halfway leaves the database as it was. Contact channels of protected
// demo people are sealed on the way in, as the application seals real ones.
import { getTableColumns } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../core/db/client.ts';
import { seal } from '../core/privacy/sealing.ts';
import { affiliations, contactChannels, organizations, people } from '../people/tables.ts';
import { programs, projects } from '../site/tables.ts';
import { type DemoContent, type DemoSummary, summarize } from './content.ts';
import { type DemoOptions, generateDemo } from './generate.ts';

export interface LoadDemoOptions extends DemoOptions {
  /** config.encryptionKey: seals the contact channels of protected people. */
  encryptionKey: Buffer;
  /** Called after each batch with the rows inserted so far and the rows to insert in all. */
  onProgress?: (done: number, total: number) => void;
}

type Transaction = Parameters<Parameters<Db['transaction']>[0]>[0];

/** PostgreSQL accepts at most 65,535 bound parameters in one statement. */
const maxParameters = 65_535;
/** Past this, bigger statements stop paying off and only cost memory (PGlite's above all). */
const maxRowsPerBatch = 1_000;

export async function loadDemo(db: Db, options: LoadDemoOptions): Promise<DemoSummary> {
  const content = generateDemo(options);
  await db.transaction((tx) => insertContent(tx, content, options));
  return summarize(content);
}

/** Removes every row of the demo's tables, whatever put it there, and loads the demo again. */
export async function resetDemo(db: Db, options: LoadDemoOptions): Promise<DemoSummary> {
  const content = generateDemo(options);
  await db.transaction(async (tx) => {
    // Rows that refer to others go first. DELETE rather than TRUNCATE ... CASCADE, so that rows
    // of other capabilities referring to people are removed only where their foreign keys say
    // so, never silently.
    for (const table of [
      affiliations,
      contactChannels,
      projects,
      people,
      organizations,
      programs,
    ]) {
      await tx.delete(table);
    }
    await insertContent(tx, content, options);
  });
  return summarize(content);
}

/** No people and no programs: a new installation, where start-up may load the demo. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  // Only whether a row exists, never what it holds: this reads no one's data, so it need not
  // go through the privacy gate.
  const [person] = await db.select({ id: people.id }).from(people).limit(1);
  const [program] = await db.select({ id: programs.id }).from(programs).limit(1);
  return person === undefined && program === undefined;
}

async function insertContent(
  tx: Transaction,
  content: DemoContent,
  { encryptionKey, onProgress }: LoadDemoOptions,
): Promise<void> {
  const summary = summarize(content);
  const total = Object.values(summary).reduce((sum, count) => sum + count, 0);
  let done = 0;
  const progress = (rows: number) => {
    done += rows;
    onProgress?.(done, total);
  };
  // Tables that others refer to go first.
  await insertInBatches(tx, organizations, content.organizations, progress);
  await insertInBatches(tx, people, content.people, progress);
  await insertInBatches(tx, contactChannels, sealProtected(content, encryptionKey), progress);
  await insertInBatches(tx, affiliations, content.affiliations, progress);
  await insertInBatches(tx, programs, content.programs, progress);
  await insertInBatches(tx, projects, content.projects, progress);
}

/** The channels as stored: in clear, but sealed (no value in clear) for protected people. */
function sealProtected(content: DemoContent, key: Buffer): (typeof contactChannels.$inferInsert)[] {
  const isProtected = new Set(
    content.people.filter((person) => person.tier === 'protected').map((person) => person.id),
  );
  return content.contactChannels.map((channel) =>
    isProtected.has(channel.personId)
      ? { ...channel, value: null, sealed: seal(key, channel.value) }
      : channel,
  );
}

async function insertInBatches<T extends PgTable>(
  tx: Transaction,
  table: T,
  rows: readonly PgInsertValue<T>[],
  progress: (rows: number) => void,
): Promise<void> {
  // Every column of a row may become a parameter, so the column count bounds the batch.
  const columns = Object.keys(getTableColumns(table)).length;
  const batchSize = Math.min(maxRowsPerBatch, Math.floor(maxParameters / columns));
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await tx.insert(table).values(batch);
    progress(batch.length);
  }
}
