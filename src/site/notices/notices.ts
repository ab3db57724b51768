// Notices for the public site: which are in force at a moment, and when that answer next changes
// (the nearest start or end still to come), so a process can keep it in memory until then.
import { and, asc, desc, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import type { Banner } from '../../core/web/shell.ts';
import { venues } from '../../gatherings/tables.ts';
import { notices, noticeTexts } from './tables.ts';

export interface NoticeText {
  message: string;
  linkLabel: string;
}

export interface NoticeInForce {
  severity: Banner['severity'];
  startsAt: Date;
  endsAt: Date;
  linkUrl: string | null;
  texts: Map<string, NoticeText>;
}

/** A notice's text in `locale`, else in the default one; undefined when it has neither. */
export function noticeTextIn(
  texts: Map<string, NoticeText>,
  locale: Locale,
  defaultLocale: Locale,
): NoticeText | undefined {
  return texts.get(locale) ?? texts.get(defaultLocale);
}

export interface NoticeSchedule {
  /** Notices that have not ended by `at`, those still to start included. */
  notices: NoticeInForce[];
  /** The next moment after `at` when a notice starts or ends; null when none will. */
  changesAt: Date | null;
}

/** The site banners' schedule: notices marked as banners only (a travel advisory may be shown on
 * its gatherings alone). */
export async function readNoticeSchedule(db: Db, at: Date): Promise<NoticeSchedule> {
  const rows = await db
    .select()
    .from(notices)
    .where(and(gt(notices.endsAt, at), eq(notices.siteBanner, true)))
    .orderBy(asc(notices.startsAt), asc(notices.id));
  const texts =
    rows.length === 0
      ? []
      : await db
          .select()
          .from(noticeTexts)
          .where(
            inArray(
              noticeTexts.noticeId,
              rows.map((row) => row.id),
            ),
          );
  const boundaries = rows
    .flatMap((row) => [row.startsAt, row.endsAt])
    .filter((moment) => moment.getTime() > at.getTime())
    .map((moment) => moment.getTime());
  return {
    notices: rows.map((row) => ({
      severity: row.severity,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      linkUrl: row.linkUrl,
      texts: new Map(
        texts
          .filter((text) => text.noticeId === row.id)
          .map((text) => [text.locale, { message: text.message, linkLabel: text.linkLabel }]),
      ),
    })),
    changesAt: boundaries.length === 0 ? null : new Date(Math.min(...boundaries)),
  };
}

/** The banners in force at `at` (starts_at <= at < ends_at), in the locale or the default one;
 * a notice with a text in neither is not shown. */
export function bannersAt(
  schedule: NoticeSchedule,
  at: Date,
  locale: Locale,
  defaultLocale: Locale,
  moreLabel: string,
): Banner[] {
  const now = at.getTime();
  return schedule.notices.flatMap((notice) => {
    if (notice.startsAt.getTime() > now || notice.endsAt.getTime() <= now) return [];
    const text = noticeTextIn(notice.texts, locale, defaultLocale);
    if (!text) return [];
    const banner: Banner = { severity: notice.severity, message: text.message };
    if (notice.linkUrl) banner.link = { href: notice.linkUrl, label: text.linkLabel || moreLabel };
    return [banner];
  });
}

export type NoticeRow = typeof notices.$inferSelect & {
  texts: { locale: string; message: string; linkLabel: string }[];
};

/** Every notice, newest window first, with its texts: for the editors' pages. */
export async function listNoticesForEditing(db: Db): Promise<NoticeRow[]> {
  const [rows, texts] = await Promise.all([
    db.select().from(notices).orderBy(desc(notices.startsAt), desc(notices.id)),
    db.select().from(noticeTexts),
  ]);
  return rows.map((row) => ({ ...row, texts: texts.filter((text) => text.noticeId === row.id) }));
}

export async function findNotice(db: Db, noticeId: string): Promise<NoticeRow | undefined> {
  const [row] = await db.select().from(notices).where(eq(notices.id, noticeId));
  if (!row) return undefined;
  const texts = await db.select().from(noticeTexts).where(eq(noticeTexts.noticeId, noticeId));
  return { ...row, texts };
}

/** The venues an advisory may be tied to, by name: for the editors' form. */
export async function listVenueChoices(
  db: Db,
): Promise<{ id: string; name: string; country: string }[]> {
  return db
    .select({ id: venues.id, name: venues.name, country: venues.country })
    .from(venues)
    .orderBy(asc(venues.name), asc(venues.id));
}
