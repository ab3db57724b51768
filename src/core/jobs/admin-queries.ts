// What administrators see of the background work at /admin/jobs, and the two things they may do
// to a failed job: try it again, or discard it. Payloads are never read here: they may name
// people, and the page does not need them to tell healthy from stuck.
import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { type JobState, jobState, jobs } from './tables.ts';

export type StateCounts = Record<JobState, number>;

export interface JobCounts {
  byState: StateCounts;
  byQueue: { queue: string; counts: StateCounts }[];
}

const noJobs = (): StateCounts => ({ queued: 0, running: 0, succeeded: 0, failed: 0 });

export async function countJobs(db: Db): Promise<JobCounts> {
  const rows = await db
    .select({ queue: jobs.queue, state: jobs.state, count: count() })
    .from(jobs)
    .groupBy(jobs.queue, jobs.state)
    .orderBy(jobs.queue);
  const byState = noJobs();
  const byQueue = new Map<string, StateCounts>();
  for (const row of rows) {
    byState[row.state] += row.count;
    const counts = byQueue.get(row.queue) ?? noJobs();
    counts[row.state] = row.count;
    byQueue.set(row.queue, counts);
  }
  return { byState, byQueue: [...byQueue].map(([queue, counts]) => ({ queue, counts })) };
}

export interface JobSummary {
  id: number;
  queue: string;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lockedBy: string | null;
  lockedUntil: Date | null;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface JobListQuery {
  state: JobState;
  queue?: string;
  /** From 1. */
  page: number;
  pageSize: number;
}

/** Each state in the order its reader wants: what runs next, or what happened last. */
const orderByState: Record<JobState, SQL[]> = {
  queued: [asc(jobs.runAt), asc(jobs.id)],
  running: [asc(jobs.lockedUntil), asc(jobs.id)],
  succeeded: [desc(jobs.finishedAt), desc(jobs.id)],
  failed: [desc(jobs.finishedAt), desc(jobs.id)],
};

export async function listJobs(
  db: Db,
  query: JobListQuery,
): Promise<{ jobs: JobSummary[]; total: number }> {
  const limit = Math.max(1, Math.floor(query.pageSize));
  const offset = (Math.max(1, Math.floor(query.page)) - 1) * limit;
  const where = and(
    eq(jobs.state, query.state),
    query.queue === undefined ? undefined : eq(jobs.queue, query.queue),
  );
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: jobs.id,
        queue: jobs.queue,
        state: jobs.state,
        attempts: jobs.attempts,
        maxAttempts: jobs.maxAttempts,
        runAt: jobs.runAt,
        lockedBy: jobs.lockedBy,
        lockedUntil: jobs.lockedUntil,
        lastError: jobs.lastError,
        createdAt: jobs.createdAt,
        finishedAt: jobs.finishedAt,
      })
      .from(jobs)
      .where(where)
      .orderBy(...orderByState[query.state])
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(jobs).where(where),
  ]);
  return { jobs: rows, total: totals[0]?.total ?? 0 };
}

/** The states an administrator can list, for parsing a `?state=` parameter. */
export const jobStates = jobState.enumValues;

/**
 * Puts a failed job back in the queue for now, with a fresh count of attempts (its last error
 * stays until a new try replaces it). False when there is no failed job with this id.
 */
export async function retryJob(db: Db, id: number): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({
      state: 'queued',
      attempts: 0,
      runAt: sql`now()`,
      finishedAt: null,
      lockedUntil: null,
    })
    .where(and(eq(jobs.id, id), eq(jobs.state, 'failed')))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

/**
 * Deletes a failed job that an administrator judged not worth retrying (the person it was for
 * is gone, the newsletter issue was withdrawn), so the failed list keeps showing only what needs
 * attention. Its unique key becomes free again. Only failed jobs: a queued or running one may be
 * some command's only record of its intent.
 */
export async function discardJob(db: Db, id: number): Promise<boolean> {
  const rows = await db
    .delete(jobs)
    .where(and(eq(jobs.id, id), eq(jobs.state, 'failed')))
    .returning({ id: jobs.id });
  return rows.length > 0;
}
