// The interface languages and how a request picks one: an explicit choice (the `lang` cookie,
// set by the language switcher), then the browser's Accept-Language, then DEFAULT_LOCALE.
import { type Catalog, en, type MessageKey } from './catalogs/en.ts';
import { he } from './catalogs/he.ts';
import { ru } from './catalogs/ru.ts';
import { uk } from './catalogs/uk.ts';

export const locales = {
  en: { name: 'English', dir: 'ltr', catalog: en },
  ru: { name: 'Русский', dir: 'ltr', catalog: ru },
  uk: { name: 'Українська', dir: 'ltr', catalog: uk },
  he: { name: 'עברית', dir: 'rtl', catalog: he },
} as const satisfies Record<string, { name: string; dir: 'ltr' | 'rtl'; catalog: Catalog }>;

export type Locale = keyof typeof locales;
/** Every interface language, in the order the switcher and per-language forms list them. */
export const localeCodes = Object.keys(locales) as [Locale, ...Locale[]];
export type { MessageKey };
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && Object.hasOwn(locales, value);
}

export function translator(locale: Locale): Translate {
  const catalog: Catalog = locales[locale].catalog;
  return (key, values) => {
    const message = catalog[key];
    if (!values) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}

/** Picks the locale for a request; `chosen` is the value of the language cookie, if any. */
export function negotiateLocale(
  chosen: string | undefined,
  acceptLanguage: string | undefined,
  fallback: Locale,
): Locale {
  if (isLocale(chosen)) return chosen;
  for (const { tag } of parseAcceptLanguage(acceptLanguage ?? '')) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLocale(primary)) return primary;
  }
  return fallback;
}

function parseAcceptLanguage(header: string): { tag: string; quality: number }[] {
  return header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag, quality: Number.isFinite(quality) ? quality : 0 };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality);
}
