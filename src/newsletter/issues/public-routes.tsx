// The newsletter on the public site, under each language: the archive of public issues that
// were sent (/{locale}/newsletter, /page/N), each one's web version (/{locale}/newsletter/N,
// the standard copy without any personal link) and the archive's RSS and Atom feeds. Anything
// else, a private issue or a draft included, is the same 404.

import { Feed } from 'feed';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { pageShell } from '../../core/web/shell.ts';
import { localeSegment } from '../../site/locale-segment.ts';
import {
  findPublicIssue,
  issueFeedLength,
  listPublicIssues,
  newsletterPaths,
} from './public-issues.ts';
import { prepareIssue } from './render.ts';
import { NewsletterArchivePage, NewsletterIssuePage } from './views/public-pages.tsx';

const base = `/${localeSegment}/newsletter`;
const feedTypes = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
} as const;

function feedLinks(c: Context<AppEnv>) {
  const locale = c.get('locale');
  const t = c.get('t');
  return [
    {
      type: 'application/rss+xml',
      title: t('issues.feedRss'),
      href: newsletterPaths.feed(locale, 'rss'),
    },
    {
      type: 'application/atom+xml',
      title: t('issues.feedAtom'),
      href: newsletterPaths.feed(locale, 'atom'),
    },
  ];
}

async function archive(c: Context<AppEnv>) {
  const page = c.req.param('page') ? Number(c.req.param('page')) : 1;
  const locale = c.get('locale');
  if (page < 1) return renderNotFound(c);
  if (c.req.param('page') && page === 1) return c.redirect(newsletterPaths.archive(locale), 301);
  const list = await listPublicIssues(c.get('deps').db, page);
  if (page > list.pages) return renderNotFound(c);
  const t = c.get('t');
  const title =
    page > 1
      ? `${t('issues.archiveTitle')} (${t('pager.status', { page, pages: list.pages })})`
      : t('issues.archiveTitle');
  return c.html(
    <NewsletterArchivePage
      shell={pageShell(c)}
      title={title}
      head={{
        canonical: newsletterPaths.archive(locale, page),
        description: t('issues.archiveDescription'),
        feeds: feedLinks(c),
      }}
      issues={list.issues}
      page={page}
      pages={list.pages}
    />,
  );
}

async function feed(c: Context<AppEnv>, format: 'rss' | 'atom') {
  const { db, config } = c.get('deps');
  const locale = c.get('locale');
  const t = c.get('t');
  const absolute = (path: string) => new URL(path, config.publicUrl).href;
  const { issues } = await listPublicIssues(db, 1, issueFeedLength);
  const archivePage = absolute(newsletterPaths.archive(locale));
  const newest = issues[0];
  const built = new Feed({
    id: archivePage,
    link: archivePage,
    title: `${t('site.name')}: ${t('issues.archiveTitle')}`,
    description: t('issues.archiveDescription'),
    language: locale,
    updated: newest?.sentAt ?? newest?.updatedAt ?? new Date(0),
    generator: 'tracktwo',
    copyright: '',
    feedLinks: {
      rss: absolute(newsletterPaths.feed(locale, 'rss')),
      atom: absolute(newsletterPaths.feed(locale, 'atom')),
    },
  });
  for (const issue of issues) {
    const link = absolute(newsletterPaths.issue(locale, issue.number));
    const prepared = await prepareIssue(db, issue.id, { publicUrl: config.publicUrl, locale });
    built.addItem({
      id: link,
      link,
      title: `${t('issues.numberShort', { number: issue.number })}: ${issue.title}`,
      content: prepared.standard.contentHtml,
      date: issue.sentAt ?? issue.updatedAt,
    });
  }
  return c.body(format === 'rss' ? built.rss2() : built.atom1(), 200, {
    'content-type': feedTypes[format],
    'cache-control': 'public, max-age=300',
  });
}

export const newsletterPublicRoutes = new Hono<AppEnv>()
  .get(base, archive)
  .get(`${base}/page/:page{[0-9]{1,6}}`, archive)
  .get(`${base}/feed.rss`, (c) => feed(c, 'rss'))
  .get(`${base}/feed.atom`, (c) => feed(c, 'atom'))
  .get(`${base}/:number{[1-9][0-9]{0,8}}`, async (c) => {
    const { db, config } = c.get('deps');
    const locale = c.get('locale');
    const issue = await findPublicIssue(db, Number(c.req.param('number')));
    if (!issue) return renderNotFound(c);
    const prepared = await prepareIssue(db, issue.id, { publicUrl: config.publicUrl, locale });
    return c.html(
      <NewsletterIssuePage
        shell={pageShell(c)}
        head={{ canonical: newsletterPaths.issue(locale, issue.number), feeds: feedLinks(c) }}
        issue={issue}
        contentHtml={prepared.standard.contentHtml}
      />,
    );
  });
