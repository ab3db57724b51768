// hreflang alternates for pages that exist in every language (the lists of programs and
// partners, the timeline): the same path under each language.
import { type Locale, localeCodes } from '../../../core/i18n/i18n.ts';

export function inEveryLanguage(pathIn: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(localeCodes.map((code) => [code, pathIn(code)])) as Record<
    Locale,
    string
  >;
}
