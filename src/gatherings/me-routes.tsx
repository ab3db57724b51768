// /me/gatherings: the signed-in person's invitations, and each gathering they were sent one for.
// Not invited, invited but never sent ('listed'), and missing all answer with the same 404.
import { type Context, Hono } from 'hono';
import { renderMarkdown } from '../core/markdown/render.ts';
import type { AppEnv } from '../core/web/context.ts';
import { renderNotFound } from '../core/web/errors.tsx';
import { pageShell } from '../core/web/shell.ts';
import { advisoriesForGathering } from './advisories.ts';
import { listAgenda } from './agenda/agenda.ts';
import { AgendaList } from './agenda/views/agenda-list.tsx';
import { listVisibleAttendees } from './attendees.ts';
import { findVenueOf } from './gatherings.ts';
import { findOwnInvitation, listOwnInvitations } from './invitee.ts';
import { AdvisoryList } from './views/advisories.tsx';
import { MyGatheringPage, MyGatheringsPage } from './views/invitee-pages.tsx';

function requireSignedIn(c: Context<AppEnv>) {
  return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
}

export const gatheringMeRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const viewer = c.get('viewer');
    if (viewer.kind === 'anonymous') return requireSignedIn(c);
    const invitations = await listOwnInvitations(c.get('deps').db, viewer);
    return c.html(<MyGatheringsPage shell={pageShell(c)} invitations={invitations} />);
  })
  .get('/:id{[0-9a-f-]{36}}', async (c) => {
    const viewer = c.get('viewer');
    if (viewer.kind === 'anonymous') return requireSignedIn(c);
    const { db, config } = c.get('deps');
    const invitation = await findOwnInvitation(db, viewer, c.req.param('id'));
    if (!invitation) return renderNotFound(c);
    const { gathering } = invitation;
    const venue = await findVenueOf(db, gathering);
    const [attendees, agenda, advisories] = await Promise.all([
      listVisibleAttendees(db, viewer, gathering.id),
      listAgenda(db, gathering.id, viewer),
      advisoriesForGathering(
        db,
        { ...gathering, venueCountry: venue?.country ?? null },
        new Date(),
      ),
    ]);
    const shell = pageShell(c);
    return c.html(
      <MyGatheringPage
        shell={shell}
        invitation={invitation}
        venue={venue}
        descriptionHtml={renderMarkdown(gathering.description)}
        attendees={attendees}
        agenda={<AgendaList shell={shell} agenda={agenda} timeZone={gathering.timeZone} />}
        advisories={
          <AdvisoryList
            shell={shell}
            advisories={advisories}
            defaultLocale={config.defaultLocale}
          />
        }
      />,
    );
  });
