// The public pages: the home page at / (in the negotiated language) and /{locale}/, and every
// other page at /{locale}/{slug}. That last address would swallow /{locale}/programs and the
// like, so it is a sub-app of its own (pageRoutes) that app.ts mounts after everything else.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { type Locale, localeCodes } from '../../core/i18n/i18n.ts';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { pageShell } from '../../core/web/shell.ts';
import { listPublishedArticles } from '../articles/public-articles.ts';
import { localeSegment } from '../locale-segment.ts';
import { listPublicPrograms } from '../programs/programs.ts';
import { sitePaths } from '../urls.ts';
import { HomePage, PageView } from './public-page-view.tsx';
import { findPublishedPage } from './public-pages.ts';

const latestOnHome = 3;

/** The home page of one language. It always answers: without an editors' text it shows a
 * welcome in the interface's words, so every language has a home for the switcher to land on. */
async function renderHome(c: Context<AppEnv>, locale: Locale) {
  const { db } = c.get('deps');
  const [page, latest, programs] = await Promise.all([
    findPublishedPage(db, locale, 'home'),
    listPublishedArticles(db, locale, 1, undefined, latestOnHome),
    listPublicPrograms(db, locale),
  ]);
  const everyHome = Object.fromEntries(localeCodes.map((code) => [code, sitePaths.home(code)]));
  return c.html(
    <HomePage
      shell={pageShell(c)}
      page={page}
      latest={latest.articles}
      programs={programs.filter((program) => program.status === 'current')}
      head={{
        canonical: sitePaths.home(locale),
        description: page?.summary || c.get('t')('site.tagline'),
        alternates: everyHome,
      }}
    />,
  );
}

export const homeRoutes = new Hono<AppEnv>()
  .get('/', (c) => renderHome(c, c.get('locale')))
  .get(`/${localeSegment}/`, (c) => renderHome(c, c.get('locale')))
  .get(`/${localeSegment}`, (c) => c.redirect(sitePaths.home(c.get('locale')), 301));

export const pageRoutes = new Hono<AppEnv>().get(
  `/${localeSegment}/:slug{[a-z0-9]+(?:-[a-z0-9]+)*}`,
  async (c) => {
    const locale = c.get('locale');
    const slug = c.req.param('slug');
    // The home page has one address, /{locale}/.
    if (slug === 'home') return renderNotFound(c);
    const page = await findPublishedPage(c.get('deps').db, locale, slug);
    if (!page) return renderNotFound(c);
    return c.html(
      <PageView
        shell={pageShell(c)}
        page={page}
        head={{
          canonical: sitePaths.page(locale, page.slug),
          description: page.summary || undefined,
          alternates: page.alternates,
        }}
      />,
    );
  },
);
