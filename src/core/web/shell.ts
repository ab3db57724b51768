// What the page layout needs to know about a request, gathered once, so views receive plain data
// and never the request context itself.
import type { Context } from 'hono';
import { type Locale, locales, type Translate, translator } from '../i18n/i18n.ts';
import { anonymous, hasRole } from '../privacy/viewer.ts';
import type { AppEnv } from './context.ts';
import type { Flash } from './flash.ts';

export interface PageShell {
  t: Translate;
  locale: Locale;
  dir: 'ltr' | 'rtl';
  /** The current path, for the language switcher to come back to. */
  path: string;
  csrfToken: string;
  flash: Flash | undefined;
  signedIn: boolean;
  isAdministrator: boolean;
  isEditor: boolean;
  assets: { css: string; js: string; icon: string };
  /** The site's public address, to make canonical and Open Graph links absolute. */
  publicUrl: string;
  /** Site-wide notices in force now (closures, advisories), in the page's language. */
  banners: readonly Banner[];
}

/** One site-wide message at the top of every page (the site's notices provide them). */
export interface Banner {
  severity: 'info' | 'warning' | 'critical';
  message: string;
  link?: { href: string; label: string };
}

export function pageShell(c: Context<AppEnv>): PageShell {
  // An error page may be drawn before every middleware ran: fall back to plain defaults.
  const locale = c.get('locale') ?? c.get('deps').config.defaultLocale;
  const viewer = c.get('viewer') ?? anonymous;
  const { assets } = c.get('deps');
  return {
    t: c.get('t') ?? translator(locale),
    locale,
    dir: locales[locale].dir,
    path: c.req.path,
    csrfToken: c.get('csrfToken') ?? '',
    flash: c.get('flash'),
    signedIn: viewer.kind === 'account',
    isAdministrator: hasRole(viewer, 'administrator'),
    isEditor: hasRole(viewer, 'editor'),
    assets: { css: assets.url('app.css'), js: assets.url('app.js'), icon: assets.url('icon.svg') },
    publicUrl: c.get('deps').config.publicUrl,
    banners: c.get('banners') ?? [],
  };
}
