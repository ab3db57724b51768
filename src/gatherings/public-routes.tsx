// The public side of gatherings: /{l}/gatherings, /{l}/gatherings/:id and its calendar file.
// Draft and non-public gatherings are missing (the same 404). Attendees only ever come from
// listVisibleAttendees for the anonymous viewer, whoever is signed in, because these pages are
// the same for everyone (and cached as such, decision 014).
import { type Context, Hono } from 'hono';
import { type Locale, localeCodes } from '../core/i18n/i18n.ts';
import { renderMarkdown } from '../core/markdown/render.ts';
import { anonymous } from '../core/privacy/viewer.ts';
import type { AppEnv } from '../core/web/context.ts';
import { renderNotFound } from '../core/web/errors.tsx';
import { pageShell } from '../core/web/shell.ts';
import { localeSegment } from '../site/locale-segment.ts';
import { advisoriesForGathering } from './advisories.ts';
import { listAgenda } from './agenda/agenda.ts';
import { AgendaList } from './agenda/views/agenda-list.tsx';
import { listVisibleAttendees } from './attendees.ts';
import { calendarFile, gatheringEvent } from './calendar.ts';
import { findPublicGathering, findVenueOf, listPublicGatherings } from './gatherings.ts';
import { gatheringPaths } from './paths.ts';
import { AdvisoryList } from './views/advisories.tsx';
import { PublicGatheringPage, PublicListPage } from './views/public-pages.tsx';

function headFor(path: (locale: Locale) => string, locale: Locale) {
  return {
    canonical: path(locale),
    alternates: Object.fromEntries(localeCodes.map((code) => [code, path(code)])),
  };
}

const locale = (c: Context<AppEnv>) => c.req.param('locale') as Locale;

export const gatheringPublicRoutes = new Hono<AppEnv>()
  .get(`/${localeSegment}/gatherings`, async (c) => {
    const { upcoming, past } = await listPublicGatherings(c.get('deps').db, new Date());
    return c.html(
      <PublicListPage
        shell={pageShell(c)}
        head={headFor(gatheringPaths.publicList, locale(c))}
        upcoming={upcoming}
        past={past}
      />,
    );
  })
  .get(`/${localeSegment}/gatherings/:id{[0-9a-f-]{36}}`, async (c) => {
    const { db } = c.get('deps');
    const gathering = await findPublicGathering(db, c.req.param('id'));
    if (!gathering) return renderNotFound(c);
    const venue = await findVenueOf(db, gathering);
    const [attendees, agenda, advisories] = await Promise.all([
      listVisibleAttendees(db, anonymous, gathering.id),
      listAgenda(db, gathering.id, anonymous),
      advisoriesForGathering(
        db,
        { ...gathering, venueCountry: venue?.country ?? null },
        new Date(),
      ),
    ]);
    const shell = pageShell(c);
    return c.html(
      <PublicGatheringPage
        shell={shell}
        head={headFor((code) => gatheringPaths.publicGathering(code, gathering.id), locale(c))}
        gathering={gathering}
        venue={venue}
        descriptionHtml={renderMarkdown(gathering.description)}
        attendees={attendees}
        agenda={<AgendaList shell={shell} agenda={agenda} timeZone={gathering.timeZone} />}
        advisories={
          <AdvisoryList
            shell={shell}
            advisories={advisories}
            defaultLocale={c.get('deps').config.defaultLocale}
          />
        }
      />,
    );
  })
  .get(`/${localeSegment}/gatherings/:id{[0-9a-f-]{36}}/calendar.ics`, async (c) => {
    const { db, config } = c.get('deps');
    const gathering = await findPublicGathering(db, c.req.param('id'));
    if (!gathering) return renderNotFound(c);
    const venue = await findVenueOf(db, gathering);
    const pageUrl = `${config.publicUrl}${gatheringPaths.publicGathering(locale(c), gathering.id)}`;
    const event = gatheringEvent({ ...gathering, venue: venue ?? null, onlineUrl: null }, pageUrl);
    return c.body(calendarFile(gathering.title, gathering.timeZone, [event]), 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'attachment; filename="gathering.ics"',
    });
  });
