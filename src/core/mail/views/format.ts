// How the outbox pages show sizes, in the viewer's language, and where the pages live. Moments
// are formatted by src/core/web/format.ts, as on every other page.
import type { Locale } from '../../i18n/i18n.ts';

export const outboxPath = '/admin/outbox';

export function formatSize(bytes: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes / 1024);
}
