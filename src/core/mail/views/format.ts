// How the outbox pages show moments and sizes, in the viewer's language.
import type { Locale } from '../../i18n/i18n.ts';

export const outboxPath = '/admin/outbox';

/** A moment in UTC, so that administrators in different places read the same time. */
export function formatMoment(moment: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'long',
    timeZone: 'UTC',
  }).format(moment);
}

export function formatSize(bytes: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes / 1024);
}
