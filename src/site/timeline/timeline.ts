// The timeline as the public sees it, in one language. An entry without a text in that language
// shows its text in the site's default language, marked with that language (lang attribute), so
// the history reads whole in every language; an entry with neither is left out. Links go to the
// entry's program when it is shown in this language, and to its article: the translation in
// this language when there is a published one, otherwise the published original.
import { and, asc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import { media } from '../../core/media/tables.ts';
import { publishedRevision } from '../articles/public-article-rows.ts';
import { articleRevisions, articles } from '../articles/tables.ts';
import { publishedBy } from '../published.ts';
import { programs, programTexts } from '../tables.ts';
import { sitePaths } from '../urls.ts';
import { timelineEntries, timelineTexts } from './tables.ts';

export interface TimelineEntryView {
  id: string;
  year: number;
  month: number | null;
  /** The language the title and text are in (the page's, or the default one). */
  lang: Locale;
  title: string;
  /** Markdown. */
  body: string;
  image: { id: string; width: number; height: number; alt: string } | null;
  program: { href: string; name: string } | null;
  article: { href: string; title: string; lang: Locale } | null;
}

/** The first year of the decade a year falls in: 1987 -> 1980. */
export function decadeOf(year: number): number {
  return Math.floor(year / 10) * 10;
}

export async function listTimeline(
  db: Db,
  locale: Locale,
  defaultLocale: Locale,
): Promise<TimelineEntryView[]> {
  const here = alias(timelineTexts, 'here');
  const fallback = alias(timelineTexts, 'fallback');
  const rows = await db
    .select({
      id: timelineEntries.id,
      year: timelineEntries.year,
      month: timelineEntries.month,
      articleId: timelineEntries.articleId,
      hereTitle: here.title,
      hereBody: here.body,
      hereAlt: here.imageAlt,
      fallbackTitle: fallback.title,
      fallbackBody: fallback.body,
      fallbackAlt: fallback.imageAlt,
      imageId: media.id,
      imageWidth: media.width,
      imageHeight: media.height,
      programSlug: programs.slug,
      programName: programTexts.name,
    })
    .from(timelineEntries)
    .leftJoin(here, and(eq(here.entryId, timelineEntries.id), eq(here.locale, locale)))
    .leftJoin(
      fallback,
      and(eq(fallback.entryId, timelineEntries.id), eq(fallback.locale, defaultLocale)),
    )
    .leftJoin(media, eq(media.id, timelineEntries.imageMediaId))
    .leftJoin(
      programs,
      and(eq(programs.id, timelineEntries.programId), eq(programs.published, true)),
    )
    .leftJoin(
      programTexts,
      and(eq(programTexts.programId, programs.id), eq(programTexts.locale, locale)),
    )
    .where(or(isNotNull(here.title), isNotNull(fallback.title)))
    .orderBy(
      asc(timelineEntries.year),
      sql`${timelineEntries.month} asc nulls first`,
      asc(timelineEntries.createdAt),
    );
  const articleLinks = await findArticleLinks(
    db,
    locale,
    rows.flatMap((row) => (row.articleId ? [row.articleId] : [])),
  );
  return rows.map((row) => {
    const translated = row.hereTitle !== null;
    return {
      id: row.id,
      year: row.year,
      month: row.month,
      lang: translated ? locale : defaultLocale,
      title: (translated ? row.hereTitle : row.fallbackTitle) ?? '',
      body: (translated ? row.hereBody : row.fallbackBody) ?? '',
      image:
        row.imageId && row.imageWidth && row.imageHeight
          ? {
              id: row.imageId,
              width: row.imageWidth,
              height: row.imageHeight,
              alt: (translated ? row.hereAlt : row.fallbackAlt) ?? '',
            }
          : null,
      program:
        row.programSlug && row.programName
          ? { href: sitePaths.program(locale, row.programSlug), name: row.programName }
          : null,
      article: (row.articleId && articleLinks.get(row.articleId)) || null,
    };
  });
}

/** For each linked article: its published version in this language, or the published original. */
async function findArticleLinks(
  db: Db,
  locale: Locale,
  articleIds: string[],
): Promise<Map<string, TimelineEntryView['article']>> {
  const links = new Map<string, TimelineEntryView['article']>();
  if (articleIds.length === 0) return links;
  const linked = await db
    .select({ id: articles.id, translationKey: articles.translationKey })
    .from(articles)
    .where(inArray(articles.id, articleIds));
  const published = await db
    .select({
      id: articles.id,
      translationKey: articles.translationKey,
      locale: articles.locale,
      slug: articles.slug,
      title: articleRevisions.title,
    })
    .from(articles)
    .innerJoin(articleRevisions, publishedRevision())
    .where(
      and(
        inArray(
          articles.translationKey,
          linked.map((row) => row.translationKey),
        ),
        publishedBy(articles),
      ),
    );
  for (const { id, translationKey } of linked) {
    const versions = published.filter((row) => row.translationKey === translationKey);
    const chosen =
      versions.find((row) => row.locale === locale) ?? versions.find((row) => row.id === id);
    if (chosen) {
      const lang = chosen.locale as Locale;
      links.set(id, { href: sitePaths.article(lang, chosen.slug), title: chosen.title, lang });
    }
  }
  return links;
}
