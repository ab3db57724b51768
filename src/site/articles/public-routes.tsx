// The article archive under each language: /{locale}/articles (and /page/N), a tag's articles,
// an author's articles, and each article. A page number past the end, an unknown tag, an author
// the public may not see and an article not published (or not yet) are all the same 404.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Locale } from '../../core/i18n/i18n.ts';
import { keptWidths } from '../../core/media/variants.ts';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { pageShell } from '../../core/web/shell.ts';
import { localeSegment } from '../locale-segment.ts';
import { sitePaths } from '../urls.ts';
import { ArchivePage } from './public-archive-view.tsx';
import { findPublicAuthor } from './public-article-links.ts';
import { ArticlePage } from './public-article-view.tsx';
import {
  type ArchiveFilter,
  findPublishedArticle,
  listPublishedArticles,
  type PublicArticle,
} from './public-articles.ts';

const base = `/${localeSegment}/articles`;
const pageSegment = '/page/:page{[0-9]{1,6}}';
const tag = z.string().trim().min(1).max(60);
const personId = z.uuid();
/** An author's articles on one page: the author pages have no page numbers of their own. */
const authorListLength = 100;

/** The page number in the path; page 1 has no /page/1 (that address redirects to the list). */
function pageNumberOf(c: Context<AppEnv>): number {
  return c.req.param('page') ? Number(c.req.param('page')) : 1;
}

/** Renders one page of a list, or the 404 when that page lies past the end. */
async function renderList(
  c: Context<AppEnv>,
  options: {
    filter: ArchiveFilter;
    pathOf: (page: number) => string;
    title: string;
    emptyText: string;
    /** An empty first page is a 404 (an unknown tag) rather than an empty list. */
    emptyIsMissing: boolean;
  },
) {
  const pageNumber = pageNumberOf(c);
  if (pageNumber < 1) return renderNotFound(c);
  if (c.req.param('page') && pageNumber === 1) return c.redirect(options.pathOf(1), 301);
  const locale = c.get('locale');
  const list = await listPublishedArticles(c.get('deps').db, locale, pageNumber, options.filter);
  if (pageNumber > list.pages) return renderNotFound(c);
  if (list.articles.length === 0 && options.emptyIsMissing) return renderNotFound(c);
  const t = c.get('t');
  return c.html(
    <ArchivePage
      shell={pageShell(c)}
      title={
        pageNumber > 1
          ? `${options.title} (${t('pager.status', { page: pageNumber, pages: list.pages })})`
          : options.title
      }
      articles={list.articles}
      emptyText={options.emptyText}
      page={pageNumber}
      pages={list.pages}
      pathOf={options.pathOf}
      head={{ canonical: options.pathOf(pageNumber), alternates: undefined }}
    />,
  );
}

function archive(c: Context<AppEnv>) {
  const locale = c.get('locale');
  const t = c.get('t');
  return renderList(c, {
    filter: undefined,
    pathOf: (page) => sitePaths.articles(locale, page),
    title: t('articles.title'),
    emptyText: t('articles.empty'),
    emptyIsMissing: false,
  });
}

function tagged(c: Context<AppEnv>) {
  const parsed = tag.safeParse(c.req.param('tag'));
  if (!parsed.success) return renderNotFound(c);
  const locale = c.get('locale');
  const t = c.get('t');
  return renderList(c, {
    filter: { tag: parsed.data },
    pathOf: (page) => sitePaths.tag(locale, parsed.data, page),
    title: t('articles.tagTitle', { tag: parsed.data }),
    emptyText: t('articles.empty'),
    emptyIsMissing: true,
  });
}

function articleHead(article: PublicArticle) {
  // The widest jpeg kept up to 1280 pixels: large enough for a link preview, not a poster.
  const previewWidth =
    article.cover &&
    keptWidths(article.cover.width)
      .filter((w) => w <= 1280)
      .at(-1);
  return {
    canonical: sitePaths.article(article.locale, article.slug),
    description: article.summary || undefined,
    alternates: article.alternates,
    openGraph: {
      type: 'article' as const,
      publishedTime: article.publishAt.toISOString(),
      image:
        article.cover && previewWidth
          ? sitePaths.media(article.cover.id, previewWidth, 'jpeg')
          : undefined,
    },
  };
}

export const articlePublicRoutes = new Hono<AppEnv>()
  .get(base, archive)
  .get(`${base}${pageSegment}`, archive)
  .get(`${base}/tags/:tag`, tagged)
  .get(`${base}/tags/:tag${pageSegment}`, tagged)
  .get(`${base}/authors/:personId`, async (c) => {
    const parsed = personId.safeParse(c.req.param('personId'));
    if (!parsed.success) return renderNotFound(c);
    const { db } = c.get('deps');
    const author = await findPublicAuthor(db, parsed.data);
    if (!author) return renderNotFound(c);
    const locale: Locale = c.get('locale');
    const t = c.get('t');
    const list = await listPublishedArticles(
      db,
      locale,
      1,
      { authorId: author.id },
      authorListLength,
    );
    return c.html(
      <ArchivePage
        shell={pageShell(c)}
        title={t('articles.authorTitle', { name: author.name })}
        lead={author.bio || undefined}
        articles={list.articles}
        emptyText={t('articles.authorEmpty')}
        page={1}
        pages={1}
        pathOf={() => sitePaths.author(locale, author.id)}
        head={{ canonical: sitePaths.author(locale, author.id) }}
      />,
    );
  })
  .get(`${base}/:slug{[a-z0-9]+(?:-[a-z0-9]+)*}`, async (c) => {
    const article = await findPublishedArticle(
      c.get('deps').db,
      c.get('locale'),
      c.req.param('slug'),
    );
    if (!article) return renderNotFound(c);
    return c.html(
      <ArticlePage shell={pageShell(c)} article={article} head={articleHead(article)} />,
    );
  });
