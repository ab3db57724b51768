// The first segment of a public address, as a Hono route pattern that matches only the interface
// languages, so /people/... and the like fall through to other routes. The alternation needs its
// own group: Hono pastes the pattern into a larger regular expression as it is, and a bare
// "en|ru|uk|he" would split that whole expression at each bar (/en... would match any address
// beginning with /en, whatever followed).
import { locales } from '../core/i18n/i18n.ts';

export const localeSegment = `:locale{(?:${Object.keys(locales).join('|')})}`;
