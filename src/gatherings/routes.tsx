// /gatherings: the coordinators' area. Lists, creates and edits gatherings and venues, and moves a
// gathering through its statuses; the sections of one gathering (invitations, agenda, check-in...)
// are sub-apps of their own, linked from its overview.
import { asc } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { renderMarkdown } from '../core/markdown/render.ts';
import type { AppEnv } from '../core/web/context.ts';
import { renderNotFound } from '../core/web/errors.tsx';
import { setFlash } from '../core/web/flash.ts';
import { type FieldErrors, parseForm } from '../core/web/forms.tsx';
import { requireRole } from '../core/web/guards.ts';
import { pageShell } from '../core/web/shell.ts';
import { programs } from '../site/tables.ts';
import { listVisibleAttendees } from './attendees.ts';
import type { GatheringCommandContext } from './commands/context.ts';
import {
  changeGatheringStatus,
  createGathering,
  GatheringRefused,
  updateGathering,
} from './commands/save-gathering.ts';
import { deleteVenue, saveVenue } from './commands/save-venue.ts';
import {
  countAccepted,
  findGathering,
  findVenueOf,
  type Gathering,
  gatheringForm,
  listGatherings,
} from './gatherings.ts';
import { gatheringPaths } from './paths.ts';
import { gatheringStatus } from './tables.ts';
import { findVenue, listVenues, venueForm } from './venues.ts';
import { GatheringFormPage } from './views/staff-form.tsx';
import { StaffListPage } from './views/staff-list.tsx';
import { StaffOverviewPage } from './views/staff-overview.tsx';
import { VenueFormPage, VenueListPage } from './views/venues.tsx';
import { dateToZonedInput } from './zoned-time.ts';

function commandContext(c: Context<AppEnv>): GatheringCommandContext {
  return { db: c.get('deps').db, actor: c.get('viewer'), requestId: c.get('requestId') };
}

function formValues(gathering: Gathering): Record<string, string> {
  return {
    title: gathering.title,
    kind: gathering.kind,
    programId: gathering.programId ?? '',
    timeZone: gathering.timeZone,
    starts: dateToZonedInput(gathering.startsAt, gathering.timeZone),
    ends: dateToZonedInput(gathering.endsAt, gathering.timeZone),
    venueId: gathering.venueId ?? '',
    onlineUrl: gathering.onlineUrl ?? '',
    languages: gathering.languages.join(', '),
    capacity: gathering.capacity === null ? '' : String(gathering.capacity),
    description: gathering.description,
    attendeeList: gathering.attendeeList,
    public: gathering.public ? 'on' : '',
    sideA: gathering.sides?.[0] ?? '',
    sideB: gathering.sides?.[1] ?? '',
  };
}

