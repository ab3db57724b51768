// The pieces every public query of articles shares: which articles the public may see, the
// revision it sees of each, and the columns of an article in a list.
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { articleRevisions, articles } from './tables.ts';

export interface ArticleSummary {
  id: string;
  slug: string;
  title: string;
  summary: string;
  publishAt: Date;
}

/** Joins an article to the revision the public sees. */
export function publishedRevision(): SQL {
  return and(
    eq(articleRevisions.id, articles.publishedRevisionId),
    eq(articleRevisions.articleId, articles.id),
  ) as SQL;
}

export const summaryColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articleRevisions.title,
  summary: articleRevisions.summary,
  // Never null here: publishedBy() requires it.
  publishAt: sql<Date>`${articles.publishAt}`.mapWith(articles.publishAt),
};
