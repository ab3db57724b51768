// The forms editors send for pages and articles. Messages are catalog keys (core/web/forms.tsx
// turns them into inline errors).
import { z } from 'zod';
import { localeCodes } from '../../core/i18n/i18n.ts';
import { slugSchema } from './slugs.ts';

export const maxTitleLength = 200;
export const maxSummaryLength = 600;
export const maxBodyLength = 200_000;

export function draftForm(reservedSlugs: readonly string[]) {
  return z.object({
    title: z.string().trim().min(1, 'form.required').max(maxTitleLength, 'form.tooLong'),
    slug: slugSchema(reservedSlugs),
    summary: z.string().trim().max(maxSummaryLength, 'form.tooLong').default(''),
    body: z.string().max(maxBodyLength, 'form.tooLong').default(''),
  });
}

export function newDraftForm(reservedSlugs: readonly string[]) {
  return draftForm(reservedSlugs).extend({
    locale: z.enum(localeCodes, { error: 'edit.localeChoose' }),
    translationOf: z
      .union([z.literal(''), z.uuid()])
      .default('')
      .transform((id) => id || undefined),
  });
}

/** What the preview renders: the draft as typed, not yet valid, never saved. */
export const previewForm = z.object({
  title: z
    .string()
    .max(maxTitleLength * 2)
    .default(''),
  summary: z
    .string()
    .max(maxSummaryLength * 2)
    .default(''),
  body: z.string().max(maxBodyLength).default(''),
});

/** Ids in paths: anything else is a 404, never an SQL error. */
export const itemId = z.uuid();
export const revisionNumber = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const listFilter = z.object({
  locale: z.union([z.literal(''), z.enum(localeCodes)]).catch(''),
});
