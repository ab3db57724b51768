// /gatherings/:id/agenda: coordinators edit a gathering's sessions and their facilitators.
// Mounted by the app under the gathering's address; the gathering id comes from that mount.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { type FieldErrors, parseForm } from '../../core/web/forms.tsx';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import { listPeople } from '../../people/people.ts';
import { gatheringPaths } from '../paths.ts';
import { dateToZonedInput } from '../zoned-time.ts';
import {
  type AgendaGathering,
  type AgendaSession,
  findAgendaGathering,
  listAgenda,
} from './agenda.ts';
import {
  type AgendaContext,
  addFacilitator,
  checkSessionTimes,
  createSession,
  deleteSession,
  removeFacilitator,
  sessionForm,
  updateSession,
} from './commands.ts';
import {
  AgendaEditorPage,
  FacilitatorSearchPage,
  SessionEditPage,
} from './views/agenda-editor.tsx';

const uuid = z.uuid();
const facilitatorSearch = z.object({ query: z.string().trim().max(100).catch('') });
const facilitatorChoice = z.object({ personId: z.uuid() });

function agendaContext(c: Context<AppEnv>): AgendaContext {
  return { db: c.get('deps').db, actor: c.get('viewer'), requestId: c.get('requestId') };
}

function sessionValues(session: AgendaSession, timeZone: string): Record<string, string> {
  return {
    title: session.title,
    description: session.description,
    startsAt: dateToZonedInput(session.startsAt, timeZone),
    endsAt: dateToZonedInput(session.endsAt, timeZone),
    room: session.room,
    languages: session.languages.join(', '),
    interpretation: session.interpretation,
  };
}

/** Loads the gathering named by the mount's `:id`; missing or malformed is a 404. */
function withGathering(
  handler: (c: Context<AppEnv>, gathering: AgendaGathering) => Promise<Response>,
) {
  return async (c: Context<AppEnv>) => {
    const id = uuid.safeParse(c.req.param('id'));
    const gathering = id.success ? await findAgendaGathering(c.get('deps').db, id.data) : undefined;
    if (!gathering) return renderNotFound(c);
    return handler(c, gathering);
  };
}

async function findSession(
  c: Context<AppEnv>,
  gathering: AgendaGathering,
): Promise<AgendaSession | undefined> {
  const sessionId = uuid.safeParse(c.req.param('sessionId'));
  if (!sessionId.success) return undefined;
  const agenda = await listAgenda(c.get('deps').db, gathering.id, c.get('viewer'));
  return agenda.find((session) => session.id === sessionId.data);
}

async function renderEditor(
  c: Context<AppEnv>,
  gathering: AgendaGathering,
  values: Record<string, string>,
  errors: FieldErrors,
) {
  const agenda = await listAgenda(c.get('deps').db, gathering.id, c.get('viewer'));
  return c.html(
    <AgendaEditorPage
      shell={pageShell(c)}
      gathering={gathering}
      agenda={agenda}
      values={values}
      errors={errors}
    />,
    Object.keys(errors).length > 0 ? 422 : 200,
  );
}

