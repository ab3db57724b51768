// A page as the public reads it (mission, origins, contact, donate...), and the home page, which
// adds the latest articles and the current programs under its own text.
import { raw } from 'hono/html';
import { Layout, type PageHead } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import { ArticleList } from '../articles/public-article-list.tsx';
import type { ArticleSummary } from '../articles/public-article-rows.ts';
import { sitePaths } from '../urls.ts';
import type { PublicPage } from './public-pages.ts';

export function PageView(props: { shell: PageShell; page: PublicPage; head: PageHead }) {
  const { page } = props;
  return (
    <Layout shell={props.shell} title={page.title} head={props.head}>
      <h1>{page.title}</h1>
      <div class="prose">{raw(page.bodyHtml)}</div>
    </Layout>
  );
}

export interface HomeProgram {
  slug: string;
  name: string;
  summary: string;
}

export function HomePage(props: {
  shell: PageShell;
  /** The editors' home page in this language; without one, a welcome in the interface's words. */
  page: PublicPage | undefined;
  latest: readonly ArticleSummary[];
  programs: readonly HomeProgram[];
  head: PageHead;
}) {
  const { shell, page } = props;
  const { t, locale } = shell;
  const title = page?.title ?? t('home.title');
  return (
    <Layout shell={shell} title={title} head={props.head}>
      <h1>{title}</h1>
      {page ? (
        <div class="prose">{raw(page.bodyHtml)}</div>
      ) : (
        <>
          <p>{t('site.tagline')}</p>
          <p>{t('home.lead')}</p>
        </>
      )}
      {props.programs.length > 0 && (
        <section aria-labelledby="programs-heading">
          <h2 id="programs-heading">{t('pages.currentPrograms')}</h2>
          <ul class="program-list">
            {props.programs.map((program) => (
              <li>
                <a href={sitePaths.program(locale, program.slug)}>{program.name}</a>
                {program.summary && <p>{program.summary}</p>}
              </li>
            ))}
          </ul>
          <p>
            <a href={sitePaths.programs(locale)}>{t('pages.allPrograms')}</a>
          </p>
        </section>
      )}
      {props.latest.length > 0 && (
        <section aria-labelledby="articles-heading">
          <h2 id="articles-heading">{t('articles.latest')}</h2>
          <ArticleList shell={shell} articles={props.latest} headingLevel={3} />
          <p>
            <a href={sitePaths.articles(locale)}>{t('articles.all')}</a>
          </p>
        </section>
      )}
    </Layout>
  );
}
