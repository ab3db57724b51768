// Where each item stands, for the editors' lists and forms: a draft nobody sees, scheduled,
// published, or published with a draft that has moved on since.
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import type { DraftContent, EditableKind } from './editable.ts';

export type EditingStatus = 'draft' | 'scheduled' | 'published' | 'changed';

export function statusOf(
  item: DraftContent & { publishedRevisionId: number | null; publishAt: Date | null },
  published: DraftContent | null,
  now = new Date(),
): EditingStatus {
  if (item.publishedRevisionId === null || item.publishAt === null) return 'draft';
  if (item.publishAt > now) return 'scheduled';
  const same =
    published !== null &&
    published.title === item.title &&
    published.summary === item.summary &&
    published.body === item.body;
  return same ? 'published' : 'changed';
}

export interface EditingListEntry {
  id: string;
  locale: Locale;
  slug: string;
  title: string;
  status: EditingStatus;
  publishAt: Date | null;
  updatedAt: Date;
}

/** Every item of a kind, newest change first, optionally in one language only. */
export async function listForEditing(
  db: Db,
  kind: EditableKind,
  { locale }: { locale?: Locale },
): Promise<EditingListEntry[]> {
  const { items } = kind;
  const published = alias(kind.revisions, 'published_revision');
  const where: SQL | undefined = and(locale ? eq(items.locale, locale) : undefined);
  const rows = await db
    .select({
      id: items.id,
      locale: items.locale,
      slug: items.slug,
      title: items.title,
      summary: items.summary,
      body: items.body,
      publishedRevisionId: items.publishedRevisionId,
      publishAt: items.publishAt,
      updatedAt: items.updatedAt,
      publishedTitle: published.title,
      publishedSummary: published.summary,
      publishedBody: published.body,
    })
    .from(items)
    .leftJoin(published, eq(published.id, items.publishedRevisionId))
    .where(where)
    .orderBy(desc(items.updatedAt), items.id);
  const now = new Date();
  return rows.map((row) => ({
    id: row.id,
    locale: row.locale as Locale,
    slug: row.slug,
    title: row.title,
    publishAt: row.publishAt,
    updatedAt: row.updatedAt,
    status: statusOf(
      row,
      row.publishedTitle === null
        ? null
        : {
            title: row.publishedTitle,
            summary: row.publishedSummary ?? '',
            body: row.publishedBody ?? '',
          },
      now,
    ),
  }));
}

/** The status of one item, for its edit page. */
export async function statusOfItem(
  db: Db,
  kind: EditableKind,
  item: DraftContent & { publishedRevisionId: number | null; publishAt: Date | null },
): Promise<EditingStatus> {
  if (item.publishedRevisionId === null) return 'draft';
  const { revisions } = kind;
  const [published] = await db
    .select({ title: revisions.title, summary: revisions.summary, body: revisions.body })
    .from(revisions)
    .where(eq(revisions.id, item.publishedRevisionId))
    .limit(1);
  return statusOf(item, published ?? null);
}
