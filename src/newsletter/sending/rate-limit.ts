// Messages per second across the whole process: every sender shares one limiter, so two issues
// sending at once do not double the rate the mail server sees.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RateLimiter {
  /** Resolves when the next message may go. */
  take(): Promise<void>;
}

export function createRateLimiter(perSecond: number): RateLimiter {
  const interval = 1000 / perSecond;
  let nextSlot = 0;
  return {
    async take() {
      const now = performance.now();
      // A sender that was idle does not earn a burst: slots start again from now.
      const slot = Math.max(now, nextSlot);
      nextSlot = slot + interval;
      if (slot - now >= 1) await sleep(slot - now);
    },
  };
}
