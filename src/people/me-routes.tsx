// /me: the signed-in person's own record, its correction, "view as" and the download of
// everything held about them. An account without a person has no /me (404).
import { Hono } from 'hono';
import { z } from 'zod';
import { presentPerson } from '../core/privacy/gate.ts';
import type { Viewer } from '../core/privacy/viewer.ts';
import type { AppEnv } from '../core/web/context.ts';
import { renderNotFound } from '../core/web/errors.tsx';
import { setFlash } from '../core/web/flash.ts';
import { parseForm } from '../core/web/forms.tsx';
import { pageShell } from '../core/web/shell.ts';
import { readContacts } from './contacts.ts';
import { exportOwnData } from './data-rights.ts';
import {
  listOwnAffiliations,
  loadOwnRow,
  ownProfileForm,
  updateOwnProfile,
} from './own-profile.ts';
import { MeEditPage } from './views/me-edit.tsx';
import { MeProfilePage } from './views/me-profile.tsx';
import { MeViewAsPage, type ViewAsAudience, viewAsAudiences } from './views/me-view-as.tsx';

/** Someone of each audience who is not the person themself: what the gate decides for them is
 * what the person is shown. */
const stranger = '00000000-0000-0000-0000-000000000000';
const audienceViewers: Record<ViewAsAudience, Viewer> = {
  anonymous: { kind: 'anonymous' },
  participant: {
    kind: 'account',
    accountId: stranger,
    personId: null,
    roles: [],
    protectedClearance: false,
  },
  staff: {
    kind: 'account',
    accountId: stranger,
    personId: null,
    roles: ['coordinator'],
    protectedClearance: false,
  },
};

export const meRoutes = new Hono<AppEnv>()
  .use(async function requireSignedIn(c, next) {
    if (c.get('viewer').kind === 'anonymous') {
      return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
    }
    await next();
  })
  .get('/', async (c) => {
    const viewer = c.get('viewer');
    const { db, config } = c.get('deps');
    const row = await loadOwnRow(db, viewer);
    const person = row && presentPerson(viewer, row);
    if (!row || !person) return renderNotFound(c);
    const [affiliations, contacts] = await Promise.all([
      listOwnAffiliations(db, row.id),
      readContacts(db, config.encryptionKey, row.id),
    ]);
    return c.html(
      <MeProfilePage
        shell={pageShell(c)}
        person={person}
        tier={row.tier}
        affiliations={affiliations}
        contacts={contacts}
      />,
    );
  })
  .get('/edit', async (c) => {
    const row = await loadOwnRow(c.get('deps').db, c.get('viewer'));
    if (!row) return renderNotFound(c);
    const values = {
      displayName: row.displayName,
      otherNames: (row.otherNames ?? []).join(', '),
      residence: row.residence ?? '',
      languages: (row.languages ?? []).join(', '),
      fields: (row.fields ?? []).join(', '),
      bio: row.bio ?? '',
    };
    return c.html(<MeEditPage shell={pageShell(c)} values={values} errors={{}} />);
  })
  .post('/edit', async (c) => {
    const { db } = c.get('deps');
    const viewer = c.get('viewer');
    if (!(await loadOwnRow(db, viewer))) return renderNotFound(c);
    const form = await parseForm(c, ownProfileForm);
    if (!form.ok) {
      return c.html(
        <MeEditPage shell={pageShell(c)} values={form.values} errors={form.errors} />,
        400,
      );
    }
    if (!(await updateOwnProfile(db, viewer, form.data, c.get('requestId'))))
      return renderNotFound(c);
    await setFlash(c, { kind: 'success', key: 'me.saved' });
    return c.redirect('/me', 303);
  })
  .get('/view-as/:audience', async (c) => {
    const audience = z.enum(viewAsAudiences).safeParse(c.req.param('audience'));
    const { db } = c.get('deps');
    const row = await loadOwnRow(db, c.get('viewer'));
    if (!audience.success || !row) return renderNotFound(c);
    const card = presentPerson(audienceViewers[audience.data], row);
    const affiliations = card?.mayShowAffiliations ? await listOwnAffiliations(db, row.id) : [];
    return c.html(
      <MeViewAsPage
        shell={pageShell(c)}
        audience={audience.data}
        card={card}
        affiliations={affiliations}
      />,
    );
  })
  .get('/export', async (c) => {
    const { db, config } = c.get('deps');
    const data = await exportOwnData(db, config.encryptionKey, c.get('viewer'), c.get('requestId'));
    if (!data) return renderNotFound(c);
    c.header('Content-Disposition', 'attachment; filename="tracktwo-my-data.json"');
    c.header('Cache-Control', 'no-store');
    return c.json(data);
  });
