// What pages and articles share: a row in one language holding the draft, revisions appended on
// every save, and publishing that points the row at one revision from a moment on. Each kind
// describes its tables once (pageKind, articleKind); the commands here do the rest, so drafts,
// revisions, schedules and translations work one way for both.
import { and, desc, eq, max, ne } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import type { articleRevisions, articles } from '../articles/tables.ts';
import type { pageRevisions, pages } from '../pages/tables.ts';
import { EditRefused } from './context.ts';

export interface DraftContent {
  title: string;
  summary: string;
  body: string;
}

export interface EditableKind {
  /** The subject kind in the audit log, and the prefix of its actions. */
  subject: 'page' | 'article';
  items: typeof pages | typeof articles;
  revisions: typeof pageRevisions | typeof articleRevisions;
  /** The revisions' column that names their item. */
  revisionOwner: typeof pageRevisions.pageId | typeof articleRevisions.articleId;
  appendRevision(
    db: Db,
    itemId: string,
    content: DraftContent,
    createdBy: string | null,
  ): Promise<number>;
  /** Articles show when a later revision was published over the first (null: it was not). */
  markRevised?(db: Db, itemId: string, at: Date | null): Promise<void>;
}

export interface EditableItem extends DraftContent {
  id: string;
  translationKey: string;
  locale: Locale;
  slug: string;
  publishedRevisionId: number | null;
  publishAt: Date | null;
  updatedAt: Date;
}

function itemColumns(kind: EditableKind) {
  const { items } = kind;
  return {
    id: items.id,
    translationKey: items.translationKey,
    locale: items.locale,
    slug: items.slug,
    title: items.title,
    summary: items.summary,
    body: items.body,
    publishedRevisionId: items.publishedRevisionId,
    publishAt: items.publishAt,
    updatedAt: items.updatedAt,
  };
}

export async function findEditable(
  db: Db,
  kind: EditableKind,
  id: string,
): Promise<EditableItem | undefined> {
  const [row] = await db
    .select(itemColumns(kind))
    .from(kind.items)
    .where(eq(kind.items.id, id))
    .limit(1);
  return row ? { ...row, locale: row.locale as Locale } : undefined;
}

/** Refuses a slug another item of the same language already has. */
export async function assertSlugFree(
  db: Db,
  kind: EditableKind,
  { locale, slug, exceptId }: { locale: Locale; slug: string; exceptId?: string },
): Promise<void> {
  const { items } = kind;
  const [clash] = await db
    .select({ id: items.id })
    .from(items)
    .where(
      and(
        eq(items.locale, locale),
        eq(items.slug, slug),
        exceptId ? ne(items.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (clash) throw new EditRefused('slug', 'edit.slugTaken');
}

/** The translation key a new item joins: its own, or that of the item it translates, when that
 * one has no version in this language yet. */
export async function translationKeyFor(
  db: Db,
  kind: EditableKind,
  { translationOf, locale }: { translationOf?: string; locale: Locale },
): Promise<string | undefined> {
  if (!translationOf) return undefined;
  const original = await findEditable(db, kind, translationOf);
  if (!original) throw new EditRefused('translationOf', 'edit.translationMissing');
  const [existing] = await db
    .select({ id: kind.items.id })
    .from(kind.items)
    .where(
      and(eq(kind.items.translationKey, original.translationKey), eq(kind.items.locale, locale)),
    )
    .limit(1);
  if (existing) throw new EditRefused('locale', 'edit.translationExists');
  return original.translationKey;
}

/** Writes the draft and appends it as a revision; returns the revision's id. */
export async function writeDraft(
  db: Db,
  kind: EditableKind,
  itemId: string,
  content: DraftContent,
  createdBy: string | null,
): Promise<number> {
  await db
    .update(kind.items)
    .set({ ...content, updatedAt: new Date() })
    .where(eq(kind.items.id, itemId));
  return kind.appendRevision(db, itemId, content, createdBy);
}

/** The newest revision: always the draft as last saved. */
export async function latestRevisionId(db: Db, kind: EditableKind, itemId: string) {
  const [row] = await db
    .select({ id: max(kind.revisions.id) })
    .from(kind.revisions)
    .where(eq(kind.revisionOwner, itemId));
  if (row?.id == null) throw new Error(`The ${kind.subject} has no revision.`);
  return row.id;
}

export interface RevisionSummary {
  id: number;
  title: string;
  createdAt: Date;
  createdBy: string | null;
}

export async function listRevisions(
  db: Db,
  kind: EditableKind,
  itemId: string,
): Promise<RevisionSummary[]> {
  const { revisions } = kind;
  return db
    .select({
      id: revisions.id,
      title: revisions.title,
      createdAt: revisions.createdAt,
      createdBy: revisions.createdBy,
    })
    .from(revisions)
    .where(eq(kind.revisionOwner, itemId))
    .orderBy(desc(revisions.id));
}

export async function findRevision(
  db: Db,
  kind: EditableKind,
  itemId: string,
  revisionId: number,
): Promise<(RevisionSummary & DraftContent) | undefined> {
  const { revisions } = kind;
  const [row] = await db
    .select({
      id: revisions.id,
      title: revisions.title,
      summary: revisions.summary,
      body: revisions.body,
      createdAt: revisions.createdAt,
      createdBy: revisions.createdBy,
    })
    .from(revisions)
    .where(and(eq(kind.revisionOwner, itemId), eq(revisions.id, revisionId)))
    .limit(1);
  return row;
}

export interface TranslationLink {
  id: string;
  locale: Locale;
  slug: string;
  title: string;
}

/** The other language versions of an item. */
export async function listTranslations(
  db: Db,
  kind: EditableKind,
  item: Pick<EditableItem, 'id' | 'translationKey'>,
): Promise<TranslationLink[]> {
  const { items } = kind;
  const rows = await db
    .select({ id: items.id, locale: items.locale, slug: items.slug, title: items.title })
    .from(items)
    .where(and(eq(items.translationKey, item.translationKey), ne(items.id, item.id)))
    .orderBy(items.locale);
  return rows.map((row) => ({ ...row, locale: row.locale as Locale }));
}
