// /{locale}/timeline and /{locale}/timeline/1980s: entries grouped by year, as an ordered list
// of years each holding an ordered list of entries, with links between the decades. Plain HTML:
// it reads the same without scripts, styles or images.
import { raw } from 'hono/html';
import { renderMarkdown } from '../../../core/markdown/render.ts';
import { Picture } from '../../../core/media/picture.tsx';
import { Layout } from '../../../core/web/layout.tsx';
import type { PageShell } from '../../../core/web/shell.ts';
import { inEveryLanguage } from '../../programs/views/alternates.ts';
import { sitePaths } from '../../urls.ts';
import type { TimelineEntryView } from '../timeline.ts';

export function TimelinePage(props: {
  shell: PageShell;
  entries: TimelineEntryView[];
  decades: number[];
  /** The decade shown; the whole timeline when absent. */
  decade?: number;
}) {
  const { shell, entries, decade } = props;
  const { t, locale } = shell;
  const title = decade === undefined ? t('timeline.title') : t('timeline.decadeTitle', { decade });
  const pathIn =
    decade === undefined
      ? sitePaths.timeline
      : (code: typeof locale) => sitePaths.decade(code, decade);
  const years = [...new Set(entries.map((entry) => entry.year))];
  const monthName = (month: number) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, month - 1, 1)),
    );
  return (
    <Layout
      shell={shell}
      title={title}
      head={{
        canonical: pathIn(locale),
        description: t('timeline.lead'),
        alternates: inEveryLanguage(pathIn),
      }}
    >
      {decade !== undefined && (
        <p class="breadcrumb">
          <a href={sitePaths.timeline(locale)}>{t('timeline.title')}</a>
        </p>
      )}
      <h1>{title}</h1>
      {decade === undefined && <p>{t('timeline.lead')}</p>}
      <nav aria-label={t('timeline.decades')} class="decades">
        <ul>
          {props.decades.map((each) => (
            <li>
              <a
                href={sitePaths.decade(locale, each)}
                aria-current={each === decade ? 'page' : undefined}
              >
                {t('timeline.decadeTitle', { decade: each })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {entries.length === 0 && <p>{t('timeline.none')}</p>}
      <ol class="timeline">
        {years.map((year) => (
          <li>
            <h2 id={`year-${year}`}>
              <time datetime={String(year)}>{year}</time>
            </h2>
            <ol>
              {entries
                .filter((entry) => entry.year === year)
                .map((entry) => (
                  <li lang={entry.lang === locale ? undefined : entry.lang}>
                    <article class="timeline-entry">
                      <h3>{entry.title}</h3>
                      {entry.month !== null && (
                        <p class="meta">
                          <time datetime={`${entry.year}-${String(entry.month).padStart(2, '0')}`}>
                            {monthName(entry.month)} {entry.year}
                          </time>
                        </p>
                      )}
                      {entry.image && (
                        <Picture
                          media={entry.image}
                          alt={entry.image.alt}
                          sizes="(min-width: 40rem) 32rem, 100vw"
                          loading="lazy"
                        />
                      )}
                      <div class="prose">{raw(renderMarkdown(entry.body))}</div>
                      {(entry.program || entry.article) && (
                        <ul class="links">
                          {entry.program && (
                            <li>
                              {t('timeline.program')}{' '}
                              <a href={entry.program.href}>{entry.program.name}</a>
                            </li>
                          )}
                          {entry.article && (
                            <li>
                              {t('timeline.article')}{' '}
                              <a
                                href={entry.article.href}
                                lang={
                                  entry.article.lang === locale ? undefined : entry.article.lang
                                }
                                hreflang={entry.article.lang}
                              >
                                {entry.article.title}
                              </a>
                            </li>
                          )}
                        </ul>
                      )}
                    </article>
                  </li>
                ))}
            </ol>
          </li>
        ))}
      </ol>
    </Layout>
  );
}
