// What editors type for a notice. Times are in UTC, as everywhere in the staff area; the form
// says so. The message in the site's default language is required: it is what visitors whose
// language has no message of its own see.
// A travel advisory names a venue or a country, never both: a venue already lies in its country,
// and two ties would leave it unclear which gatherings it concerns. A notice tied to neither is
// for the whole site and always a banner.
import { z } from 'zod';
import { type Locale, localeCodes } from '../../core/i18n/i18n.ts';
import { countryCodes } from '../../people/countries.ts';
import { parseUtcMoment } from '../editing/schedule.ts';
import { isHttpsAddress, omittable, plainText } from '../programs/validation.ts';
import { noticeSeverity } from './tables.ts';

const moment = z
  .string()
  .trim()
  .min(1, 'form.required')
  .transform((text, context) => {
    const parsed = parseUtcMoment(text);
    if (!parsed) {
      context.addIssue({ code: 'custom', message: 'notices.error.moment' });
      return z.NEVER;
    }
    return parsed;
  });

/** A path on this site (never another host by //) or an https address. */
const link = z
  .string()
  .trim()
  .max(500, 'form.tooLong')
  .refine(
    (value) =>
      value === '' ||
      (value.startsWith('/') && !value.startsWith('//') && !/[\s\\]/.test(value)) ||
      isHttpsAddress(value),
    'notices.error.link',
  )
  .transform((value) => (value === '' ? null : value));

/** `venueIds`: the venues an advisory may name (those the form offered). */
export function noticeForm(defaultLocale: Locale, venueIds: ReadonlySet<string>) {
  const texts = Object.fromEntries(
    localeCodes.flatMap((code) => [
      [`message_${code}`, omittable(plainText(500, code === defaultLocale))],
      [`linkLabel_${code}`, omittable(plainText(80))],
    ]),
  ) as Record<string, z.ZodType<string>>;
  return z
    .object({
      severity: z.enum(noticeSeverity.enumValues, { error: 'form.required' }),
      startsAt: moment,
      endsAt: moment,
      linkUrl: link,
      venueId: z
        .string()
        .trim()
        .default('')
        .refine((value) => value === '' || venueIds.has(value), 'notices.error.venue')
        .transform((value) => (value === '' ? null : value)),
      country: z
        .string()
        .trim()
        .default('')
        .transform((value) => value.toUpperCase())
        .refine((value) => value === '' || countryCodes.has(value), 'notices.error.country')
        .transform((value) => (value === '' ? null : value)),
      siteBanner: z.literal('on').optional(),
      ...texts,
    })
    .refine((notice) => notice.endsAt.getTime() > notice.startsAt.getTime(), {
      path: ['endsAt'],
      message: 'notices.error.order',
    })
    .refine((notice) => !(notice.venueId && notice.country), {
      path: ['country'],
      message: 'notices.error.venueAndCountry',
    })
    .transform(
      ({ severity, startsAt, endsAt, linkUrl, venueId, country, siteBanner, ...typed }) => {
        const rest = typed as Record<string, string | undefined>;
        const wholeSite = !venueId && !country;
        return {
          notice: {
            severity,
            startsAt,
            endsAt,
            linkUrl,
            venueId,
            country,
            siteBanner: wholeSite || siteBanner === 'on',
          },
          texts: localeCodes.flatMap((code) => {
            const message = rest[`message_${code}`] ?? '';
            return message === ''
              ? []
              : [{ locale: code, message, linkLabel: rest[`linkLabel_${code}`] ?? '' }];
          }),
        };
      },
    );
}
export type NoticeInput = z.output<ReturnType<typeof noticeForm>>;
