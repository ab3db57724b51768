// The middleware that puts the notices in force on every page (c.set('banners')). The schedule
// is read once and kept in memory until either the 'site' change counter moves (an editor
// changed a notice) or the next start or end comes (a notice appears or expires), so notices
// come and go by themselves and a page view costs no query beyond the counters.
import type { MiddlewareHandler } from 'hono';
import { readChangeVersions } from '../../core/db/change-counters.ts';
import type { Db } from '../../core/db/client.ts';
import type { AppEnv } from '../../core/web/context.ts';
import { bannersAt, type NoticeSchedule, readNoticeSchedule } from './notices.ts';

export function noticeBanners(options: { now?: () => Date } = {}): MiddlewareHandler<AppEnv> {
  const now = options.now ?? (() => new Date());
  let kept: { version: number; schedule: NoticeSchedule } | undefined;
  // Requests that find the schedule stale together share one read (of the same version).
  let reading: { version: number; schedule: Promise<NoticeSchedule> } | undefined;

  async function scheduleFor(db: Db, version: number, at: Date): Promise<NoticeSchedule> {
    const changesAt = kept?.schedule.changesAt;
    const fresh = kept?.version === version && (!changesAt || changesAt.getTime() > at.getTime());
    if (kept && fresh) return kept.schedule;
    if (reading?.version !== version) {
      const read = readNoticeSchedule(db, at);
      reading = { version, schedule: read };
      read
        .finally(() => {
          if (reading?.schedule === read) reading = undefined;
        })
        .catch(() => {});
    }
    const schedule = await reading.schedule;
    kept = { version, schedule };
    return schedule;
  }

  return async function setBanners(c, next) {
    const { db, config } = c.get('deps');
    const versions = c.get('changeVersions') ?? (await readChangeVersions(db));
    c.set('changeVersions', versions);
    const at = now();
    const schedule = await scheduleFor(db, versions.site, at);
    c.set(
      'banners',
      bannersAt(schedule, at, c.get('locale'), config.defaultLocale, c.get('t')('notices.more')),
    );
    await next();
  };
}
