// Resources: the links and documents staff curate for the newsletter, each with the topic it
// belongs to and a source label, so readers can weigh what they read. The form, the list with its
// filters, and the addresses of the staff pages.
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../core/db/client.ts';
import { newsletterTopic, resources, sourceLabel } from '../tables.ts';

export type Resource = typeof resources.$inferSelect;
export type Topic = (typeof newsletterTopic.enumValues)[number];
export type SourceLabel = (typeof sourceLabel.enumValues)[number];
export const topics = newsletterTopic.enumValues;
export const sourceLabels = sourceLabel.enumValues;

export const resourcePaths = {
  list: '/newsletter/resources',
  new: '/newsletter/resources/new',
  /** Posts a URL; answers with the new-resource form filled from the page. */
  fetch: '/newsletter/resources/fetch',
  edit: (id: string) => `/newsletter/resources/${id}`,
  delete: (id: string) => `/newsletter/resources/${id}/delete`,
} as const;

export const recordId = z.uuid();

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export const resourceUrl = z
  .string()
  .trim()
  .max(2000, 'form.tooLong')
  .refine(
    (value) => /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value),
    'resources.error.url',
  );

export const resourceForm = z.object({
  title: z.string().trim().min(1, 'form.required').max(500, 'form.tooLong'),
  url: z.union([z.literal(''), resourceUrl]).default(''),
  outlet: z.string().trim().max(200, 'form.tooLong').default(''),
  language: z.string().trim().refine(isLanguageTag, 'resources.error.language'),
  publishedOn: z
    .string()
    .trim()
    .default('')
    .refine((value) => value === '' || isCalendarDate(value), 'resources.error.date')
    .transform((value) => (value === '' ? null : value)),
  topic: z.enum(topics, { error: 'resources.error.topic' }),
  summary: z.string().trim().max(2000, 'form.tooLong').default(''),
  sourceLabel: z.enum(sourceLabels, { error: 'resources.error.sourceLabel' }),
});
export type ResourceInput = z.output<typeof resourceForm>;

function isCalendarDate(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  );
}

/** Filters of the list; anything unknown in the query string is ignored rather than refused. */
export const resourceFilters = z.object({
  topic: z.enum(topics).optional().catch(undefined),
  language: z
    .string()
    .trim()
    .max(35)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
  label: z.enum(sourceLabels).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type ResourceFilters = z.output<typeof resourceFilters>;

export const resourcesPerPage = 50;

export async function listResources(
  db: Db,
  filters: ResourceFilters,
): Promise<{ rows: Resource[]; total: number }> {
  const conditions: SQL[] = [];
  if (filters.topic) conditions.push(eq(resources.topic, filters.topic));
  if (filters.language) conditions.push(eq(resources.language, filters.language));
  if (filters.label) conditions.push(eq(resources.sourceLabel, filters.label));
  const where = and(...conditions);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(resources)
      .where(where)
      .orderBy(desc(resources.createdAt), desc(resources.id))
      .limit(resourcesPerPage)
      .offset((filters.page - 1) * resourcesPerPage),
    db.select({ total: count() }).from(resources).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}

/** The languages resources are in, for the filter's choices. */
export async function resourceLanguages(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ language: resources.language })
    .from(resources)
    .orderBy(resources.language);
  return rows.map((row) => row.language);
}

export async function findResource(db: Db, id: string): Promise<Resource | undefined> {
  if (!recordId.safeParse(id).success) return undefined;
  const [row] = await db.select().from(resources).where(eq(resources.id, id));
  return row;
}

/** The form's values for a saved resource. */
export function resourceValues(resource: Resource): Record<string, string> {
  return {
    title: resource.title,
    url: resource.url,
    outlet: resource.outlet,
    language: resource.language,
    publishedOn: resource.publishedOn ?? '',
    topic: resource.topic,
    summary: resource.summary,
    sourceLabel: resource.sourceLabel,
  };
}
