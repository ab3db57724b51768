// Which code runs the jobs of each queue. A worker only claims jobs of queues registered here, so
// a process that lacks a handler (an older version during a rolling deploy) leaves them alone.
import type { z } from 'zod';

export interface JobContext {
  jobId: number;
  /** 1 on the first try, 2 on the first retry, and so on. */
  attempt: number;
  /** Aborted when the worker is stopping past its grace period or has lost the job's lease. */
  signal: AbortSignal;
}

export type JobHandler<Payload> = (payload: Payload, context: JobContext) => Promise<void>;

interface Registration {
  schema: z.ZodType;
  handler: JobHandler<unknown>;
}

/** The payload did not match the queue's schema: retrying cannot help, so the job fails at once. */
export class InvalidPayloadError extends Error {
  constructor(queue: string, error: z.ZodError) {
    // Paths and messages only: zod's messages describe the expectation, not the received value,
    // so the payload's contents do not leak into last_error.
    const problems = error.issues
      .map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`)
      .join('; ');
    super(`The payload does not match the schema of queue "${queue}": ${problems}`);
    this.name = 'InvalidPayloadError';
  }
}

export class JobHandlers {
  readonly #registrations = new Map<string, Registration>();

  register<Schema extends z.ZodType>(
    queue: string,
    schema: Schema,
    handler: JobHandler<z.output<Schema>>,
  ): this {
    if (this.#registrations.has(queue)) {
      throw new Error(`A handler for queue "${queue}" is already registered`);
    }
    this.#registrations.set(queue, { schema, handler: handler as JobHandler<unknown> });
    return this;
  }

  get queues(): string[] {
    return [...this.#registrations.keys()];
  }

  /** Validates the payload, then runs the handler; throws InvalidPayloadError before running. */
  async run(queue: string, payload: unknown, context: JobContext): Promise<void> {
    const registration = this.#registrations.get(queue);
    if (!registration) throw new Error(`No handler is registered for queue "${queue}"`);
    const parsed = registration.schema.safeParse(payload);
    if (!parsed.success) throw new InvalidPayloadError(queue, parsed.error);
    await registration.handler(parsed.data, context);
  }
}