async function renderGatheringForm(
  c: Context<AppEnv>,
  values: Record<string, string>,
  errors: FieldErrors,
  existing?: Gathering,
) {
  const { db } = c.get('deps');
  const [venueList, programList] = await Promise.all([
    listVenues(db),
    db.select({ id: programs.id, name: programs.name }).from(programs).orderBy(asc(programs.name)),
  ]);
  const t = c.get('t');
  return c.html(
    <GatheringFormPage
      shell={pageShell(c)}
      action={existing ? gatheringPaths.staffEdit(existing.id) : gatheringPaths.staffNew}
      title={existing ? t('gatherings.editTitle', { title: existing.title }) : t('gatherings.new')}
      values={values}
      errors={errors}
      venues={venueList}
      programs={programList}
    />,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

/** Runs a save; a refusal goes back to the form under its field, with what was typed. */
async function saveGathering(c: Context<AppEnv>, existing?: Gathering) {
  const form = await parseForm(c, gatheringForm);
  if (!form.ok) return renderGatheringForm(c, form.values, form.errors, existing);
  try {
    let id = existing?.id;
    if (id) await updateGathering(commandContext(c), id, form.data);
    else id = await createGathering(commandContext(c), form.data);
    await setFlash(c, { kind: 'success', key: 'gatherings.saved' });
    return c.redirect(gatheringPaths.staffOverview(id), 303);
  } catch (error) {
    if (!(error instanceof GatheringRefused)) throw error;
    const body = await c.req.parseBody();
    const values = Object.fromEntries(
      Object.entries(body).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
    return renderGatheringForm(
      c,
      values,
      { [error.field]: { key: error.key, values: error.values } },
      existing,
    );
  }
}

const venueValues = (values: {
  name?: string;
  address?: string;
  country?: string;
  travelNotes?: string;
}) => ({
  name: values.name ?? '',
  address: values.address ?? '',
  country: values.country ?? '',
  travelNotes: values.travelNotes ?? '',
});

function renderVenueForm(
  c: Context<AppEnv>,
  values: Record<string, string>,
  errors: FieldErrors,
  venueId?: string,
) {
  const t = c.get('t');
  return c.html(
    <VenueFormPage
      shell={pageShell(c)}
      action={venueId ? gatheringPaths.venue(venueId) : gatheringPaths.venueNew}
      title={venueId ? t('gatherings.venues.edit') : t('gatherings.venues.new')}
      values={values}
      errors={errors}
      venueId={venueId}
    />,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

async function postVenue(c: Context<AppEnv>, venueId?: string) {
  const form = await parseForm(c, venueForm);
  if (!form.ok) return renderVenueForm(c, form.values, form.errors, venueId);
  await saveVenue(commandContext(c), form.data, venueId);
  await setFlash(c, { kind: 'success', key: 'gatherings.venues.saved' });
  return c.redirect(gatheringPaths.venues, 303);
}

const statusForm = z.object({ status: z.enum(gatheringStatus.enumValues) });

export const gatheringStaffRoutes = new Hono<AppEnv>()
  .use('*', requireRole('coordinator'))
  .get('/', async (c) => {
    const { upcoming, past } = await listGatherings(c.get('deps').db, new Date());
    return c.html(<StaffListPage shell={pageShell(c)} upcoming={upcoming} past={past} />);
  })
  .get('/new', (c) =>
    renderGatheringForm(c, { kind: 'retreat', attendeeList: 'staff_only', timeZone: 'UTC' }, {}),
  )
  .post('/new', (c) => saveGathering(c))
  .get('/venues', async (c) =>
    c.html(<VenueListPage shell={pageShell(c)} venues={await listVenues(c.get('deps').db)} />),
  )
  .get('/venues/new', (c) => renderVenueForm(c, venueValues({}), {}))
  .post('/venues/new', (c) => postVenue(c))
  .get('/venues/:venueId{[0-9a-f-]{36}}', async (c) => {
    const venue = await findVenue(c.get('deps').db, c.req.param('venueId'));
    if (!venue) return renderNotFound(c);
    return renderVenueForm(c, venueValues(venue), {}, venue.id);
  })
  .post('/venues/:venueId{[0-9a-f-]{36}}', async (c) => {
    const venue = await findVenue(c.get('deps').db, c.req.param('venueId'));
    if (!venue) return renderNotFound(c);
    return postVenue(c, venue.id);
  })
  .post('/venues/:venueId{[0-9a-f-]{36}}/delete', async (c) => {
    const venue = await findVenue(c.get('deps').db, c.req.param('venueId'));
    if (!venue) return renderNotFound(c);
    const deleted = await deleteVenue(commandContext(c), venue.id);
    await setFlash(
      c,
      deleted
        ? { kind: 'success', key: 'gatherings.venues.deleted' }
        : { kind: 'error', key: 'gatherings.venues.inUse' },
    );
    return c.redirect(deleted ? gatheringPaths.venues : gatheringPaths.venue(venue.id), 303);
  })
  .get('/:id{[0-9a-f-]{36}}', async (c) => {
    const { db } = c.get('deps');
    const gathering = await findGathering(db, c.req.param('id'));
    if (!gathering) return renderNotFound(c);
    const [venue, accepted, attendees] = await Promise.all([
      findVenueOf(db, gathering),
      countAccepted(db, gathering.id),
      listVisibleAttendees(db, c.get('viewer'), gathering.id),
    ]);
    return c.html(
      <StaffOverviewPage
        shell={pageShell(c)}
        gathering={gathering}
        venue={venue}
        descriptionHtml={renderMarkdown(gathering.description)}
        accepted={accepted}
        attendees={attendees}
      />,
    );
  })
  .get('/:id{[0-9a-f-]{36}}/edit', async (c) => {
    const gathering = await findGathering(c.get('deps').db, c.req.param('id'));
    if (!gathering) return renderNotFound(c);
    return renderGatheringForm(c, formValues(gathering), {}, gathering);
  })
  .post('/:id{[0-9a-f-]{36}}/edit', async (c) => {
    const gathering = await findGathering(c.get('deps').db, c.req.param('id'));
    if (!gathering) return renderNotFound(c);
    return saveGathering(c, gathering);
  })
  .post('/:id{[0-9a-f-]{36}}/status', async (c) => {
    const gathering = await findGathering(c.get('deps').db, c.req.param('id'));
    if (!gathering) return renderNotFound(c);
    const form = await parseForm(c, statusForm);
    try {
      if (!form.ok) throw new GatheringRefused('status', 'gatherings.error.transition');
      await changeGatheringStatus(commandContext(c), gathering.id, form.data.status);
    } catch (error) {
      if (!(error instanceof GatheringRefused)) throw error;
      await setFlash(c, { kind: 'error', key: 'gatherings.error.transition' });
      return c.redirect(gatheringPaths.staffOverview(gathering.id), 303);
    }
    await setFlash(c, { kind: 'success', key: 'gatherings.statusChanged' });
    return c.redirect(gatheringPaths.staffOverview(gathering.id), 303);
  });
