// Published site content written straight into the tables, for the tests of feeds, the sitemap
// and the mirror (which must not wait for the editors' commands to exist).
import { eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import { people, type Tier } from '../../people/tables.ts';
import {
  articleAuthors,
  articlePrograms,
  articleRevisions,
  articles,
  articleTags,
} from '../articles/tables.ts';
import { pageRevisions, pages } from '../pages/tables.ts';
import { partners, programPartners, programs, programTexts } from '../tables.ts';
import { timelineEntries, timelineTexts } from '../timeline/tables.ts';

export const days = (count: number) => count * 24 * 60 * 60 * 1000;

export async function insertPerson(db: Db, displayName: string, tier: Tier): Promise<string> {
  const [row] = await db.insert(people).values({ displayName, tier }).returning({ id: people.id });
  if (!row) throw new Error('person not inserted');
  return row.id;
}

export interface ArticleFixture {
  locale: Locale;
  slug: string;
  title: string;
  summary?: string;
  body?: string;
  /** Undefined: a draft never published. */
  publishAt?: Date;
  revisedAt?: Date;
  translationKey?: string;
  authors?: string[];
  tags?: string[];
  /** A later draft that the public must not see. */
  unpublishedDraftTitle?: string;
  coverMediaId?: string;
  programIds?: string[];
}

export async function insertArticle(db: Db, fixture: ArticleFixture): Promise<string> {
  const [article] = await db
    .insert(articles)
    .values({
      locale: fixture.locale,
      slug: fixture.slug,
      title: fixture.title,
      summary: fixture.summary ?? '',
      body: fixture.body ?? '',
      coverMediaId: fixture.coverMediaId,
      ...(fixture.translationKey ? { translationKey: fixture.translationKey } : {}),
    })
    .returning({ id: articles.id });
  if (!article) throw new Error('article not inserted');
  const [revision] = await db
    .insert(articleRevisions)
    .values({
      articleId: article.id,
      title: fixture.title,
      summary: fixture.summary ?? '',
      body: fixture.body ?? '',
    })
    .returning({ id: articleRevisions.id });
  if (fixture.publishAt && revision) {
    await db
      .update(articles)
      .set({
        publishedRevisionId: revision.id,
        publishAt: fixture.publishAt,
        revisedAt: fixture.revisedAt ?? null,
      })
      .where(eq(articles.id, article.id));
  }
  if (fixture.unpublishedDraftTitle) {
    await db
      .update(articles)
      .set({ title: fixture.unpublishedDraftTitle })
      .where(eq(articles.id, article.id));
    await db
      .insert(articleRevisions)
      .values({ articleId: article.id, title: fixture.unpublishedDraftTitle, body: '' });
  }
  for (const [position, personId] of (fixture.authors ?? []).entries()) {
    await db.insert(articleAuthors).values({ articleId: article.id, personId, position });
  }
  for (const tag of fixture.tags ?? []) {
    await db.insert(articleTags).values({ articleId: article.id, tag });
  }
  for (const programId of fixture.programIds ?? []) {
    await db.insert(articlePrograms).values({ articleId: article.id, programId });
  }
  return article.id;
}

export async function insertPage(
  db: Db,
  fixture: {
    locale: Locale;
    slug: string;
    title: string;
    body?: string;
    publishAt?: Date;
    translationKey?: string;
  },
): Promise<string> {
  const [page] = await db
    .insert(pages)
    .values({
      locale: fixture.locale,
      slug: fixture.slug,
      title: fixture.title,
      body: fixture.body ?? '',
      ...(fixture.translationKey ? { translationKey: fixture.translationKey } : {}),
    })
    .returning({ id: pages.id });
  if (!page) throw new Error('page not inserted');
  const [revision] = await db
    .insert(pageRevisions)
    .values({ pageId: page.id, title: fixture.title, body: fixture.body ?? '' })
    .returning({ id: pageRevisions.id });
  if (fixture.publishAt && revision) {
    await db
      .update(pages)
      .set({ publishedRevisionId: revision.id, publishAt: fixture.publishAt })
      .where(eq(pages.id, page.id));
  }
  return page.id;
}

export async function insertProgram(
  db: Db,
  fixture: {
    slug: string;
    texts: Partial<Record<Locale, { name: string; summary?: string; body?: string }>>;
    published?: boolean;
    partnerName?: string;
  },
): Promise<string> {
  const [program] = await db
    .insert(programs)
    .values({ slug: fixture.slug, name: fixture.slug, published: fixture.published ?? true })
    .returning({ id: programs.id });
  if (!program) throw new Error('program not inserted');
  for (const [locale, text] of Object.entries(fixture.texts)) {
    await db.insert(programTexts).values({ programId: program.id, locale, ...text });
  }
  if (fixture.partnerName) {
    const [partner] = await db
      .insert(partners)
      .values({ name: fixture.partnerName, website: 'https://partner.example' })
      .returning({ id: partners.id });
    if (partner) {
      await db.insert(programPartners).values({ programId: program.id, partnerId: partner.id });
    }
  }
  return program.id;
}

export async function insertTimelineEntry(
  db: Db,
  fixture: {
    year: number;
    texts: Partial<Record<Locale, { title: string; body?: string }>>;
    programId?: string;
    articleId?: string;
  },
): Promise<string> {
  const [entry] = await db
    .insert(timelineEntries)
    .values({ year: fixture.year, programId: fixture.programId, articleId: fixture.articleId })
    .returning({ id: timelineEntries.id });
  if (!entry) throw new Error('timeline entry not inserted');
  for (const [locale, text] of Object.entries(fixture.texts)) {
    await db.insert(timelineTexts).values({ entryId: entry.id, locale, ...text });
  }
  return entry.id;
}
