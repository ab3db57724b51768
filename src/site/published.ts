// The one rule for what the public sees of a page or an article: a published revision whose
// publication time has come. Every public query, feed, sitemap and link uses it, so a link never
// leads to what its page would answer with a 404.
import { and, isNotNull, lte, type SQL, sql } from 'drizzle-orm';
import type { articles } from './articles/tables.ts';
import type { pages } from './pages/tables.ts';

/** Published and due by `now`: the database's clock unless a moment is given (the sitemap,
 * feeds and the mirror name theirs, so one run sees one moment). */
export function publishedBy(
  table: typeof pages | typeof articles,
  now: Date | SQL = sql`now()`,
): SQL {
  return and(isNotNull(table.publishedRevisionId), lte(table.publishAt, now)) as SQL;
}
