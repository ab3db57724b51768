// /gatherings/:id/check-in (mounted by the app): staff check people in at the door, or count
// arrivals without a record of who in no-record mode.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import {
  CheckInRefused,
  checkIn,
  countAnonymousArrival,
  setNoRecordCheckIn,
  undoCheckIn,
} from './check-in.ts';
import { conveningContext, conveningPath, loadGathering } from './context.ts';
import { acceptedInvitees, checkedInIds } from './people.ts';
import { CheckInPage } from './views/check-in-page.tsx';

const personId = z.uuid();
const modeForm = z.object({ noRecord: z.enum(['on', 'off']) });

async function changeCheckIn(c: Context<AppEnv>, undo: boolean) {
  const gathering = await loadGathering(c);
  const person = personId.safeParse(c.req.param('personId'));
  if (!gathering || !person.success) return renderNotFound(c);
  try {
    await (undo ? undoCheckIn : checkIn)(conveningContext(c), gathering, person.data);
  } catch (error) {
    if (error instanceof CheckInRefused) return renderNotFound(c);
    throw error;
  }
  return c.redirect(conveningPath(gathering.id, 'check-in'), 303);
}

async function countArrival(c: Context<AppEnv>, change: 1 | -1) {
  const gathering = await loadGathering(c);
  if (!gathering) return renderNotFound(c);
  await countAnonymousArrival(conveningContext(c), gathering.id, change);
  return c.redirect(conveningPath(gathering.id, 'check-in'), 303);
}

export const checkInRoutes = new Hono<AppEnv>()
  .use(requireRole('coordinator'))
  .get('/', async (c) => {
    const gathering = await loadGathering(c);
    if (!gathering) return renderNotFound(c);
    const { db } = c.get('deps');
    // In no-record mode the page names nobody, so nobody is even read.
    const invitees = gathering.noRecordCheckIn
      ? []
      : await acceptedInvitees(db, c.get('viewer'), gathering.id);
    const checkedIn = gathering.noRecordCheckIn
      ? new Set<string>()
      : await checkedInIds(db, gathering.id);
    const visibleCheckedIn = new Set(invitees.filter((p) => checkedIn.has(p.id)).map((p) => p.id));
    return c.html(
      <CheckInPage
        shell={pageShell(c)}
        gathering={gathering}
        action={conveningPath(gathering.id, 'check-in')}
        invitees={invitees}
        checkedIn={visibleCheckedIn}
      />,
    );
  })
  .post('/people/:personId', (c) => changeCheckIn(c, false))
  .post('/people/:personId/undo', (c) => changeCheckIn(c, true))
  .post('/arrived', (c) => countArrival(c, 1))
  .post('/left', (c) => countArrival(c, -1))
  .post('/mode', async (c) => {
    const gathering = await loadGathering(c);
    if (!gathering) return renderNotFound(c);
    const parsed = modeForm.safeParse(await c.req.parseBody());
    if (!parsed.success) return renderNotFound(c);
    const on = parsed.data.noRecord === 'on';
    await setNoRecordCheckIn(conveningContext(c), gathering.id, on);
    await setFlash(c, {
      kind: 'success',
      key: on ? 'checkIn.modeTurnedOn' : 'checkIn.modeTurnedOff',
    });
    return c.redirect(conveningPath(gathering.id, 'check-in'), 303);
  });
