// The zod schemas for what editors type about programs, projects and partners. Messages are
// catalog keys (src/core/web/forms.tsx shows them beside the field).
import { z } from 'zod';
import { type Locale, locales } from '../../core/i18n/i18n.ts';
import { slugSchema } from '../editing/slugs.ts';
import { programStatus } from '../tables.ts';

/** An id in a URL or a form: a malformed one is treated exactly like a missing one. */
export const recordId = z.uuid();

/** A program's or project's address word: /{locale}/programs/{slug}. */
export const slug = slugSchema([]);

export const locale = z.string().refine((value): value is Locale => Object.hasOwn(locales, value));

function hasControlCharacter(value: string): boolean {
  return /\p{Cc}/u.test(value.replace(/[\n\r\t]/g, ''));
}

/** Text an editor writes: trimmed, bounded, never with control characters. */
export function plainText(max: number, required = false) {
  return z
    .string()
    .trim()
    .min(required ? 1 : 0, 'form.required')
    .max(max, 'form.tooLong')
    .refine((value) => !hasControlCharacter(value), 'programs.error.control');
}

const optionalYear = z
  .string()
  .trim()
  .refine((value) => value === '' || /^(19|20)\d\d$/.test(value), 'programs.error.year')
  .transform((value) => (value === '' ? null : Number(value)));

/** A field a form may leave out altogether (a language an editor did not fill in). */
export function omittable<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => value ?? '', schema);
}

/** An optional id chosen from a list (an empty choice is none). */
export const optionalId = z
  .string()
  .trim()
  .refine((value) => value === '' || recordId.safeParse(value).success, 'programs.error.choice')
  .transform((value) => (value === '' ? null : value));

export const programForm = z
  .object({
    slug,
    name: plainText(200, true),
    summary: plainText(500),
    status: z.enum(programStatus.enumValues, { error: 'form.required' }),
    startYear: optionalYear,
    endYear: optionalYear,
    published: z
      .enum(['yes', 'no'], { error: 'form.required' })
      .transform((value) => value === 'yes'),
    position: z
      .string()
      .trim()
      .regex(/^-?\d{1,4}$/, 'programs.error.position')
      .transform(Number),
  })
  .refine((p) => p.startYear === null || p.endYear === null || p.startYear <= p.endYear, {
    path: ['endYear'],
    message: 'programs.error.years',
  });
export type ProgramInput = z.output<typeof programForm>;

export const programTextForm = z.object({
  name: plainText(200, true),
  summary: plainText(500),
  body: z.string().max(50_000, 'form.tooLong'),
});
export type ProgramTextInput = z.output<typeof programTextForm>;

export const projectForm = z.object({
  slug,
  name: plainText(200, true),
  summary: plainText(500),
});
export type ProjectInput = z.output<typeof projectForm>;

export const projectTextForm = z.object({
  name: plainText(200, true),
  summary: plainText(500),
});
export type ProjectTextInput = z.output<typeof projectTextForm>;

export const partnerForm = z.object({
  name: plainText(200, true),
  website: z
    .string()
    .trim()
    .max(500, 'form.tooLong')
    .refine((value) => value === '' || isHttpsAddress(value), 'programs.error.https')
    .transform((value) => (value === '' ? null : value)),
  logoMediaId: optionalId,
  description: plainText(2000),
  organizationId: optionalId,
});
export type PartnerInput = z.output<typeof partnerForm>;

export function isHttpsAddress(value: string): boolean {
  if (!value.startsWith('https://')) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

export const peopleSearchForm = z.object({ query: plainText(100, true) });

export const programPersonForm = z.object({
  personId: recordId,
  role: plainText(120),
  projectId: optionalId,
});
export type ProgramPersonInput = z.output<typeof programPersonForm>;

/** The partners chosen for a program: "position.<partner id>" fields, a number or empty. */
export const programPartnersForm = z
  .record(z.string(), z.string())
  .transform((fields) =>
    Object.entries(fields)
      .filter(([key, value]) => key.startsWith('position.') && value.trim() !== '')
      .map(([key, value]) => ({
        partnerId: key.slice('position.'.length),
        position: value.trim(),
      })),
  )
  .pipe(
    z.array(
      z.object({
        partnerId: recordId,
        position: z
          .string()
          .regex(/^\d{1,4}$/, 'programs.error.position')
          .transform(Number),
      }),
      { error: 'programs.error.position' },
    ),
  );
export type ProgramPartnersInput = z.output<typeof programPartnersForm>;
