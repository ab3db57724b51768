// Every address of the public site that published content gives rise to, with when it last
// changed and its versions in other languages. The sitemap lists these; the mirror starts its
// crawl from them (and finds pagination, tags and authors by following links).
import { eq, max, sql } from 'drizzle-orm';
import type { Db } from '../core/db/client.ts';
import { isLocale, type Locale, localeCodes } from '../core/i18n/i18n.ts';
import { articles } from './articles/tables.ts';
import { pages } from './pages/tables.ts';
import { publishedBy } from './published.ts';
import { partners, programs, programTexts } from './tables.ts';
import { timelineEntries, timelineTexts } from './timeline/tables.ts';
import { sitePaths } from './urls.ts';

export interface PublicPath {
  path: string;
  locale: Locale;
  lastModified?: Date;
  /** The same content in every language it exists in, this one included. */
  alternates: Partial<Record<Locale, string>>;
}

export async function listPublicPaths(db: Db, now: Date): Promise<PublicPath[]> {
  const [pagePaths, articlePaths, programPaths, timelinePaths, partnerCount] = await Promise.all([
    listPages(db, now),
    listArticles(db, now),
    listPrograms(db),
    listTimeline(db),
    db.select({ count: sql<number>`count(*)::int` }).from(partners),
  ]);
  const hasPartners = (partnerCount[0]?.count ?? 0) > 0;
  const partnerPaths = hasPartners
    ? perLocale(new Map([...programPaths.locales].map((locale) => [locale, undefined])), (l) =>
        sitePaths.partners(l),
      )
    : [];
  const all = [
    ...pagePaths,
    ...articlePaths,
    ...programPaths.paths,
    ...partnerPaths,
    ...timelinePaths,
  ];
  const unique = new Map(all.map((entry) => [entry.path, entry]));
  return [...unique.values()].sort((a, b) => a.path.localeCompare(b.path));
}

async function listPages(db: Db, now: Date): Promise<PublicPath[]> {
  const rows = await db
    .select({
      translationKey: pages.translationKey,
      locale: pages.locale,
      slug: pages.slug,
      publishAt: pages.publishAt,
    })
    .from(pages)
    .where(publishedBy(pages, now));
  // Every language has a home page (a greeting until editors write one), so every language
  // is listed, with the date of the written one where there is one.
  const homes = new Map<Locale, Date | undefined>(localeCodes.map((locale) => [locale, undefined]));
  for (const row of rows) {
    if (row.slug === 'home' && isLocale(row.locale))
      homes.set(row.locale, row.publishAt ?? undefined);
  }
  const otherPages = translationGroups(
    rows
      .filter((row) => row.slug !== 'home')
      .map((row) => ({
        ...row,
        path: (locale: Locale) => sitePaths.page(locale, row.slug),
        lastModified: row.publishAt ?? undefined,
      })),
  );
  return [...perLocale(homes, (locale) => sitePaths.home(locale)), ...otherPages];
}

async function listArticles(db: Db, now: Date): Promise<PublicPath[]> {
  const rows = await db
    .select({
      translationKey: articles.translationKey,
      locale: articles.locale,
      slug: articles.slug,
      publishAt: articles.publishAt,
      revisedAt: articles.revisedAt,
    })
    .from(articles)
    .where(publishedBy(articles, now));
  const entries = translationGroups(
    rows.map((row) => ({
      ...row,
      path: (locale: Locale) => sitePaths.article(locale, row.slug),
      lastModified: row.revisedAt ?? row.publishAt ?? undefined,
    })),
  );
  // Each language with articles has an archive, changed when its newest article was.
  const archives = new Map<Locale, Date | undefined>();
  for (const entry of entries) {
    archives.set(entry.locale, latest(archives.get(entry.locale), entry.lastModified));
  }
  return [...entries, ...perLocale(archives, (locale) => sitePaths.articles(locale))];
}

async function listPrograms(db: Db): Promise<{ paths: PublicPath[]; locales: Set<Locale> }> {
  const rows = await db
    .select({ slug: programs.slug, locale: programTexts.locale })
    .from(programs)
    .innerJoin(programTexts, eq(programTexts.programId, programs.id))
    .where(eq(programs.published, true));
  const bySlug = new Map<string, Locale[]>();
  for (const row of rows) {
    if (!isLocale(row.locale)) continue;
    bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), row.locale]);
  }
  const paths: PublicPath[] = [];
  const locales = new Set<Locale>();
  for (const [slug, slugLocales] of bySlug) {
    const alternates = Object.fromEntries(
      slugLocales.map((locale) => [locale, sitePaths.program(locale, slug)]),
    );
    for (const locale of slugLocales) {
      locales.add(locale);
      paths.push({ path: sitePaths.program(locale, slug), locale, alternates });
    }
  }
  const index = perLocale(new Map([...locales].map((locale) => [locale, undefined])), (locale) =>
    sitePaths.programs(locale),
  );
  return { paths: [...paths, ...index], locales };
}

async function listTimeline(db: Db): Promise<PublicPath[]> {
  const decade = sql<number>`(${timelineEntries.year} / 10) * 10`.mapWith(Number);
  const rows = await db
    .select({ locale: timelineTexts.locale, decade, changed: max(timelineEntries.updatedAt) })
    .from(timelineEntries)
    .innerJoin(timelineTexts, eq(timelineTexts.entryId, timelineEntries.id))
    .groupBy(timelineTexts.locale, decade);
  const wholeTimeline = new Map<Locale, Date | undefined>();
  const decades = new Map<number, Map<Locale, Date | undefined>>();
  for (const row of rows) {
    if (!isLocale(row.locale)) continue;
    const changed = row.changed ?? undefined;
    wholeTimeline.set(row.locale, latest(wholeTimeline.get(row.locale), changed));
    const ofDecade = decades.get(row.decade) ?? new Map<Locale, Date | undefined>();
    ofDecade.set(row.locale, changed);
    decades.set(row.decade, ofDecade);
  }
  return [
    ...perLocale(wholeTimeline, (locale) => sitePaths.timeline(locale)),
    ...[...decades].flatMap(([first, locales]) =>
      perLocale(locales, (locale) => sitePaths.decade(locale, first)),
    ),
  ];
}

/** Rows that translate each other (one translation key) become one entry per language. */
function translationGroups(
  rows: {
    translationKey: string;
    locale: string;
    path: (locale: Locale) => string;
    lastModified: Date | undefined;
  }[],
): PublicPath[] {
  const groups = new Map<string, Partial<Record<Locale, string>>>();
  for (const row of rows) {
    if (!isLocale(row.locale)) continue;
    const group = groups.get(row.translationKey) ?? {};
    group[row.locale] = row.path(row.locale);
    groups.set(row.translationKey, group);
  }
  return rows.flatMap((row) => {
    const alternates = groups.get(row.translationKey);
    if (!isLocale(row.locale) || !alternates) return [];
    const { locale, lastModified } = row;
    return [{ path: row.path(locale), locale, lastModified, alternates }];
  });
}

/** A page every language has at its own address (an index), present where content exists. */
function perLocale(
  lastModified: Map<Locale, Date | undefined>,
  path: (locale: Locale) => string,
): PublicPath[] {
  const alternates = Object.fromEntries([...lastModified.keys()].map((l) => [l, path(l)]));
  return [...lastModified].map(([locale, changed]) => ({
    path: path(locale),
    locale,
    lastModified: changed,
    alternates,
  }));
}

function latest(a: Date | undefined, b: Date | undefined): Date | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
