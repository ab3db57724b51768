// How pages show values that are not text, in the viewer's language. Shared by every page so
// the same kind of value reads the same way everywhere.
import type { Locale } from '../i18n/i18n.ts';

/** A moment in UTC, so that administrators in different places read the same time. */
export function formatMoment(moment: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'long',
    timeZone: 'UTC',
  }).format(moment);
}

/** A day, as public pages date what they publish ("12 March 2024"); UTC, like formatMoment. */
export function formatDay(moment: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(moment);
}
