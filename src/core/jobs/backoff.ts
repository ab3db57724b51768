// How long a failed job waits before its next try: exponential, capped, with jitter so that jobs
// that failed together (a mail server down for a minute) do not all come back in the same second.

export interface BackoffOptions {
  /** The delay unit: the wait after attempt n is about baseMs * 2^n (default 1000). */
  baseMs: number;
  /** No wait is longer than this (default one hour). */
  maxMs: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 1000, maxMs: 60 * 60 * 1000 };

/**
 * "Equal jitter": half of the exponential delay is fixed, the other half random, so a retry never
 * comes back sooner than half the nominal delay. `random` is injectable for tests.
 */
export function retryDelayMs(
  attempt: number,
  options: BackoffOptions = defaultBackoff,
  random: () => number = Math.random,
): number {
  const nominal = Math.min(options.maxMs, options.baseMs * 2 ** attempt);
  return Math.round(nominal / 2 + (nominal / 2) * random());
}
