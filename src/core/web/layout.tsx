// The page shell around every page: skip link, header with navigation and the language
// switcher, a flash message, the main content and a footer. Pure HTML and one stylesheet; the
// one script is an optional enhancement.

import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { locales } from '../i18n/i18n.ts';
import { csrfFieldName } from './csrf.ts';
import type { PageShell } from './shell.ts';

export function Layout(props: { shell: PageShell; title: string; children: Child }) {
  const { shell, title } = props;
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
          <script type="module" src={shell.assets.js} />
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
                <NavLink shell={shell} href="/" label={t('nav.home')} />
                {shell.signedIn && (
                  <NavLink shell={shell} href="/directory" label={t('nav.directory')} />
                )}
                {shell.signedIn && <NavLink shell={shell} href="/me" label={t('nav.me')} />}
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
            <LanguageSwitcher shell={shell} />
          </header>
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

function LanguageSwitcher(props: { shell: PageShell }) {
  const { shell } = props;
  const next = encodeURIComponent(shell.path);
  return (
    <nav aria-label={shell.t('lang.label')} class="languages">
      <ul>
        {Object.entries(locales).map(([code, locale]) => (
          <li>
            <a
              href={`/lang/${code}?next=${next}`}
              lang={code}
              hreflang={code}
              aria-current={code === shell.locale ? 'true' : undefined}
            >
              {locale.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
