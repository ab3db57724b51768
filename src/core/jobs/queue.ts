// What capabilities use to ask for background work. See worker.ts for how it is done.

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
