// /gatherings/:id/invitations for coordinators: find candidates (filters through the privacy
// gate; a name is searched by POST only, so it never sits in a URL), add them to the list, take
// off those not yet invited, send, and watch the balance of the room as the list changes.
import { and, asc, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { personColumns, presentPerson, visiblePeople } from '../../core/privacy/gate.ts';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { type FieldErrors, parseForm } from '../../core/web/forms.tsx';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import { people } from '../../people/tables.ts';
import { programs } from '../../site/tables.ts';
import { gatherings } from '../tables.ts';
import {
  addToList,
  type Candidate,
  type CandidateFilters,
  findCandidates,
  type Gathering,
  listBalance,
  listInvitees,
  removeListed,
} from './list.ts';
import { sendInvitations } from './sending.ts';
import { InvitationListPage } from './views/list-page.tsx';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const searchSchema = z.object({
  name: optional(z.string().trim().min(1).max(100, 'form.tooLong')),
  country: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, 'invitations.search.error.country')
      .transform((value) => value.toUpperCase()),
  ),
  field: optional(z.string().trim().min(1).max(80, 'form.tooLong')),
  programId: optional(z.uuid()),
  language: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'invitations.search.error.language'),
  ),
  tiesTo: optional(z.uuid()),
});

const idSchema = z.uuid();

export const invitationRoutes = new Hono<AppEnv>()
  .use(requireRole('coordinator'))
  .get('/', async (c) => {
    const gathering = await gatheringOf(c);
    return gathering ? showPage(c, gathering) : renderNotFound(c);
  })
  .post('/search', async (c) => {
    const gathering = await gatheringOf(c);
    if (!gathering) return renderNotFound(c);
    const parsed = await parseForm(c, searchSchema);
    if (!parsed.ok) return showPage(c, gathering, parsed);
    const candidates = await findCandidates(
      c.get('deps').db,
      c.get('viewer'),
      gathering.id,
      parsed.data,
    );
    const values = Object.fromEntries(
      Object.entries(parsed.data).filter(
        (entry): entry is [string, string] => entry[1] !== undefined,
      ),
    );
    return showPage(c, gathering, { values, filters: parsed.data, candidates });
  })
  .post('/add', async (c) => {
    const gathering = await gatheringOf(c);
    if (!gathering) return renderNotFound(c);
    const body = await c.req.parseBody({ all: true });
    const chosen = [body.person ?? []].flat().filter((value) => typeof value === 'string');
    const personIds = chosen.filter((value) => idSchema.safeParse(value).success);
    if (personIds.length === 0) {
      await setFlash(c, { kind: 'error', key: 'invitations.flash.nothingSelected' });
    } else {
      const { added, duplicates } = await addToList(
        c.get('deps').db,
        c.get('viewer'),
        gathering.id,
        personIds,
      );
      await setFlash(
        c,
        duplicates === 0
          ? { kind: 'success', key: 'invitations.flash.added' }
          : {
              kind: 'info',
              key: added === 0 ? 'invitations.flash.allDuplicates' : 'invitations.flash.duplicates',
            },
      );
    }
    return c.redirect(basePath(gathering), 303);
  })
  .post('/remove', async (c) => {
    const gathering = await gatheringOf(c);
    if (!gathering) return renderNotFound(c);
    const invitationId = idSchema.safeParse((await c.req.parseBody()).invitation);
    const removed =
      invitationId.success &&
      (await removeListed(c.get('deps').db, gathering.id, invitationId.data));
    await setFlash(
      c,
      removed
        ? { kind: 'success', key: 'invitations.flash.removed' }
        : { kind: 'error', key: 'invitations.flash.notRemovable' },
    );
    return c.redirect(basePath(gathering), 303);
  })
  .post('/send', async (c) => {
    const gathering = await gatheringOf(c);
    if (!gathering) return renderNotFound(c);
    const { queued } = await sendInvitations(c.get('deps').db, gathering);
    await setFlash(
      c,
      queued > 0
        ? { kind: 'success', key: 'invitations.flash.sent' }
        : { kind: 'info', key: 'invitations.flash.nothingToSend' },
    );
    return c.redirect(basePath(gathering), 303);
  });

function basePath(gathering: Gathering): string {
  return `/gatherings/${gathering.id}/invitations`;
}

async function gatheringOf(c: Context<AppEnv>): Promise<Gathering | undefined> {
  const id = idSchema.safeParse(c.req.param('id'));
  if (!id.success) return undefined;
  const [gathering] = await c
    .get('deps')
    .db.select()
    .from(gatherings)
    .where(eq(gatherings.id, id.data));
  return gathering;
}

async function showPage(
  c: Context<AppEnv>,
  gathering: Gathering,
  search: {
    values?: Record<string, string>;
    errors?: FieldErrors;
    filters?: CandidateFilters;
    candidates?: Candidate[];
  } = {},
) {
  const { db } = c.get('deps');
  const viewer = c.get('viewer');
  const [invitees, balance, programChoices, tiesPerson] = await Promise.all([
    listInvitees(db, viewer, gathering.id),
    listBalance(db, viewer, gathering),
    db.select({ id: programs.id, name: programs.name }).from(programs).orderBy(asc(programs.name)),
    search.filters?.tiesTo ? presentedPerson(c, search.filters.tiesTo) : undefined,
  ]);
  return c.html(
    <InvitationListPage
      shell={pageShell(c)}
      gathering={gathering}
      basePath={basePath(gathering)}
      invitees={invitees}
      balance={balance}
      programs={programChoices}
      values={search.values ?? {}}
      errors={search.errors ?? {}}
      candidates={search.candidates}
      tiesName={tiesPerson?.name}
    />,
    search.errors && Object.keys(search.errors).length > 0 ? 400 : 200,
  );
}

/** The person a ties search is about, as the viewer may see them (or no one). */
async function presentedPerson(c: Context<AppEnv>, personId: string) {
  const viewer = c.get('viewer');
  const [row] = await c
    .get('deps')
    .db.select(personColumns)
    .from(people)
    .where(and(eq(people.id, personId), visiblePeople(viewer)));
  return row ? presentPerson(viewer, row) : undefined;
}
