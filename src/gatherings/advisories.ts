// Travel advisories for a gathering: notices tied to its venue or to its venue's country.
//
// Which ones: those whose window reaches anywhere from `now` to the gathering's end
// (notice.ends_at > now and notice.starts_at < gathering.ends_at). That takes in an advisory in
// force now (a country's travel warning), one announced for the gathering's own days (the road
// to the venue closed), and one falling in between, when people travel; a reminder sent a week
// ahead mentions all three. Advisories already over are dropped, and a gathering that has ended
// has none: they are about getting there.
import { and, asc, eq, gt, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../core/db/client.ts';
import type { Locale } from '../core/i18n/i18n.ts';
import { type NoticeText, noticeTextIn } from '../site/notices/notices.ts';
import { notices, noticeTexts } from '../site/notices/tables.ts';

export interface AdvisoryGathering {
  venueId: string | null;
  startsAt: Date;
  endsAt: Date;
  /** The venue's country (ISO 3166-1 alpha-2); null for an online gathering. */
  venueCountry: string | null;
}

export interface GatheringAdvisory {
  id: string;
  severity: 'info' | 'warning' | 'critical';
  /** What it is tied to: the venue itself, or the venue's whole country. */
  scope: 'venue' | 'country';
  startsAt: Date;
  endsAt: Date;
  linkUrl: string | null;
  /** The message by locale; read it with advisoryText. */
  texts: Map<string, NoticeText>;
}

/** The advisories concerning a gathering, most severe first, then by start. */
export async function advisoriesForGathering(
  db: Db,
  gathering: AdvisoryGathering,
  now: Date,
): Promise<GatheringAdvisory[]> {
  if (gathering.endsAt.getTime() <= now.getTime()) return [];
  const ties: SQL[] = [];
  if (gathering.venueId) ties.push(eq(notices.venueId, gathering.venueId));
  if (gathering.venueCountry) ties.push(eq(notices.country, gathering.venueCountry.toUpperCase()));
  const tiedTo = or(...ties);
  if (!tiedTo) return [];
  const rows = await db
    .select()
    .from(notices)
    .where(and(tiedTo, gt(notices.endsAt, now), lt(notices.startsAt, gathering.endsAt)))
    .orderBy(asc(notices.startsAt), asc(notices.id));
  if (rows.length === 0) return [];
  const texts = await db
    .select()
    .from(noticeTexts)
    .where(
      inArray(
        noticeTexts.noticeId,
        rows.map((row) => row.id),
      ),
    );
  const rank = { critical: 0, warning: 1, info: 2 } as const;
  return rows
    .map((row) => ({
      id: row.id,
      severity: row.severity,
      scope: row.venueId ? ('venue' as const) : ('country' as const),
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      linkUrl: row.linkUrl,
      texts: new Map(
        texts
          .filter((text) => text.noticeId === row.id)
          .map((text) => [text.locale, { message: text.message, linkLabel: text.linkLabel }]),
      ),
    }))
    .sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** The advisory's text in `locale`, else in the site's default language; undefined when it has
 * neither (then it is not shown). */
export function advisoryText(
  advisory: GatheringAdvisory,
  locale: Locale,
  defaultLocale: Locale,
): NoticeText | undefined {
  return noticeTextIn(advisory.texts, locale, defaultLocale);
}
