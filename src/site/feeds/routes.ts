// Discovery for readers and search engines: the article feeds of each language, the sitemap and
// robots.txt. Mount feedRoutes before the article routes, or "feed.rss" reads as an article slug.
import { Hono } from 'hono';
import { isLocale } from '../../core/i18n/i18n.ts';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { localeSegment } from '../locale-segment.ts';
import {
  buildArticleFeed,
  type FeedFormat,
  feedContentTypes,
  listFeedArticles,
  renderFeed,
} from './article-feed.ts';
import { robotsText } from './robots.ts';
import { renderSitemap } from './sitemap.ts';

const formats: FeedFormat[] = ['rss', 'atom', 'json'];
// Feeds are polled often; a few minutes of staleness costs readers nothing.
const feedCaching = 'public, max-age=300';

export const feedRoutes = new Hono<AppEnv>();
for (const format of formats) {
  feedRoutes.get(`/${localeSegment}/articles/feed.${format}`, async (c) => {
    const locale = c.req.param('locale');
    if (!isLocale(locale)) return renderNotFound(c);
    const { db, config } = c.get('deps');
    const now = new Date();
    const feed = await buildArticleFeed({
      locale,
      publicUrl: config.publicUrl,
      articles: await listFeedArticles(db, locale, now),
      now,
    });
    return c.body(renderFeed(feed, format), 200, {
      'content-type': feedContentTypes[format],
      'cache-control': feedCaching,
    });
  });
}

export const sitemapRoutes = new Hono<AppEnv>()
  .get('/sitemap.xml', async (c) => {
    const { db, config } = c.get('deps');
    return c.body(await renderSitemap(db, config.publicUrl, new Date()), 200, {
      'content-type': 'application/xml; charset=utf-8',
      'cache-control': feedCaching,
    });
  })
  .get('/robots.txt', (c) =>
    c.body(robotsText(c.get('deps').config.publicUrl), 200, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': feedCaching,
    }),
  );
