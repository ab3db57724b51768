// Every change of a job's state, one statement each. A running job is fenced by its attempt
// number: a worker that lost its lease (and whose job was claimed again) can no longer finish,
// retry or extend it, because the row's attempts has moved on. locked_by is kept after a run, so
// administrators can see which worker ran a job last.
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { jobs } from './tables.ts';

export type Job = typeof jobs.$inferSelect;

export interface ClaimedJob {
  id: number;
  queue: string;
  payload: unknown;
  attempt: number;
  maxAttempts: number;
}

const afterMs = (ms: number) => sql`now() + make_interval(secs => ${ms / 1000})`;

/**
 * Takes the next due job of the given queues: a queued job whose time has come, or a running job
 * whose lease ran out (its worker died). SKIP LOCKED lets many workers claim at once without
 * waiting on each other or taking the same row.
 */
export async function claimJob(
  db: Db,
  { queues, workerId, leaseMs }: { queues: string[]; workerId: string; leaseMs: number },
): Promise<ClaimedJob | undefined> {
  if (queues.length === 0) return undefined;
  const next = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        inArray(jobs.queue, queues),
        or(
          and(eq(jobs.state, 'queued'), sql`${jobs.runAt} <= now()`),
          and(eq(jobs.state, 'running'), sql`${jobs.lockedUntil} < now()`),
        ),
      ),
    )
    .orderBy(asc(jobs.runAt), asc(jobs.id))
    .limit(1)
    .for('update', { skipLocked: true });
  const [row] = await db
    .update(jobs)
    .set({
      state: 'running',
      attempts: sql`${jobs.attempts} + 1`,
      lockedBy: workerId,
      lockedUntil: afterMs(leaseMs),
    })
    .where(sql`${jobs.id} = ${next}`)
    .returning({
      id: jobs.id,
      queue: jobs.queue,
      payload: jobs.payload,
      attempt: jobs.attempts,
      maxAttempts: jobs.maxAttempts,
    });
  return row;
}

const isHeld = (job: ClaimedJob) =>
  and(eq(jobs.id, job.id), eq(jobs.state, 'running'), eq(jobs.attempts, job.attempt));

/** Pushes the lease forward; false when the job is no longer ours. */
export async function extendLease(db: Db, job: ClaimedJob, leaseMs: number): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ lockedUntil: afterMs(leaseMs) })
    .where(isHeld(job))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

export async function markSucceeded(db: Db, job: ClaimedJob): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ state: 'succeeded', finishedAt: sql`now()`, lockedUntil: null })
    .where(isHeld(job))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

export async function markFailed(db: Db, job: ClaimedJob, error: string): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({
      state: 'failed',
      lastError: error,
      finishedAt: sql`now()`,
      lockedUntil: null,
    })
    .where(isHeld(job))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

export async function scheduleRetry(
  db: Db,
  job: ClaimedJob,
  error: string,
  delayMs: number,
): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({
      state: 'queued',
      lastError: error,
      runAt: afterMs(delayMs),
      lockedUntil: null,
    })
    .where(isHeld(job))
    .returning({ id: jobs.id });
  return rows.length > 0;
}
