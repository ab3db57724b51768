// Durable background work: a job is a row, so a crash loses nothing. Workers claim rows with
// FOR UPDATE SKIP LOCKED and hold a lease; a job whose lease ran out is claimed again.
import {
  bigint,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

export const jobState = pgEnum('job_state', ['queued', 'running', 'succeeded', 'failed']);
export type JobState = (typeof jobState.enumValues)[number];

export const jobs = pgTable(
  'jobs',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    queue: text('queue').notNull(),
    payload: jsonb('payload').$type<unknown>().notNull().default({}),
    state: jobState('state').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    /** When set, at most one job with this key exists: enqueueing it again does nothing. */
    uniqueKey: text('unique_key').unique(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [
    index('jobs_claim_idx').on(table.state, table.runAt),
    index('jobs_queue_idx').on(table.queue, table.state),
  ],
);
