// The page shell around every page: skip link, header with navigation and the language
// switcher, a flash message, the main content and a footer. Pure HTML and one stylesheet; the
// one script is an optional enhancement.

import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { type Locale, localeCodes, locales } from '../i18n/i18n.ts';
import { csrfFieldName } from './csrf.ts';
import type { PageShell } from './shell.ts';

/** What a public page says about itself to search engines, feed readers and link previews. */
export interface PageHead {
  /** Paths on this site; made absolute with PUBLIC_URL. */
  canonical?: string;
  description?: string;
  /** The same content in other languages: hreflang links, and where the switcher lands. */
  alternates?: Partial<Record<Locale, string>>;
  /** Open Graph: 'website' unless said; image is a path on this site. */
  openGraph?: { type?: 'website' | 'article'; image?: string; publishedTime?: string };
  /** Feeds to announce with <link rel="alternate">. */
  feeds?: { type: string; title: string; href: string }[];
}

export function Layout(props: {
  shell: PageShell;
  title: string;
  head?: PageHead;
  /** The enhancement script (src/client) only works on forms and passkeys. Pages of the public
   * site describe themselves with a head and carry no form, so they go without it by default:
   * nothing to download on a throttled connection, and the same page with scripts off. */
  script?: boolean;
  children: Child;
}) {
  const { shell, title, head } = props;
  const withScript = props.script ?? head === undefined;
  const { t } = shell;
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={shell.locale} dir={shell.dir}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · ${t('site.name')}`}</title>
          <link rel="stylesheet" href={shell.assets.css} />
          <link rel="icon" href={shell.assets.icon} type="image/svg+xml" />
          {withScript && <script type="module" src={shell.assets.js} />}
          {head && <HeadLinks shell={shell} title={title} head={head} />}
        </head>
        <body>
          <a class="skip-link" href="#main">
            {t('nav.skip')}
          </a>
          <header class="site-header">
            <a class="brand" href="/">
              {t('site.name')}
            </a>
            <nav aria-label={t('nav.label')}>
              <ul>
                <NavLink shell={shell} href={`/${shell.locale}/`} label={t('nav.home')} />
                <NavLink
                  shell={shell}
                  href={`/${shell.locale}/programs`}
                  label={t('nav.programs')}
                />
                <NavLink
                  shell={shell}
                  href={`/${shell.locale}/articles`}
                  label={t('nav.articles')}
                />
                <NavLink
                  shell={shell}
                  href={`/${shell.locale}/timeline`}
                  label={t('nav.timeline')}
                />
                <NavLink shell={shell} href={`/${shell.locale}/donate`} label={t('nav.donate')} />
                {shell.signedIn && (
                  <NavLink shell={shell} href="/directory" label={t('nav.directory')} />
                )}
                {shell.signedIn && <NavLink shell={shell} href="/me" label={t('nav.me')} />}
                {shell.isEditor && <NavLink shell={shell} href="/edit" label={t('nav.edit')} />}
                {shell.isAdministrator && (
                  <NavLink shell={shell} href="/admin" label={t('nav.admin')} />
                )}
                {shell.signedIn ? (
                  <li>
                    <form method="post" action="/sign-out" class="inline-form">
                      <input type="hidden" name={csrfFieldName} value={shell.csrfToken} />
                      <button type="submit" class="link-button">
                        {t('nav.signOut')}
                      </button>
                    </form>
                  </li>
                ) : (
                  <NavLink shell={shell} href="/sign-in" label={t('nav.signIn')} />
                )}
              </ul>
            </nav>
            <LanguageSwitcher shell={shell} alternates={head?.alternates} />
          </header>
          {shell.banners.map((banner) => (
            <aside class={`notice notice-${banner.severity}`} aria-label={t('notice.label')}>
              <p>
                {banner.message} {banner.link && <a href={banner.link.href}>{banner.link.label}</a>}
              </p>
            </aside>
          ))}
          {shell.flash && (
            <div class={`flash flash-${shell.flash.kind}`} role="status">
              {t(shell.flash.key)}
            </div>
          )}
          <main id="main" tabindex={-1}>
            {props.children}
          </main>
          <footer class="site-footer">
            <p>{t('footer.text')}</p>
          </footer>
        </body>
      </html>
    </>
  );
}

/** A page that only says one thing: a title and a sentence (sent, refused, not found...). */
export function MessagePage(props: {
  shell: PageShell;
  title: string;
  message: string;
  role?: 'status' | 'alert';
}) {
  return (
    <Layout shell={props.shell} title={props.title}>
      <h1>{props.title}</h1>
      <p role={props.role}>{props.message}</p>
    </Layout>
  );
}

function NavLink(props: { shell: PageShell; href: string; label: string }) {
  const current = props.shell.path === props.href;
  return (
    <li>
      <a href={props.href} aria-current={current ? 'page' : undefined}>
        {props.label}
      </a>
    </li>
  );
}

function LanguageSwitcher(props: { shell: PageShell; alternates?: PageHead['alternates'] }) {
  const { shell, alternates } = props;
  const next = encodeURIComponent(shell.path);
  // On public content the address carries the language, so the switcher links straight to the
  // translation (or that language's home); elsewhere it sets the language cookie and comes back.
  const hrefFor = (code: Locale) =>
    alternates ? (alternates[code] ?? `/${code}/`) : `/lang/${code}?next=${next}`;
  return (
    <nav aria-label={shell.t('lang.label')} class="languages">
      <ul>
        {localeCodes.map((code) => (
          <li>
            <a
              href={hrefFor(code)}
              lang={code}
              hreflang={code}
              aria-current={code === shell.locale ? 'true' : undefined}
            >
              {locales[code].name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function HeadLinks(props: { shell: PageShell; title: string; head: PageHead }) {
  const { shell, head } = props;
  const absolute = (path: string) => new URL(path, shell.publicUrl).href;
  return (
    <>
      {head.description && <meta name="description" content={head.description} />}
      {head.canonical && <link rel="canonical" href={absolute(head.canonical)} />}
      {Object.entries(head.alternates ?? {}).map(([code, path]) => (
        <link rel="alternate" hreflang={code} href={absolute(path)} />
      ))}
      {(head.feeds ?? []).map((feed) => (
        <link rel="alternate" type={feed.type} title={feed.title} href={absolute(feed.href)} />
      ))}
      <meta property="og:site_name" content={shell.t('site.name')} />
      <meta property="og:title" content={props.title} />
      <meta property="og:type" content={head.openGraph?.type ?? 'website'} />
      <meta property="og:locale" content={shell.locale} />
      {head.canonical && <meta property="og:url" content={absolute(head.canonical)} />}
      {head.description && <meta property="og:description" content={head.description} />}
      {head.openGraph?.image && (
        <meta property="og:image" content={absolute(head.openGraph.image)} />
      )}
      {head.openGraph?.publishedTime && (
        <meta property="article:published_time" content={head.openGraph.publishedTime} />
      )}
    </>
  );
}
