// What an article page links to besides its text: its authors (through the privacy gate), the
// older and newer article, related articles and its translations. Only published, due articles
// are ever linked, so a link never leads to a 404.
import { and, asc, desc, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { isLocale, type Locale } from '../../core/i18n/i18n.ts';
import { personColumns, presentPerson, visiblePeople } from '../../core/privacy/gate.ts';
import { anonymous } from '../../core/privacy/viewer.ts';
import { people } from '../../people/tables.ts';
import { publishedBy } from '../published.ts';
import { sitePaths } from '../urls.ts';
import { type ArticleSummary, publishedRevision, summaryColumns } from './public-article-rows.ts';
import {
  articleAuthors,
  articlePrograms,
  articleRevisions,
  articles,
  articleTags,
} from './tables.ts';

export interface ArticleAuthor {
  id: string;
  name: string;
}

/** The authors an anonymous visitor may see, in the editors' order; the others go unnamed. */
export async function visibleAuthors(db: Db, articleId: string): Promise<ArticleAuthor[]> {
  const rows = await db
    .select(personColumns)
    .from(articleAuthors)
    .innerJoin(people, eq(people.id, articleAuthors.personId))
    .where(and(eq(articleAuthors.articleId, articleId), visiblePeople(anonymous)))
    .orderBy(asc(articleAuthors.position), asc(people.displayName));
  return rows.flatMap((row) => {
    const person = presentPerson(anonymous, row);
    return person ? [{ id: person.id, name: person.name }] : [];
  });
}

/** A person as the author pages show them, when the public may see them at all. */
export async function findPublicAuthor(
  db: Db,
  personId: string,
): Promise<{ id: string; name: string; bio: string } | undefined> {
  const [row] = await db
    .select(personColumns)
    .from(people)
    .where(and(eq(people.id, personId), visiblePeople(anonymous)));
  const person = row && presentPerson(anonymous, row);
  return person ? { id: person.id, name: person.name, bio: person.bio ?? '' } : undefined;
}

/** The article published just before this one and the one just after, in its language. */
export async function neighbours(
  db: Db,
  articleId: string,
  locale: Locale,
): Promise<{ previous: ArticleSummary | null; next: ArticleSummary | null }> {
  // Compared in SQL against the stored row, so timestamps keep their full precision.
  const current = sql`(select ${articles.publishAt}, ${articles.id} from ${articles} where ${articles.id} = ${articleId})`;
  const position = sql`(${articles.publishAt}, ${articles.id})`;
  const nearest = (side: SQL, newestFirst: boolean) =>
    db
      .select(summaryColumns)
      .from(articles)
      .innerJoin(articleRevisions, publishedRevision())
      .where(and(eq(articles.locale, locale), publishedBy(articles), side))
      .orderBy(
        newestFirst ? desc(articles.publishAt) : asc(articles.publishAt),
        newestFirst ? desc(articles.id) : asc(articles.id),
      )
      .limit(1);
  const [[previous], [next]] = await Promise.all([
    nearest(sql`${position} < ${current}`, true),
    nearest(sql`${position} > ${current}`, false),
  ]);
  return { previous: previous ?? null, next: next ?? null };
}

/** Up to three articles in the same language sharing the most tags and programs with this one. */
export async function relatedArticles(
  db: Db,
  articleId: string,
  locale: Locale,
): Promise<ArticleSummary[]> {
  const sharedTags = sql`(select count(*) from ${articleTags} as theirs where theirs.article_id = ${articles.id} and theirs.tag in (select ours.tag from ${articleTags} as ours where ours.article_id = ${articleId}))`;
  const sharedPrograms = sql`(select count(*) from ${articlePrograms} as theirs where theirs.article_id = ${articles.id} and theirs.program_id in (select ours.program_id from ${articlePrograms} as ours where ours.article_id = ${articleId}))`;
  const shared = sql<number>`(${sharedTags} + ${sharedPrograms})`;
  return db
    .select(summaryColumns)
    .from(articles)
    .innerJoin(articleRevisions, publishedRevision())
    .where(
      and(
        eq(articles.locale, locale),
        publishedBy(articles),
        ne(articles.id, articleId),
        sql`${shared} > 0`,
      ),
    )
    .orderBy(desc(shared), desc(articles.publishAt), desc(articles.id))
    .limit(3);
}

/** Where this article is published, language by language (translations share the key). */
export async function articleAlternates(
  db: Db,
  translationKey: string,
): Promise<Partial<Record<Locale, string>>> {
  const rows = await db
    .select({ locale: articles.locale, slug: articles.slug })
    .from(articles)
    .where(and(eq(articles.translationKey, translationKey), publishedBy(articles)));
  const alternates: Partial<Record<Locale, string>> = {};
  for (const row of rows) {
    if (isLocale(row.locale)) alternates[row.locale] = sitePaths.article(row.locale, row.slug);
  }
  return alternates;
}
