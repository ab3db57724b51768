// The zod schemas for what staff type about people and organizations. Messages are catalog keys
// (src/core/web/forms.tsx turns them into inline errors). Lists arrive as one text field,
// separated by commas, and leave as arrays.
import { z } from 'zod';
import { countryCodes } from './countries.ts';
import { consentTopic, type contactKind, tier } from './tables.ts';

export const maxBioLength = 2000;

/** Letters of any script, with the marks, spaces, hyphens, apostrophes and dots that names use;
 * at least one letter, and never a control character. */
const namePattern = /^[\p{L}\p{M}\p{Zs}'’.-]+$/u;
const hasLetter = /\p{L}/u;

export const personName = z
  .string()
  .trim()
  .min(1, 'form.required')
  .max(200, 'form.tooLong')
  .refine((value) => namePattern.test(value) && hasLetter.test(value), 'people.error.name');

const optionalName = z
  .string()
  .trim()
  .max(200, 'form.tooLong')
  .refine(
    (value) => value === '' || (namePattern.test(value) && hasLetter.test(value)),
    'people.error.name',
  )
  .transform((value) => (value === '' ? null : value));

export const countryCode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine((value) => countryCodes.has(value), 'people.error.country');

const optionalCountry = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine((value) => value === '' || countryCodes.has(value), 'people.error.country')
  .transform((value) => (value === '' ? null : value));

function listOf<T>(item: z.ZodType<T, string>, message: string) {
  return z
    .string()
    .max(2000, 'form.tooLong')
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    )
    .pipe(z.array(item, { error: message }).max(30, 'form.tooLong'));
}

const languageTag = z.string().refine((value) => {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}, 'people.error.language');

function hasControlCharacter(value: string): boolean {
  return /\p{Cc}/u.test(value);
}

const fieldOfWork = z
  .string()
  .max(80, 'form.tooLong')
  .refine((value) => !hasControlCharacter(value), 'people.error.field');

/** "kind: value", one channel a line. */
const contactLine = z
  .string()
  .transform((line) => {
    const colon = line.indexOf(':');
    return { kind: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
  })
  .pipe(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('email'),
        value: z
          .email()
          .max(254)
          .transform((v) => v.toLowerCase()),
      }),
      z.object({
        kind: z.enum([
          'phone',
          'signal',
          'whatsapp',
          'telegram',
        ] satisfies (typeof contactKind.enumValues)[number][]),
        value: z.string().regex(/^(\+?[0-9 ()-]{5,30}|@?[\p{L}\p{N}_.]{2,64})$/u),
      }),
    ]),
  );

export const contactList = z
  .string()
  .max(4000, 'form.tooLong')
  .transform((text) =>
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  )
  .pipe(z.array(contactLine, { error: 'people.error.contacts' }).max(20, 'form.tooLong'));

export const personForm = z.object({
  displayName: personName,
  otherNames: listOf(personName, 'people.error.name'),
  pseudonym: optionalName,
  residence: optionalCountry,
  citizenships: listOf(countryCode, 'people.error.country'),
  languages: listOf(languageTag, 'people.error.language'),
  fields: listOf(fieldOfWork, 'people.error.field'),
  bio: z
    .string()
    .max(maxBioLength, 'form.tooLong')
    .refine(
      (value) => !hasControlCharacter(value.replace(/[\n\r\t]/g, '')),
      'people.error.control',
    ),
  tier: z.enum(tier.enumValues, { error: 'form.required' }),
  contacts: contactList,
});
export type PersonInput = z.output<typeof personForm>;

/** Staff pages must know every person by some name: without a pseudonym, staff lacking the
 * clearance would see a protected person nowhere, and could not manage them at all. */
export function pseudonymMissing(input: Pick<PersonInput, 'tier' | 'pseudonym'>): boolean {
  return input.tier === 'protected' && !input.pseudonym;
}

/** What staff submit for a person: the fields, and a pseudonym whenever the tier is protected.
 * (`personForm` stays a plain object so that other forms can pick some of its fields.) */
export const staffPersonForm = personForm.refine((input) => !pseudonymMissing(input), {
  path: ['pseudonym'],
  message: 'people.error.protectedPseudonym',
  // Said at once, beside any other errors, unless one of these two fields is wrong itself.
  when: (payload) =>
    !payload.issues.some((issue) => issue.path?.[0] === 'tier' || issue.path?.[0] === 'pseudonym'),
});

export const organizationForm = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'form.required')
    .max(200, 'form.tooLong')
    .refine((value) => !/\p{Cc}/u.test(value) && hasLetter.test(value), 'people.error.name'),
  country: optionalCountry,
  kind: z.string().trim().min(1, 'form.required').max(60, 'form.tooLong'),
  website: z
    .string()
    .trim()
    .refine((value) => value === '' || /^https?:\/\//.test(value), 'organizations.error.website')
    .pipe(z.union([z.literal(''), z.url({ error: 'organizations.error.website' })]))
    .transform((value) => (value === '' ? null : value)),
});
export type OrganizationInput = z.output<typeof organizationForm>;

/** An id in a URL or a form: a malformed one is treated exactly like a missing one. */
export const recordId = z.uuid();

const year = z
  .string()
  .trim()
  .refine((value) => value === '' || /^(19|20)\d\d$/.test(value), 'people.error.year')
  .transform((value) => (value === '' ? null : Number(value)));

export const affiliationForm = z
  .object({
    organizationId: z.uuid({ error: 'form.required' }),
    role: z
      .string()
      .trim()
      .max(120, 'form.tooLong')
      .refine((v) => !hasControlCharacter(v), 'people.error.control'),
    fromYear: year,
    toYear: year,
  })
  .refine((a) => a.fromYear === null || a.toYear === null || a.fromYear <= a.toYear, {
    path: ['toYear'],
    message: 'people.error.years',
  });
export type AffiliationInput = z.output<typeof affiliationForm>;

export const consentForm = z.object({
  topic: z.enum(consentTopic.enumValues, { error: 'form.required' }),
  granted: z.enum(['yes', 'no'], { error: 'form.required' }).transform((value) => value === 'yes'),
  method: z.string().trim().min(1, 'form.required').max(120, 'form.tooLong'),
  note: z
    .string()
    .trim()
    .max(500, 'form.tooLong')
    .refine((v) => !hasControlCharacter(v), 'people.error.control'),
});
export type ConsentInput = z.output<typeof consentForm>;
