// The public archive of the newsletter and the web version of one issue, inside the site's pages.
import { raw } from 'hono/html';
import type { Locale } from '../../../core/i18n/i18n.ts';
import { Layout, type PageHead } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import { newsletterPaths, type PublicIssue } from '../public-issues.ts';

function sentDay(issue: PublicIssue, locale: Locale): string {
  return issue.sentAt
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(issue.sentAt)
    : '';
}

export function NewsletterArchivePage(props: {
  shell: PageShell;
  title: string;
  head: PageHead;
  issues: PublicIssue[];
  page: number;
  pages: number;
}) {
  const { shell } = props;
  const { t, locale } = shell;
  return (
    <Layout shell={shell} title={props.title} head={props.head}>
      <h1>{t('issues.archiveTitle')}</h1>
      <p>{t('issues.archiveDescription')}</p>
      {props.issues.length === 0 ? (
        <p>{t('issues.archiveEmpty')}</p>
      ) : (
        <ul class="newsletter-archive">
          {props.issues.map((issue) => (
            <li>
              <a href={newsletterPaths.issue(locale, issue.number)}>
                {t('issues.numberShort', { number: issue.number })}: {issue.title}
              </a>{' '}
              <small>{t('issues.sentOn', { date: sentDay(issue, locale) })}</small>
            </li>
          ))}
        </ul>
      )}
      {props.pages > 1 && (
        <nav class="pager" aria-label={t('pager.label')}>
          {props.page > 1 && (
            <a href={newsletterPaths.archive(locale, props.page - 1)}>{t('pager.previous')}</a>
          )}{' '}
          <span>{t('pager.status', { page: props.page, pages: props.pages })}</span>{' '}
          {props.page < props.pages && (
            <a href={newsletterPaths.archive(locale, props.page + 1)}>{t('pager.next')}</a>
          )}
        </nav>
      )}
      <p>
        <a href={newsletterPaths.feed(locale, 'rss')}>{t('issues.feedRss')}</a> ·{' '}
        <a href={newsletterPaths.feed(locale, 'atom')}>{t('issues.feedAtom')}</a>
      </p>
    </Layout>
  );
}

export function NewsletterIssuePage(props: {
  shell: PageShell;
  head: PageHead;
  issue: PublicIssue;
  /** The issue's body as rendered for e-mail (sanitized note, escaped resources). */
  contentHtml: string;
}) {
  const { shell, issue } = props;
  const { t, locale } = shell;
  return (
    <Layout shell={shell} title={issue.title} head={props.head}>
      <article class="newsletter-issue">
        <p>
          <a href={newsletterPaths.archive(locale)}>{t('issues.archiveLink')}</a>
        </p>
        <h1>{issue.title}</h1>
        <p>
          {t('issues.numberShort', { number: issue.number })} ·{' '}
          {t('issues.sentOn', { date: sentDay(issue, locale) })}
        </p>
        {raw(props.contentHtml)}
      </article>
    </Layout>
  );
}
