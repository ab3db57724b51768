// The editors' area: an index page linking to each part of the public site they manage. Each
// part mounts its own routes under /edit; app.ts guards the whole of /edit with the editor role.
import { Hono } from 'hono';
import type { MessageKey } from '../core/i18n/i18n.ts';
import type { AppEnv } from '../core/web/context.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageShell } from '../core/web/shell.ts';

const sections: readonly { href: string; label: MessageKey; about: MessageKey }[] = [
  { href: '/edit/pages', label: 'editIndex.pages', about: 'editIndex.pagesAbout' },
  { href: '/edit/articles', label: 'editIndex.articles', about: 'editIndex.articlesAbout' },
  { href: '/edit/programs', label: 'editIndex.programs', about: 'editIndex.programsAbout' },
  { href: '/edit/partners', label: 'editIndex.partners', about: 'editIndex.partnersAbout' },
  { href: '/edit/timeline', label: 'editIndex.timeline', about: 'editIndex.timelineAbout' },
  { href: '/edit/notices', label: 'editIndex.notices', about: 'editIndex.noticesAbout' },
  { href: '/edit/media', label: 'editIndex.media', about: 'editIndex.mediaAbout' },
];

export const editIndexRoutes = new Hono<AppEnv>().get('/', (c) => {
  const shell = pageShell(c);
  const { t } = shell;
  return c.html(
    <Layout shell={shell} title={t('editIndex.title')}>
      <h1>{t('editIndex.title')}</h1>
      <p>{t('editIndex.lead')}</p>
      <dl>
        {sections.map((section) => (
          <>
            <dt>
              <a href={section.href}>{t(section.label)}</a>
            </dt>
            <dd>{t(section.about)}</dd>
          </>
        ))}
      </dl>
    </Layout>,
  );
});
