// How long a session lasts, on top of better-auth's sliding expiry: a staff session ends after
// a short idle time (an unlocked office computer is the common way in), and every session ends a
// fixed time after sign-in, however busy, so a stolen cookie does not live for ever.
import type { Config } from '../core/config.ts';

export interface SessionTimes {
  createdAt: Date;
  /** Last written by better-auth when it slid the expiry forward: the last use, to the minute. */
  updatedAt: Date;
}

export type SessionStanding = 'live' | 'idle' | 'too-old';

export function sessionStanding(
  session: SessionTimes,
  { staff, limits, now }: { staff: boolean; limits: Config['sessions']; now: Date },
): SessionStanding {
  const age = now.getTime() - new Date(session.createdAt).getTime();
  if (age >= limits.maxHours * 3_600_000) return 'too-old';
  const unused = now.getTime() - new Date(session.updatedAt).getTime();
  if (staff && unused >= limits.staffIdleMinutes * 60_000) return 'idle';
  return 'live';
}

/** The session has gone unwritten long enough that this use should be recorded. */
export function dueForTouch(session: SessionTimes, touchSeconds: number, now: Date): boolean {
  return now.getTime() - new Date(session.updatedAt).getTime() >= touchSeconds * 1000;
}
