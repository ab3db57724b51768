// Addresses of the public site, in one place. Every public page lives under its language
// (/en/..., /ru/...) so that a link names one language version; the mirror export (site/mirror)
// turns these paths into files, so a path never carries a query string.
import type { Locale } from '../core/i18n/i18n.ts';

export const sitePaths = {
  home: (locale: Locale) => `/${locale}/`,
  page: (locale: Locale, slug: string) => (slug === 'home' ? `/${locale}/` : `/${locale}/${slug}`),
  articles: (locale: Locale, pageNumber = 1) =>
    pageNumber <= 1 ? `/${locale}/articles` : `/${locale}/articles/page/${pageNumber}`,
  article: (locale: Locale, slug: string) => `/${locale}/articles/${slug}`,
  tag: (locale: Locale, tag: string, pageNumber = 1) =>
    `/${locale}/articles/tags/${encodeURIComponent(tag)}${pageNumber <= 1 ? '' : `/page/${pageNumber}`}`,
  /** Authors are named by id, never by name (no names in URLs). */
  author: (locale: Locale, personId: string) => `/${locale}/articles/authors/${personId}`,
  feed: (locale: Locale, format: 'rss' | 'atom' | 'json') =>
    `/${locale}/articles/feed.${format === 'json' ? 'json' : format === 'atom' ? 'atom' : 'rss'}`,
  programs: (locale: Locale) => `/${locale}/programs`,
  program: (locale: Locale, slug: string) => `/${locale}/programs/${slug}`,
  partners: (locale: Locale) => `/${locale}/partners`,
  timeline: (locale: Locale) => `/${locale}/timeline`,
  /** decade: the first year, 1980 for the 1980s. */
  decade: (locale: Locale, decade: number) => `/${locale}/timeline/${decade}s`,
  donate: (locale: Locale) => `/${locale}/donate`,
  media: (mediaId: string, width: number, format: 'avif' | 'webp' | 'jpeg') =>
    `/media/${mediaId}/${width}.${format === 'jpeg' ? 'jpg' : format}`,
} as const;
