// What capabilities use to ask for background work. See worker.ts for how it is done.
import type { Db } from '../db/client.ts';
import { jobs } from './tables.ts';

export interface EnqueueOptions {
  /** Not before this moment (default: now). */
  runAt?: Date;
  /** How many tries before the job is marked failed (default 5). */
  maxAttempts?: number;
  /** At most one job with this key exists; enqueueing it again is a no-op. */
  uniqueKey?: string;
}

export interface JobQueue {
  enqueue(queue: string, payload: unknown, options?: EnqueueOptions): Promise<void>;
}

/**
 * A queue that writes through `db`. A Drizzle transaction is a `Db` too, so a command that must
 * record its intent atomically with its own changes binds a queue to its transaction:
 * `await db.transaction(async (tx) => { ...; await createJobQueue(tx).enqueue(...) })`.
 * If the transaction rolls back, the job was never there.
 */
export function createJobQueue(db: Db): JobQueue {
  return {
    async enqueue(queue, payload, options = {}) {
      const { maxAttempts } = options;
      if (maxAttempts !== undefined && !(Number.isInteger(maxAttempts) && maxAttempts >= 1)) {
        throw new RangeError(
          `maxAttempts must be a whole number of at least 1, not ${maxAttempts}`,
        );
      }
      await db
        .insert(jobs)
        .values({
          queue,
          payload: payload ?? {},
          runAt: options.runAt,
          maxAttempts,
          uniqueKey: options.uniqueKey,
        })
        // Only the unique key can conflict (the id is generated), so this is the dedupe.
        .onConflictDoNothing({ target: jobs.uniqueKey });
    },
  };
}
