// Articles in a list (the archive, a tag, an author, the home page, related articles): the
// title as a link, the date and the summary. No covers here, so a list stays light.
import { formatDay } from '../../core/web/format.ts';
import type { PageShell } from '../../core/web/shell.ts';
import { sitePaths } from '../urls.ts';
import type { ArticleSummary } from './public-article-rows.ts';

export function ArticleList(props: {
  shell: PageShell;
  articles: readonly ArticleSummary[];
  /** The level of each article's title: 2 under the page title, 3 inside a section. */
  headingLevel: 2 | 3;
}) {
  const { shell } = props;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="article-list">
      {props.articles.map((article) => (
        <li>
          <Heading>
            <a href={sitePaths.article(shell.locale, article.slug)}>{article.title}</a>
          </Heading>
          <p class="article-date">
            <PublicationDate shell={shell} moment={article.publishAt} />
          </p>
          {article.summary && <p>{article.summary}</p>}
        </li>
      ))}
    </ul>
  );
}

export function PublicationDate(props: { shell: PageShell; moment: Date }) {
  return (
    <time datetime={props.moment.toISOString()}>{formatDay(props.moment, props.shell.locale)}</time>
  );
}

/** Links to the newer and older pages of a list; `pathOf` gives the address of page N. */
export function ListPager(props: {
  shell: PageShell;
  page: number;
  pages: number;
  pathOf: (page: number) => string;
}) {
  const { t } = props.shell;
  if (props.pages <= 1) return null;
  return (
    <nav class="pager" aria-label={t('pager.label')}>
      {props.page > 1 && (
        <a href={props.pathOf(props.page - 1)} rel="prev">
          {t('pager.previous')}
        </a>
      )}{' '}
      <span>{t('pager.status', { page: props.page, pages: props.pages })}</span>{' '}
      {props.page < props.pages && (
        <a href={props.pathOf(props.page + 1)} rel="next">
          {t('pager.next')}
        </a>
      )}
    </nav>
  );
}
