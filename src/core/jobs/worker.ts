// Runs jobs: claims due rows (see job-rows.ts), runs their handlers, records the outcome. Each
// running job holds a lease that a heartbeat keeps extending; if this process dies, the lease runs
// out and another worker claims the job again. That makes delivery at-least-once: handlers must
// be safe to run twice (check before you send, use unique keys downstream).
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../db/client.ts';
import { type BackoffOptions, defaultBackoff, retryDelayMs } from './backoff.ts';
import { InvalidPayloadError, type JobHandlers } from './handlers.ts';
import {
  type ClaimedJob,
  claimJob,
  extendLease,
  markFailed,
  markSucceeded,
  scheduleRetry,
} from './job-rows.ts';
import { Wakeup } from './wakeup.ts';

/** The part of a pino logger the workers use. Fields never include payloads or error texts. */
export interface JobLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export interface WorkerOptions {
  db: Db;
  handlers: JobHandlers;
  /** How many jobs this process runs at once. */
  concurrency: number;
  /** How long to wait before looking again when there was nothing to do. */
  pollMs: number;
  /** Written to locked_by; defaults to host, pid and a random suffix. */
  workerId?: string;
  /** How long a claim lasts without a heartbeat (default 30 s); the heartbeat runs every third. */
  leaseMs?: number;
  backoff?: BackoffOptions;
  /** How long stop() waits for running jobs before aborting their signals (default 30 s). */
  stopTimeoutMs?: number;
  logger?: JobLogger;
}

export interface Workers {
  /** Stops claiming, waits for running jobs (up to stopTimeoutMs), then returns. */
  stop(): Promise<void>;
}

const silentLogger: JobLogger = { info() {}, warn() {}, error() {} };

/** last_error is for administrators, not an archive: a stack's first lines are enough. */
const maxErrorLength = 4000;

interface RunningJob {
  controller: AbortController;
  stopHeartbeat(): void;
  done: Promise<void>;
}

export function startWorkers(options: WorkerOptions): Workers {
  const { db, handlers, concurrency, pollMs } = options;
  const workerId =
    options.workerId ?? `${hostname()}#${process.pid}-${randomBytes(3).toString('hex')}`;
  const leaseMs = options.leaseMs ?? 30_000;
  const backoff = options.backoff ?? defaultBackoff;
  const stopTimeoutMs = options.stopTimeoutMs ?? 30_000;
  const logger = options.logger ?? silentLogger;
  const running = new Set<RunningJob>();
  const wakeup = new Wakeup();
  let stopping = false;

  async function claimLoop(): Promise<void> {
    while (!stopping) {
      if (running.size >= concurrency) {
        await wakeup.wait();
        continue;
      }
      let job: ClaimedJob | undefined;
      try {
        // Read each time, so a queue registered after the start is served too.
        job = await claimJob(db, { queues: handlers.queues, workerId, leaseMs });
      } catch (error) {
        logger.error({ workerId, error: errorName(error) }, 'claiming a job failed');
        await wakeup.wait(pollMs);
        continue;
      }
      if (job) start(job);
      // Right after a claim there may be more due work: look again at once instead of sleeping.
      else await wakeup.wait(pollMs);
    }
  }

  function start(job: ClaimedJob): void {
    const controller = new AbortController();
    const heartbeat = startHeartbeat(job, controller);
    const entry: RunningJob = {
      controller,
      stopHeartbeat: heartbeat,
      done: runJob(job, controller.signal)
        .catch((error) => {
          // The outcome could not be written (database gone?): the lease will run out and the
          // job will run again, so nothing is lost.
          logger.error(
            { workerId, jobId: job.id, queue: job.queue, error: errorName(error) },
            'recording the outcome of a job failed',
          );
        })
        .finally(() => {
          heartbeat();
          running.delete(entry);
          wakeup.signal();
        }),
    };
    running.add(entry);
  }

  function startHeartbeat(job: ClaimedJob, controller: AbortController): () => void {
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    const beat = async () => {
      try {
        if (!(await extendLease(db, job, leaseMs)) && !stopped) {
          logger.warn(
            { workerId, jobId: job.id, queue: job.queue, attempt: job.attempt },
            'lost the lease of a running job; aborting it',
          );
          controller.abort(new Error('The lease of this job was lost'));
          return;
        }
      } catch (error) {
        logger.warn({ workerId, jobId: job.id, error: errorName(error) }, 'heartbeat failed');
      }
      // A chain of timeouts rather than an interval: beats never overlap on a slow database.
      if (!stopped) timer = setTimeout(beat, leaseMs / 3);
    };
    timer = setTimeout(beat, leaseMs / 3);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }

  async function runJob(job: ClaimedJob, signal: AbortSignal): Promise<void> {
    const fields = { workerId, jobId: job.id, queue: job.queue, attempt: job.attempt };
    if (job.attempt > job.maxAttempts) {
      // Only a job whose worker vanished mid-run gets here: its lease ran out on the last try.
      await record(
        markFailed(db, job, `Gave up: attempt ${job.maxAttempts} ended without an outcome`),
        { ...fields, state: 'failed' },
      );
      return;
    }
    logger.info({ ...fields, state: 'running' }, 'job started');
    let failure: unknown;
    let failed = false;
    try {
      await handlers.run(job.queue, job.payload, { jobId: job.id, attempt: job.attempt, signal });
    } catch (error) {
      failed = true;
      failure = error;
    }
    if (!failed) {
      await record(markSucceeded(db, job), { ...fields, state: 'succeeded' });
    } else if (failure instanceof InvalidPayloadError || job.attempt >= job.maxAttempts) {
      await record(markFailed(db, job, describeError(failure)), {
        ...fields,
        state: 'failed',
        error: errorName(failure),
      });
    } else {
      const retryInMs = retryDelayMs(job.attempt, backoff);
      await record(scheduleRetry(db, job, describeError(failure), retryInMs), {
        ...fields,
        state: 'queued',
        error: errorName(failure),
        retryInMs,
      });
    }
  }

  async function record(write: Promise<boolean>, fields: Record<string, unknown>): Promise<void> {
    if (await write) {
      logger.info(fields, `job ${fields.state}`);
    } else {
      logger.warn(fields, 'job was no longer held by this worker; its outcome was not recorded');
    }
  }

  const loopDone = claimLoop();
  let stopped: Promise<void> | undefined;

  return {
    stop() {
      stopped ??= (async () => {
        stopping = true;
        wakeup.signal();
        await loopDone;
        const jobs = [...running];
        const finished = await settlesWithin(
          Promise.all(jobs.map((job) => job.done)),
          stopTimeoutMs,
        );
        if (finished) return;
        logger.warn(
          { workerId, running: running.size },
          'jobs still running at stop; aborting them, their leases will run out',
        );
        for (const job of running) {
          job.stopHeartbeat();
          job.controller.abort(new Error('The worker is stopping'));
        }
      })();
      return stopped;
    },
  };
}

async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function describeError(error: unknown): string {
  const text =
    error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return text.slice(0, maxErrorLength);
}
