// What the public sees of pages: the published revision of a page in one language, from its
// publication time on. A draft, a scheduled page and a missing one are all simply not found.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { isLocale, type Locale } from '../../core/i18n/i18n.ts';
import { renderMarkdown } from '../../core/markdown/render.ts';
import { publishedBy } from '../published.ts';
import { sitePaths } from '../urls.ts';
import { pageRevisions, pages } from './tables.ts';

export interface PublicPage {
  id: string;
  locale: Locale;
  slug: string;
  title: string;
  summary: string;
  /** The body as sanitized HTML. */
  bodyHtml: string;
  /** The page in every language it is published in, this one included. */
  alternates: Partial<Record<Locale, string>>;
}

export async function findPublishedPage(
  db: Db,
  locale: Locale,
  slug: string,
): Promise<PublicPage | undefined> {
  const [page] = await db
    .select({
      id: pages.id,
      translationKey: pages.translationKey,
      slug: pages.slug,
      title: pageRevisions.title,
      summary: pageRevisions.summary,
      body: pageRevisions.body,
    })
    .from(pages)
    .innerJoin(
      pageRevisions,
      and(eq(pageRevisions.id, pages.publishedRevisionId), eq(pageRevisions.pageId, pages.id)),
    )
    .where(and(eq(pages.locale, locale), eq(pages.slug, slug), publishedBy(pages)));
  if (!page) return undefined;
  const translations = await db
    .select({ locale: pages.locale, slug: pages.slug })
    .from(pages)
    .where(and(eq(pages.translationKey, page.translationKey), publishedBy(pages)));
  const alternates: Partial<Record<Locale, string>> = {};
  for (const translation of translations) {
    if (isLocale(translation.locale)) {
      alternates[translation.locale] = sitePaths.page(translation.locale, translation.slug);
    }
  }
  return {
    id: page.id,
    locale,
    slug: page.slug,
    title: page.title,
    summary: page.summary,
    bodyHtml: renderMarkdown(page.body),
    alternates,
  };
}
