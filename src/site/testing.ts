// Site content written straight into the tables, for the tests of public pages, feeds, the
// sitemap, the page cache and the mirror (which must not wait for the editors' commands), and
// smallSite: one whole small public site built from these.
import { eq } from 'drizzle-orm';
import type { Db } from '../core/db/client.ts';
import type { Locale } from '../core/i18n/i18n.ts';
import { importImage } from '../core/media/media.ts';
import { testPhoto } from '../core/media/testing.ts';
import { people, type Tier } from '../people/tables.ts';
import {
  articleAuthors,
  articlePrograms,
  articleRevisions,
  articles,
  articleTags,
} from './articles/tables.ts';
import { pageRevisions, pages } from './pages/tables.ts';
import { partners, programPartners, programs, programTexts } from './tables.ts';
import { timelineEntries, timelineTexts } from './timeline/tables.ts';

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

// A small public site: pages and an article in two languages, a program with a partner, a
// timeline over two decades, a cover image, and a draft that must stay out.
export const smallSite = {
  articleTitle: 'Scientists meet on the Southern Ocean',
  articleSlug: 'oceans-meeting',
  programName: 'Oceans 22',
  programSlug: 'oceans-22',
  tag: 'marine science',
  draftSlug: 'secret-draft',
} as const;

export async function insertSmallSite(db: Db): Promise<void> {
  const published = new Date(Date.now() - days(2));
  const home = crypto.randomUUID();
  await insertPage(db, {
    locale: 'en',
    slug: 'home',
    title: 'Welcome',
    body: 'Citizens talking across borders since 1980.',
    publishAt: published,
    translationKey: home,
  });
  await insertPage(db, {
    locale: 'ru',
    slug: 'home',
    title: 'Добро пожаловать',
    body: 'С 1980 года.',
    publishAt: published,
    translationKey: home,
  });
  await insertPage(db, {
    locale: 'en',
    slug: 'mission',
    title: 'Mission',
    body: 'Trust first.',
    publishAt: published,
  });
  const program = await insertProgram(db, {
    slug: smallSite.programSlug,
    texts: {
      en: {
        name: smallSite.programName,
        summary: 'Marine protection.',
        body: 'Scientists and negotiators.',
      },
      ru: { name: 'Океаны 22', summary: 'Охрана моря.' },
    },
    partnerName: 'Marine Institute',
  });
  const author = await insertPerson(db, 'Vera Public Writer', 'public');
  const cover = await importImage(db, await testPhoto({ width: 1200, height: 800 }), {
    altText: 'A research ship in ice',
  });
  const article = await insertArticle(db, {
    locale: 'en',
    slug: smallSite.articleSlug,
    title: smallSite.articleTitle,
    summary: 'Marine biologists from both sides met in Europe.',
    body: `They met in spring. See [the program](/en/programs/${smallSite.programSlug}) and [sign in](/sign-in) for more.`,
    publishAt: published,
    authors: [author],
    tags: [smallSite.tag],
    programIds: [program],
    coverMediaId: cover.id,
  });
  await insertArticle(db, {
    locale: 'ru',
    slug: 'vstrecha',
    title: 'Встреча',
    publishAt: published,
  });
  await insertArticle(db, { locale: 'en', slug: smallSite.draftSlug, title: 'Secret draft' });
  await insertTimelineEntry(db, {
    year: 1982,
    texts: { en: { title: 'Spacebridges' }, ru: { title: 'Телемосты' } },
  });
  await insertTimelineEntry(db, {
    year: 2022,
    texts: { en: { title: 'Oceans 2022' } },
    programId: program,
    articleId: article,
  });
}
