// What the public sees of the article archive, in one language: the published revision of each
// article from its publication time on. A draft, a scheduled article and a missing one are all
// simply not found; lists never count what the public may not see.
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import { renderMarkdown } from '../../core/markdown/render.ts';
import { media } from '../../core/media/tables.ts';
import { publishedBy } from '../published.ts';
import { programs, programTexts } from '../tables.ts';
import {
  type ArticleAuthor,
  articleAlternates,
  neighbours,
  relatedArticles,
  visibleAuthors,
} from './public-article-links.ts';
import { type ArticleSummary, publishedRevision, summaryColumns } from './public-article-rows.ts';
import {
  articleAuthors,
  articlePrograms,
  articleRevisions,
  articles,
  articleTags,
} from './tables.ts';

export const articlesPerPage = 10;

export interface ArticleListPage {
  articles: ArticleSummary[];
  /** Pages in all; at least 1, even when there is nothing to list. */
  pages: number;
}

export interface Cover {
  id: string;
  width: number;
  height: number;
  alt: string;
}

export interface PublicArticle extends ArticleSummary {
  locale: Locale;
  bodyHtml: string;
  /** When a later revision was published over the first; null when it was not. */
  revisedAt: Date | null;
  cover: Cover | null;
  /** Only the authors the privacy gate lets an anonymous visitor see. */
  authors: ArticleAuthor[];
  tags: string[];
  programs: { slug: string; name: string }[];
  /** The older and the newer article in the same language. */
  previous: ArticleSummary | null;
  next: ArticleSummary | null;
  related: ArticleSummary[];
  /** The article in every language it is published in, this one included. */
  alternates: Partial<Record<Locale, string>>;
}

export type ArchiveFilter = { tag: string } | { authorId: string } | undefined;

function filterCondition(filter: ArchiveFilter): SQL | undefined {
  if (!filter) return undefined;
  const matching =
    'tag' in filter
      ? sql`select 1 from ${articleTags} where ${articleTags.articleId} = ${articles.id} and ${articleTags.tag} = ${filter.tag}`
      : sql`select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articles.id} and ${articleAuthors.personId} = ${filter.authorId}`;
  return sql`exists (${matching})`;
}

/** One page of the archive (or of a tag's or an author's articles), newest first. */
export async function listPublishedArticles(
  db: Db,
  locale: Locale,
  pageNumber: number,
  filter?: ArchiveFilter,
  perPage = articlesPerPage,
): Promise<ArticleListPage> {
  const rows = await db
    .select({ ...summaryColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(articles)
    .innerJoin(articleRevisions, publishedRevision())
    .where(and(eq(articles.locale, locale), publishedBy(articles), filterCondition(filter)))
    .orderBy(desc(articles.publishAt), desc(articles.id))
    .limit(perPage)
    .offset((pageNumber - 1) * perPage);
  const total = rows[0]?.total ?? (pageNumber > 1 ? await countPublished(db, locale, filter) : 0);
  return {
    articles: rows.map(({ total: _, ...summary }) => summary),
    pages: Math.max(1, Math.ceil(total / perPage)),
  };
}

/** The count alone, for a page past the end (where the window count has no row to ride on). */
async function countPublished(db: Db, locale: Locale, filter: ArchiveFilter): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`count(*)`.mapWith(Number) })
    .from(articles)
    .where(and(eq(articles.locale, locale), publishedBy(articles), filterCondition(filter)));
  return row?.total ?? 0;
}

export async function findPublishedArticle(
  db: Db,
  locale: Locale,
  slug: string,
): Promise<PublicArticle | undefined> {
  const [row] = await db
    .select({
      ...summaryColumns,
      body: articleRevisions.body,
      translationKey: articles.translationKey,
      revisedAt: articles.revisedAt,
      coverAlt: articles.coverAlt,
      coverId: media.id,
      coverWidth: media.width,
      coverHeight: media.height,
      coverMediaAlt: media.altText,
    })
    .from(articles)
    .innerJoin(articleRevisions, publishedRevision())
    .leftJoin(media, eq(media.id, articles.coverMediaId))
    .where(and(eq(articles.locale, locale), eq(articles.slug, slug), publishedBy(articles)));
  if (!row) return undefined;
  const [authors, tags, programsShown, around, related, alternates] = await Promise.all([
    visibleAuthors(db, row.id),
    tagsOf(db, row.id),
    programsOf(db, row.id, locale),
    neighbours(db, row.id, locale),
    relatedArticles(db, row.id, locale),
    articleAlternates(db, row.translationKey),
  ]);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    publishAt: row.publishAt,
    locale,
    bodyHtml: renderMarkdown(row.body),
    revisedAt: row.revisedAt,
    cover:
      row.coverId !== null && row.coverWidth !== null && row.coverHeight !== null
        ? {
            id: row.coverId,
            width: row.coverWidth,
            height: row.coverHeight,
            alt: row.coverAlt || (row.coverMediaAlt ?? ''),
          }
        : null,
    authors,
    tags,
    programs: programsShown,
    ...around,
    related,
    alternates,
  };
}

async function tagsOf(db: Db, articleId: string): Promise<string[]> {
  const rows = await db
    .select({ tag: articleTags.tag })
    .from(articleTags)
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(articleTags.tag));
  return rows.map((row) => row.tag);
}

/** The article's programs that the public site shows in this language (see site/programs). */
function programsOf(db: Db, articleId: string, locale: Locale) {
  return db
    .select({ slug: programs.slug, name: programTexts.name })
    .from(articlePrograms)
    .innerJoin(programs, eq(programs.id, articlePrograms.programId))
    .innerJoin(
      programTexts,
      and(eq(programTexts.programId, programs.id), eq(programTexts.locale, locale)),
    )
    .where(and(eq(articlePrograms.articleId, articleId), eq(programs.published, true)))
    .orderBy(asc(programs.position), asc(programTexts.name));
}
