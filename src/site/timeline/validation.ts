// What editors type for a timeline entry: when, what it links to, and its text per language
// (a language left without a title has no text of its own; at least one is needed).
import { z } from 'zod';
import { localeCodes } from '../../core/i18n/i18n.ts';
import { omittable, optionalId, plainText } from '../programs/validation.ts';

export const timelineForm = z
  .object({
    year: z
      .string()
      .trim()
      .regex(/^(19|20)\d\d$/, 'programs.error.year')
      .transform(Number),
    month: z
      .string()
      .trim()
      .refine((value) => value === '' || /^(0?[1-9]|1[0-2])$/.test(value), 'timeline.error.month')
      .transform((value) => (value === '' ? null : Number(value))),
    imageMediaId: optionalId,
    programId: optionalId,
    articleId: optionalId,
    ...Object.fromEntries(
      localeCodes.flatMap((code) => [
        [`title_${code}`, omittable(plainText(200))],
        [`body_${code}`, omittable(z.string().max(10_000, 'form.tooLong'))],
        [`imageAlt_${code}`, omittable(plainText(300))],
      ]),
    ),
  })
  .transform(({ year, month, imageMediaId, programId, articleId, ...typed }, context) => {
    const fields = typed as Record<string, string | undefined>;
    const texts = localeCodes.flatMap((code) => {
      const title = fields[`title_${code}`] ?? '';
      const body = (fields[`body_${code}`] ?? '').trim();
      if (title === '' && body !== '') {
        context.addIssue({ code: 'custom', path: [`title_${code}`], message: 'form.required' });
      }
      return title === ''
        ? []
        : [{ locale: code, title, body, imageAlt: fields[`imageAlt_${code}`] ?? '' }];
    });
    if (texts.length === 0) {
      context.addIssue({ code: 'custom', path: ['title_en'], message: 'timeline.error.noText' });
    }
    return { entry: { year, month, imageMediaId, programId, articleId }, texts };
  });
export type TimelineInput = z.output<typeof timelineForm>;
