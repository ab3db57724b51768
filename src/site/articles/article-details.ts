// What an article has beside its text: tags, programs and a cover image with its description.
// Parsed from the edit form, checked against what exists, saved with the draft.
import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../core/db/client.ts';
import { en } from '../../core/i18n/catalogs/en.ts';
import type { MessageKey } from '../../core/i18n/i18n.ts';
import { findMedia, listMedia } from '../../core/media/library.ts';
import type { FieldErrors } from '../../core/web/forms.tsx';
import type { SubmittedBody } from '../editing/editor.tsx';
import { programs } from '../tables.ts';
import { articlePrograms, articles, articleTags } from './tables.ts';

export interface ArticleDetails {
  tags: string[];
  programIds: string[];
  coverMediaId: string | null;
  coverAlt: string;
}

export const maxTags = 20;
export const maxTagLength = 40;
export const maxCoverAltLength = 300;

/** Letters and digits of any script, with single spaces and hyphens inside. */
const tagPattern = /^[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+)*$/u;

/** "Oceans,  Nuclear   risk, oceans" -> ["oceans", "nuclear risk"]. */
export function normalizeTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim().replace(/\s+/g, ' ').toLocaleLowerCase())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

const detailsForm = z.object({
  tags: z
    .string()
    .max(2000, 'form.tooLong')
    .transform(normalizeTags)
    .pipe(
      z
        .array(z.string().max(maxTagLength, 'edit.tagFormat').regex(tagPattern, 'edit.tagFormat'))
        .max(maxTags, 'form.tooLong'),
    ),
  programIds: z.array(z.uuid('edit.programMissing')).max(50, 'form.tooLong'),
  coverMediaId: z.union([z.literal(''), z.uuid('edit.coverMissing')]).transform((id) => id || null),
  coverAlt: z.string().trim().max(maxCoverAltLength, 'form.tooLong'),
});

function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value);
}

function text(value: SubmittedBody[string] | undefined): string {
  const last = Array.isArray(value) ? value.at(-1) : value;
  return typeof last === 'string' ? last : '';
}

/** Checkboxes send one value per ticked box, under the same name. */
function ticked(value: SubmittedBody[string] | undefined): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((item): item is string => typeof item === 'string');
}

export function submittedDetailValues(body: SubmittedBody): Record<string, string> {
  return {
    tags: text(body.tags),
    programIds: ticked(body.programIds).join(','),
    coverMediaId: text(body.coverMediaId),
    coverAlt: text(body.coverAlt),
  };
}

export async function parseArticleDetails(
  db: Db,
  body: SubmittedBody,
): Promise<{ ok: true; data: ArticleDetails } | { ok: false; errors: FieldErrors }> {
  const parsed = detailsForm.safeParse({
    tags: text(body.tags),
    programIds: ticked(body.programIds),
    coverMediaId: text(body.coverMediaId),
    coverAlt: text(body.coverAlt),
  });
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      errors[field] ??= {
        key: isMessageKey(issue.message) ? issue.message : 'form.required',
        values: 'maximum' in issue ? { max: Number(issue.maximum) } : undefined,
      };
    }
    return { ok: false, errors };
  }
  const details = parsed.data;
  const known = details.programIds.length
    ? await db
        .select({ id: programs.id })
        .from(programs)
        .where(inArray(programs.id, details.programIds))
    : [];
  if (known.length !== new Set(details.programIds).size) {
    return { ok: false, errors: { programIds: { key: 'edit.programMissing' } } };
  }
  if (details.coverMediaId && !(await findMedia(db, details.coverMediaId))) {
    return { ok: false, errors: { coverMediaId: { key: 'edit.coverMissing' } } };
  }
  return { ok: true, data: { ...details, programIds: [...new Set(details.programIds)] } };
}

export async function saveArticleDetails(
  db: Db,
  articleId: string,
  details: ArticleDetails,
): Promise<void> {
  await db
    .update(articles)
    .set({ coverMediaId: details.coverMediaId, coverAlt: details.coverAlt })
    .where(eq(articles.id, articleId));
  await db.delete(articleTags).where(eq(articleTags.articleId, articleId));
  if (details.tags.length > 0) {
    await db.insert(articleTags).values(details.tags.map((tag) => ({ articleId, tag })));
  }
  await db.delete(articlePrograms).where(eq(articlePrograms.articleId, articleId));
  if (details.programIds.length > 0) {
    await db
      .insert(articlePrograms)
      .values(details.programIds.map((programId) => ({ articleId, programId })));
  }
}

export async function savedDetailValues(
  db: Db,
  articleId: string,
): Promise<Record<string, string>> {
  const [cover] = await db
    .select({ coverMediaId: articles.coverMediaId, coverAlt: articles.coverAlt })
    .from(articles)
    .where(eq(articles.id, articleId));
  const tags = await db
    .select({ tag: articleTags.tag })
    .from(articleTags)
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(articleTags.tag));
  const linked = await db
    .select({ programId: articlePrograms.programId })
    .from(articlePrograms)
    .where(eq(articlePrograms.articleId, articleId));
  return {
    tags: tags.map((row) => row.tag).join(', '),
    programIds: linked.map((row) => row.programId).join(','),
    coverMediaId: cover?.coverMediaId ?? '',
    coverAlt: cover?.coverAlt ?? '',
  };
}

/** What the form offers: every program, and the newest uploaded images. */
export async function detailChoices(db: Db) {
  const [programRows, images] = await Promise.all([
    db
      .select({ id: programs.id, name: programs.name })
      .from(programs)
      .orderBy(asc(programs.position), asc(programs.name)),
    listMedia(db, { page: 1, pageSize: 200 }),
  ]);
  return { programs: programRows, images: images.items };
}
