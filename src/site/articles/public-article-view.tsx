// One article as the public reads it: title, authors the privacy gate lets through, dates,
// cover, the sanitized text, tags and programs, then the older and newer article and a few
// related ones.
import { raw } from 'hono/html';
import { Picture } from '../../core/media/picture.tsx';
import { Layout, type PageHead } from '../../core/web/layout.tsx';
import type { PageShell } from '../../core/web/shell.ts';
import { sitePaths } from '../urls.ts';
import { ArticleList, PublicationDate } from './public-article-list.tsx';
import type { PublicArticle } from './public-articles.ts';

export function ArticlePage(props: { shell: PageShell; article: PublicArticle; head: PageHead }) {
  const { shell, article } = props;
  const { t, locale } = shell;
  return (
    <Layout shell={shell} title={article.title} head={props.head}>
      <article class="article">
        <header>
          <h1>{article.title}</h1>
          <p class="article-meta">
            {article.authors.length > 0 && (
              <span>
                {t('articles.by')}{' '}
                {article.authors.map((author, index) => (
                  <>
                    {index > 0 && ', '}
                    <a href={sitePaths.author(locale, author.id)}>{author.name}</a>
                  </>
                ))}
                {' · '}
              </span>
            )}
            <span>
              {t('articles.published')} <PublicationDate shell={shell} moment={article.publishAt} />
            </span>
            {article.revisedAt && (
              <span>
                {' · '}
                {t('articles.updated')} <PublicationDate shell={shell} moment={article.revisedAt} />
              </span>
            )}
          </p>
        </header>
        {article.cover && (
          <Picture
            class="article-cover"
            media={article.cover}
            alt={article.cover.alt}
            sizes="(min-width: 48rem) 48rem, 100vw"
            loading="eager"
          />
        )}
        <div class="prose">{raw(article.bodyHtml)}</div>
        {(article.tags.length > 0 || article.programs.length > 0) && (
          <footer class="article-links">
            {article.tags.length > 0 && (
              <LinkList
                label={t('articles.tags')}
                links={article.tags.map((tag) => ({ href: sitePaths.tag(locale, tag), text: tag }))}
              />
            )}
            {article.programs.length > 0 && (
              <LinkList
                label={t('articles.programs')}
                links={article.programs.map((program) => ({
                  href: sitePaths.program(locale, program.slug),
                  text: program.name,
                }))}
              />
            )}
          </footer>
        )}
      </article>
      {(article.previous || article.next) && (
        <nav class="pager" aria-label={t('articles.neighbours')}>
          {article.previous && (
            <a href={sitePaths.article(locale, article.previous.slug)} rel="prev">
              {t('articles.previous')}: {article.previous.title}
            </a>
          )}{' '}
          {article.next && (
            <a href={sitePaths.article(locale, article.next.slug)} rel="next">
              {t('articles.next')}: {article.next.title}
            </a>
          )}
        </nav>
      )}
      {article.related.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t('articles.related')}</h2>
          <ArticleList shell={shell} articles={article.related} headingLevel={3} />
        </section>
      )}
    </Layout>
  );
}

function LinkList(props: { label: string; links: { href: string; text: string }[] }) {
  return (
    <p>
      {props.label}:{' '}
      {props.links.map((link, index) => (
        <>
          {index > 0 && ', '}
          <a href={link.href}>{link.text}</a>
        </>
      ))}
    </p>
  );
}
