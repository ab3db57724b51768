// What editors type for a notice. Times are in UTC, as everywhere in the staff area; the form
// says so. The message in the site's default language is required: it is what visitors whose
// language has no message of its own see.
import { z } from 'zod';
import { type Locale, localeCodes } from '../../core/i18n/i18n.ts';
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

export function noticeForm(defaultLocale: Locale) {
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
      ...texts,
    })
    .refine((notice) => notice.endsAt.getTime() > notice.startsAt.getTime(), {
      path: ['endsAt'],
      message: 'notices.error.order',
    })
    .transform(({ severity, startsAt, endsAt, linkUrl, ...typed }) => {
      const rest = typed as Record<string, string | undefined>;
      return {
        notice: { severity, startsAt, endsAt, linkUrl },
        texts: localeCodes.flatMap((code) => {
          const message = rest[`message_${code}`] ?? '';
          return message === ''
            ? []
            : [{ locale: code, message, linkLabel: rest[`linkLabel_${code}`] ?? '' }];
        }),
      };
    });
}
export type NoticeInput = z.output<ReturnType<typeof noticeForm>>;
