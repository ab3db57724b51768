// What the public sees of the newsletter: issues marked public that have been sent, newest
// first. A draft, a scheduled or a private issue is missing to the public, whoever asks.
import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import { newsletterIssues } from '../tables.ts';

export const issuesPerArchivePage = 20;
/** How many issues a feed carries: readers poll it, so older ones are already known. */
export const issueFeedLength = 20;

export const newsletterPaths = {
  archive: (locale: Locale, page = 1) =>
    page > 1 ? `/${locale}/newsletter/page/${page}` : `/${locale}/newsletter`,
  issue: (locale: Locale, number: number) => `/${locale}/newsletter/${number}`,
  feed: (locale: Locale, format: 'rss' | 'atom') => `/${locale}/newsletter/feed.${format}`,
};

const publiclySent = and(eq(newsletterIssues.public, true), eq(newsletterIssues.status, 'sent'));

const listColumns = {
  id: newsletterIssues.id,
  number: newsletterIssues.number,
  title: newsletterIssues.title,
  sentAt: newsletterIssues.sentAt,
  updatedAt: newsletterIssues.updatedAt,
};

export type PublicIssue = {
  id: string;
  number: number;
  title: string;
  sentAt: Date | null;
  updatedAt: Date;
};

export async function listPublicIssues(
  db: Db,
  page: number,
  length = issuesPerArchivePage,
): Promise<{ issues: PublicIssue[]; pages: number }> {
  const [issues, [counted]] = await Promise.all([
    db
      .select(listColumns)
      .from(newsletterIssues)
      .where(publiclySent)
      .orderBy(desc(newsletterIssues.number))
      .limit(length)
      .offset((page - 1) * length),
    db.select({ total: count() }).from(newsletterIssues).where(publiclySent),
  ]);
  return { issues, pages: Math.max(1, Math.ceil((counted?.total ?? 0) / length)) };
}

export async function findPublicIssue(db: Db, number: number): Promise<PublicIssue | undefined> {
  const [issue] = await db
    .select(listColumns)
    .from(newsletterIssues)
    .where(and(publiclySent, eq(newsletterIssues.number, number)));
  return issue;
}
