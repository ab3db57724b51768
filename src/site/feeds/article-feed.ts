// The article feeds of one language (RSS 2.0, Atom 1.0, JSON Feed 1): the newest published
// articles with their rendered text. Authors appear only as the anonymous public sees them,
// through the privacy gate; a feed is public however it is fetched.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { Feed } from 'feed';
import type { Db } from '../../core/db/client.ts';
import { type Locale, translator } from '../../core/i18n/i18n.ts';
import { renderMarkdown } from '../../core/markdown/render.ts';
import { personColumns, presentPerson, visiblePeople } from '../../core/privacy/gate.ts';
import { anonymous } from '../../core/privacy/viewer.ts';
import type { PageHead } from '../../core/web/layout.tsx';
import { people } from '../../people/tables.ts';
import { publishedRevision } from '../articles/public-article-rows.ts';
import { articleAuthors, articleRevisions, articles, articleTags } from '../articles/tables.ts';
import { rewriteLinks } from '../mirror/html-links.ts';
import { publishedBy } from '../published.ts';
import { sitePaths } from '../urls.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** How many articles a feed carries: readers poll it, so older ones are already known. */
export const feedLength = 20;

export interface FeedArticle {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  published: Date;
  updated: Date;
  authors: { id: string; name: string }[];
  tags: string[];
}

export async function listFeedArticles(db: Db, locale: Locale, now: Date): Promise<FeedArticle[]> {
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      publishAt: articles.publishAt,
      revisedAt: articles.revisedAt,
      title: articleRevisions.title,
      summary: articleRevisions.summary,
      body: articleRevisions.body,
    })
    .from(articles)
    .innerJoin(articleRevisions, publishedRevision())
    .where(and(eq(articles.locale, locale), publishedBy(articles, now)))
    .orderBy(desc(articles.publishAt), asc(articles.id))
    .limit(feedLength);
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const [authorRows, tagRows] = await Promise.all([
    db
      .select({ articleId: articleAuthors.articleId, ...personColumns })
      .from(articleAuthors)
      .innerJoin(people, eq(people.id, articleAuthors.personId))
      .where(and(inArray(articleAuthors.articleId, ids), visiblePeople(anonymous)))
      .orderBy(asc(articleAuthors.position), asc(people.id)),
    db
      .select({ articleId: articleTags.articleId, tag: articleTags.tag })
      .from(articleTags)
      .where(inArray(articleTags.articleId, ids))
      .orderBy(asc(articleTags.tag)),
  ]);
  return rows.map((row) => {
    const published = row.publishAt ?? now;
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      body: row.body,
      published,
      updated: row.revisedAt ?? published,
      authors: authorRows
        .filter((author) => author.articleId === row.id)
        .flatMap(({ articleId: _, ...person }) => {
          const shown = presentPerson(anonymous, person);
          return shown ? [{ id: shown.id, name: shown.name }] : [];
        }),
      tags: tagRows.filter((tag) => tag.articleId === row.id).map((tag) => tag.tag),
    };
  });
}

export async function buildArticleFeed(options: {
  locale: Locale;
  publicUrl: string;
  articles: FeedArticle[];
  now: Date;
}): Promise<Feed> {
  const { locale, publicUrl } = options;
  const t = translator(locale);
  const absolute = (path: string) => new URL(path, publicUrl).href;
  const archive = absolute(sitePaths.articles(locale));
  const newest = options.articles.reduce<Date | undefined>(
    (latest, article) => (latest && latest > article.updated ? latest : article.updated),
    undefined,
  );
  const feed = new Feed({
    id: archive,
    link: archive,
    title: `${t('site.name')}: ${t('discovery.feedTitle')}`,
    description: t('discovery.feedDescription'),
    language: locale,
    updated: newest ?? options.now,
    generator: 'tracktwo',
    feedLinks: {
      rss: absolute(sitePaths.feed(locale, 'rss')),
      atom: absolute(sitePaths.feed(locale, 'atom')),
      json: absolute(sitePaths.feed(locale, 'json')),
    },
  });
  for (const article of options.articles) {
    const link = absolute(sitePaths.article(locale, article.slug));
    feed.addItem({
      id: link,
      link,
      title: article.title,
      description: article.summary,
      // Readers show the text away from the site, so its links must name the site in full.
      content: await rewriteLinks(renderMarkdown(article.body), (url) => absoluteOrSame(url, link)),
      date: article.updated,
      published: article.published,
      // No author at all rather than an empty list, which the JSON writer cannot take.
      author:
        article.authors.length > 0
          ? article.authors.map((author) => ({
              name: author.name,
              link: absolute(sitePaths.author(locale, author.id)),
            }))
          : undefined,
      category: article.tags.map((tag) => ({ name: tag, term: tag })),
    });
  }
  return feed;
}

export function renderFeed(feed: Feed, format: FeedFormat): string {
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  return feed.json1();
}

/** The feeds a page of articles announces in its head. */
export function articleFeedLinks(locale: Locale): NonNullable<PageHead['feeds']> {
  const t = translator(locale);
  return [
    {
      type: 'application/rss+xml',
      title: t('discovery.feedRss'),
      href: sitePaths.feed(locale, 'rss'),
    },
    {
      type: 'application/atom+xml',
      title: t('discovery.feedAtom'),
      href: sitePaths.feed(locale, 'atom'),
    },
    {
      type: 'application/feed+json',
      title: t('discovery.feedJson'),
      href: sitePaths.feed(locale, 'json'),
    },
  ];
}

function absoluteOrSame(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}
