// Helpers for the job tests: a database that a second connection or a second process can open
// (the real multi-worker and crash situations), and waiting for a job to reach a state.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { type Database, type DatabaseTarget, type Db, openDatabase } from '../db/client.ts';
import { createServerDatabase, testEngine } from '../db/testing.ts';
import type { Job } from './job-rows.ts';
import { jobs } from './tables.ts';

export interface SharedTestDatabase {
  /** What another process needs to open the same database. */
  target: DatabaseTarget;
  /** A new connection (a new pool on PostgreSQL). PGlite allows one open at a time per folder. */
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

export async function createSharedTestDatabase(): Promise<SharedTestDatabase> {
  let target: DatabaseTarget;
  let dispose: () => Promise<void>;
  if (testEngine === 'postgres') {
    const server = await createServerDatabase();
    target = { engine: 'postgres', url: server.url, poolSize: 4 };
    dispose = server.drop;
  } else {
    const folder = await mkdtemp(join(tmpdir(), 'tracktwo-jobs-'));
    target = { engine: 'pglite', dataDir: folder };
    dispose = () => rm(folder, { recursive: true, force: true });
  }
  const first = await openDatabase(target);
  try {
    await first.migrate();
  } finally {
    await first.close();
  }
  return { target, open: () => openDatabase(target), dispose };
}

export async function jobRow(db: Db, id: number): Promise<Job> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  if (!row) throw new Error(`job ${id} does not exist`);
  return row;
}

/** The id of the only job of a queue (tests give each case a queue of its own). */
export async function onlyJobId(db: Db, queue: string): Promise<number> {
  const rows = await db.select({ id: jobs.id }).from(jobs).where(eq(jobs.queue, queue));
  if (rows.length !== 1) throw new Error(`queue ${queue} holds ${rows.length} jobs, not 1`);
  return (rows[0] as { id: number }).id;
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function waitForState(
  db: Db,
  id: number,
  state: Job['state'],
  timeoutMs?: number,
): Promise<Job> {
  return waitFor(
    `job ${id} to be ${state}`,
    async () => {
      const row = await jobRow(db, id);
      return row.state === state ? row : undefined;
    },
    timeoutMs,
  );
}
