// The last part of a public address, chosen by editors: lowercase letters, digits and single
// hyphens, so it reads the same in every browser, log and mirrored file name.
import { z } from 'zod';

/** Words a page may not take: the public site already answers /{locale}/{word} with something
 * else, or soon will. "home" is allowed: it is the page at /{locale}/. */
export const reservedPageSlugs: readonly string[] = [
  'admin',
  'archive',
  'articles',
  'assets',
  'authors',
  'edit',
  'feed',
  'feeds',
  'gatherings',
  'interviews',
  'media',
  'newsletter',
  'notices',
  'page',
  'partners',
  'people',
  'programs',
  'projects',
  'robots',
  'search',
  'sign-in',
  'sitemap',
  'tags',
  'timeline',
];

/** Words an article may not take: they are paths inside /{locale}/articles/. */
export const reservedArticleSlugs: readonly string[] = ['authors', 'feed', 'page', 'tags'];

export const maxSlugLength = 80;

export function slugSchema(reserved: readonly string[]) {
  return z
    .string()
    .trim()
    .min(1, 'form.required')
    .max(maxSlugLength, 'form.tooLong')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'edit.slugFormat')
    .refine((slug) => !reserved.includes(slug), 'edit.slugReserved');
}
