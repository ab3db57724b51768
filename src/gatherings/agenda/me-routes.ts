// /me/gatherings/...calendar.ics: the signed-in person's calendar files. One gathering they were
// invited to (404 when they were not: not invited and missing look alike), and all the
// gatherings they accepted. Downloaded with the session cookie; never cached by anyone else.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { gatheringPaths } from '../paths.ts';
import {
  type CalendarFileOptions,
  invitedGatheringCalendar,
  personalCalendar,
} from './calendar-feed.ts';

function fileOptions(c: Context<AppEnv>): CalendarFileOptions {
  const { db, config } = c.get('deps');
  return {
    db,
    viewer: c.get('viewer'),
    t: c.get('t'),
    locale: c.get('locale'),
    pageUrl: (id) => `${config.publicUrl}${gatheringPaths.myGathering(id)}`,
  };
}

function calendarResponse(c: Context<AppEnv>, text: string, filename: string) {
  return c.body(text, 200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'private, no-store',
  });
}

function ownPersonId(c: Context<AppEnv>): string | null {
  const viewer = c.get('viewer');
  return viewer.kind === 'account' ? viewer.personId : null;
}

export const agendaMeRoutes = new Hono<AppEnv>()
  .use(async function requireSignedIn(c, next) {
    if (c.get('viewer').kind === 'anonymous') {
      return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
    }
    await next();
  })
  .get('/calendar.ics', async (c) => {
    const personId = ownPersonId(c);
    if (!personId) return renderNotFound(c);
    return calendarResponse(c, await personalCalendar(fileOptions(c), personId), 'gatherings.ics');
  })
  .get('/:id/calendar.ics', async (c) => {
    const personId = ownPersonId(c);
    const id = z.uuid().safeParse(c.req.param('id'));
    if (!personId || !id.success) return renderNotFound(c);
    const text = await invitedGatheringCalendar(fileOptions(c), personId, id.data);
    if (text === undefined) return renderNotFound(c);
    return calendarResponse(c, text, 'gathering.ics');
  });