export const agendaStaffRoutes = new Hono<AppEnv>()
  .use('*', requireRole('coordinator'))
  .get(
    '/',
    withGathering((c, gathering) => renderEditor(c, gathering, {}, {})),
  )
  .post(
    '/',
    withGathering(async (c, gathering) => {
      const form = await parseForm(c, sessionForm);
      if (!form.ok) return renderEditor(c, gathering, form.values, form.errors);
      const checked = checkSessionTimes(form.data, gathering);
      if (!checked.ok) return renderEditor(c, gathering, await submitted(c), checked.errors);
      await createSession(agendaContext(c), gathering.id, checked.values);
      await setFlash(c, { kind: 'success', key: 'agenda.created' });
      return c.redirect(gatheringPaths.agenda(gathering.id), 303);
    }),
  )
  .get(
    '/:sessionId',
    withGathering(async (c, gathering) => {
      const session = await findSession(c, gathering);
      if (!session) return renderNotFound(c);
      const values = sessionValues(session, gathering.timeZone);
      return c.html(
        <SessionEditPage
          shell={pageShell(c)}
          gathering={gathering}
          session={session}
          values={values}
          errors={{}}
        />,
      );
    }),
  )
  .post(
    '/:sessionId',
    withGathering(async (c, gathering) => {
      const session = await findSession(c, gathering);
      if (!session) return renderNotFound(c);
      const form = await parseForm(c, sessionForm);
      const checked = form.ok ? checkSessionTimes(form.data, gathering) : form;
      if (!checked.ok) {
        return c.html(
          <SessionEditPage
            shell={pageShell(c)}
            gathering={gathering}
            session={session}
            values={await submitted(c)}
            errors={checked.errors}
          />,
          422,
        );
      }
      await updateSession(agendaContext(c), gathering.id, session.id, checked.values);
      await setFlash(c, { kind: 'success', key: 'agenda.saved' });
      return c.redirect(gatheringPaths.agenda(gathering.id), 303);
    }),
  )
  .post(
    '/:sessionId/delete',
    withGathering(async (c, gathering) => {
      const sessionId = uuid.safeParse(c.req.param('sessionId'));
      if (!sessionId.success) return renderNotFound(c);
      const deleted = await deleteSession(agendaContext(c), gathering.id, sessionId.data);
      if (!deleted) return renderNotFound(c);
      await setFlash(c, { kind: 'success', key: 'agenda.deleted' });
      return c.redirect(gatheringPaths.agenda(gathering.id), 303);
    }),
  )
  .post(
    '/:sessionId/facilitators/search',
    withGathering(async (c, gathering) => {
      const session = await findSession(c, gathering);
      if (!session) return renderNotFound(c);
      const { query } = facilitatorSearch.parse(await c.req.parseBody());
      const found = query
        ? (await listPeople(c.get('deps').db, c.get('viewer'), { query, page: 1, pageSize: 20 }))
            .people
        : [];
      return c.html(
        <FacilitatorSearchPage
          shell={pageShell(c)}
          sessionPath={`${gatheringPaths.agenda(gathering.id)}/${session.id}`}
          query={query}
          found={found}
        />,
      );
    }),
  )
  .post(
    '/:sessionId/facilitators',
    withGathering(async (c, gathering) => {
      const sessionId = uuid.safeParse(c.req.param('sessionId'));
      const choice = facilitatorChoice.safeParse(await c.req.parseBody());
      if (!sessionId.success || !choice.success) return renderNotFound(c);
      const added = await addFacilitator(
        agendaContext(c),
        gathering.id,
        sessionId.data,
        choice.data.personId,
      );
      // A person the coordinator may not see is answered like one who does not exist.
      if (!added) return renderNotFound(c);
      await setFlash(c, { kind: 'success', key: 'agenda.facilitatorAdded' });
      return c.redirect(`${gatheringPaths.agenda(gathering.id)}/${sessionId.data}`, 303);
    }),
  )
  .post(
    '/:sessionId/facilitators/:personId/remove',
    withGathering(async (c, gathering) => {
      const sessionId = uuid.safeParse(c.req.param('sessionId'));
      const personId = uuid.safeParse(c.req.param('personId'));
      if (!sessionId.success || !personId.success) return renderNotFound(c);
      await removeFacilitator(agendaContext(c), gathering.id, sessionId.data, personId.data);
      await setFlash(c, { kind: 'success', key: 'agenda.facilitatorRemoved' });
      return c.redirect(`${gatheringPaths.agenda(gathering.id)}/${sessionId.data}`, 303);
    }),
  );

/** What was typed, to fill the form back in after a refusal. */
async function submitted(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(
    Object.entries(body).flatMap(([name, value]) =>
      typeof value === 'string' && name !== '_csrf' ? [[name, value]] : [],
    ),
  );
}
