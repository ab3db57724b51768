import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { auditEvents } from '../../core/audit/tables.ts';
import { anonymous, type Viewer } from '../../core/privacy/viewer.ts';
import type { AppEnv } from '../../core/web/context.ts';
import { pageShell } from '../../core/web/shell.ts';
import { buildTestApp, mountAs, type TestApp } from '../../core/web/testing.ts';
import { people } from '../../people/tables.ts';
import { insertPerson } from '../../site/testing.ts';
import { agendaSessions } from '../tables.ts';
import { listAgenda } from './agenda.ts';
import { agendaStaffRoutes } from './staff-routes.tsx';
import { accountViewer, insertGathering, insertSession } from './testing.ts';
import { AgendaList } from './views/agenda-list.tsx';

let testApp: TestApp;
let coordinator: Viewer;
let gatheringId: string;
let publicFacilitator: string;
let protectedFacilitator: string;

const validSession = {
  title: 'Opening circle',
  description: 'Who we are and why we came.',
  startsAt: '2030-06-01T09:30',
  endsAt: '2030-06-01T11:00',
  room: 'Big House',
  languages: 'en, ru',
  interpretation: 'Russian–English consecutive',
};

function staffApp(viewer: Viewer) {
  return mountAs(testApp.deps, viewer, '/gatherings/:id/agenda', agendaStaffRoutes);
}

function post(viewer: Viewer, path: string, fields: Record<string, string>) {
  return staffApp(viewer).request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

async function sessionCount(): Promise<number> {
  const [row] = await testApp.deps.db
    .select({ n: count() })
    .from(agendaSessions)
    .where(eq(agendaSessions.gatheringId, gatheringId));
  return row?.n ?? 0;
}

/** The agenda as the shared view draws it for this viewer. */
async function agendaHtml(viewer: Viewer): Promise<string> {
  const page = new Hono<AppEnv>().get('/', async (c) =>
    c.html(
      AgendaList({
        shell: pageShell(c),
        agenda: await listAgenda(testApp.deps.db, gatheringId, c.get('viewer')),
        timeZone: 'America/Los_Angeles',
      }),
    ),
  );
  return (await mountAs(testApp.deps, viewer, '/agenda', page).request('/agenda')).text();
}

before(async () => {
  testApp = await buildTestApp();
  const { db } = testApp.deps;
  coordinator = await accountViewer(testApp.deps, ['coordinator']);
  gatheringId = await insertGathering(db, 'Ретрит в Эсалене');
  publicFacilitator = await insertPerson(db, 'Olena Publicova', 'public');
  protectedFacilitator = await insertPerson(db, 'Secret Protectedname', 'protected');
  await db.update(people).set({ pseudonym: 'Falcon' }).where(eq(people.id, protectedFacilitator));
});

after(async () => {
  await testApp.close();
});

describe('agenda editing', () => {
  test('signed out: sent to sign in; a participant: 404; an unknown gathering: 404', async () => {
    const signedOut = await staffApp(anonymous).request(`/gatherings/${gatheringId}/agenda`);
    assert.equal(signedOut.status, 303);
    assert.match(signedOut.headers.get('location') ?? '', /^\/sign-in\?next=/);
    const participant = await accountViewer(testApp.deps, []);
    const refused = await staffApp(participant).request(`/gatherings/${gatheringId}/agenda`);
    assert.equal(refused.status, 404);
    const unknown = await staffApp(coordinator).request(
      '/gatherings/00000000-0000-4000-8000-000000000000/agenda',
    );
    assert.equal(unknown.status, 404);
  });

  test('the form names the time zone its times are typed in', async () => {
    const page = await staffApp(coordinator).request(`/gatherings/${gatheringId}/agenda`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Date and time in America\/Los_Angeles/);
    assert.match(html, /type="datetime-local"/);
  });

  test('bad times and languages get clear errors and change nothing', async () => {
    const path = `/gatherings/${gatheringId}/agenda`;
    const cases: [Record<string, string>, RegExp][] = [
      [{ endsAt: '2030-06-01T09:00' }, /Must be after the start/],
      [{ startsAt: '2030-05-31T10:00', endsAt: '2030-05-31T11:00' }, /within the gathering/],
      [{ startsAt: '2030-06-03T15:30', endsAt: '2030-06-03T17:00' }, /within the gathering/],
      [{ startsAt: 'tomorrow' }, /Enter a date and time/],
      [{ languages: 'English!' }, /Use language codes/],
      [{ title: ' ' }, /Fill this in/],
    ];
    for (const [change, message] of cases) {
      const response = await post(coordinator, path, { ...validSession, ...change });
      assert.equal(response.status, 422, JSON.stringify(change));
      const html = await response.text();
      assert.match(html, message);
      assert.match(html, /class="error-summary"/);
    }
    assert.equal(await sessionCount(), 0);
  });

  test('sessions are saved in UTC from the zone, listed in time order, edited, deleted, audited', async () => {
    const path = `/gatherings/${gatheringId}/agenda`;
    const later = await post(coordinator, path, {
      ...validSession,
      title: 'Afternoon',
      startsAt: '2030-06-01T14:00',
      endsAt: '2030-06-01T15:00',
    });
    assert.equal(later.status, 303);
    assert.equal((await post(coordinator, path, validSession)).status, 303);
    const agenda = await listAgenda(testApp.deps.db, gatheringId, coordinator);
    assert.deepEqual(
      agenda.map((session) => session.title),
      ['Opening circle', 'Afternoon'],
    );
    const opening = agenda[0];
    assert.ok(opening);
    // 09:30 Pacific daylight time is 16:30 UTC.
    assert.equal(opening.startsAt.toISOString(), '2030-06-01T16:30:00.000Z');
    assert.deepEqual(opening.languages, ['en', 'ru']);

    const edit = await staffApp(coordinator).request(`${path}/${opening.id}`);
    assert.match(await edit.text(), /value="2030-06-01T09:30"/);
    const badEdit = await post(coordinator, `${path}/${opening.id}`, {
      ...validSession,
      title: 'Renamed',
      endsAt: '2030-06-01T08:00',
    });
    assert.equal(badEdit.status, 422);
    const [unchanged] = await listAgenda(testApp.deps.db, gatheringId, coordinator);
    assert.equal(unchanged?.title, 'Opening circle');
    const edited = await post(coordinator, `${path}/${opening.id}`, {
      ...validSession,
      title: 'Opening',
      startsAt: '2030-06-01T15:30',
      endsAt: '2030-06-01T16:30',
    });
    assert.equal(edited.status, 303);
    assert.deepEqual(
      (await listAgenda(testApp.deps.db, gatheringId, coordinator)).map((s) => s.title),
      ['Afternoon', 'Opening'],
    );

    const deleted = await post(coordinator, `${path}/${opening.id}/delete`, {});
    assert.equal(deleted.status, 303);
    assert.equal(await sessionCount(), 1);
    const events = await testApp.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, gatheringId));
    const actions = events.map((event) => event.action);
    for (const action of ['created', 'updated', 'deleted']) {
      assert.ok(actions.includes(`gathering.session_${action}`), action);
    }
    assert.doesNotMatch(JSON.stringify(events), /Opening|Afternoon|Big House/);
  });

  test('facilitators: found by a POSTed search, added by id, shown through the gate', async () => {
    const [session] = await listAgenda(testApp.deps.db, gatheringId, coordinator);
    assert.ok(session);
    const sessionPath = `/gatherings/${gatheringId}/agenda/${session.id}`;
    const search = await post(coordinator, `${sessionPath}/facilitators/search`, {
      query: 'Olena',
    });
    assert.match(await search.text(), new RegExp(`value="${publicFacilitator}"`));
    for (const personId of [publicFacilitator, protectedFacilitator]) {
      const added = await post(coordinator, `${sessionPath}/facilitators`, { personId });
      assert.equal(added.status, 303);
    }

    const participant = await accountViewer(testApp.deps, [], 'network');
    for (const viewer of [participant, anonymous]) {
      const html = await agendaHtml(viewer);
      assert.match(html, /Olena Publicova/);
      assert.match(html, /a facilitator/);
      assert.doesNotMatch(html, /Secret Protectedname|Falcon/);
      assert.match(html, /America\/Los_Angeles/);
      assert.match(html, /Big House/);
    }
    // Staff without clearance see the pseudonym, never the name.
    const staffHtml = await agendaHtml(coordinator);
    assert.match(staffHtml, /Falcon/);
    assert.doesNotMatch(staffHtml, /Secret Protectedname/);

    const removed = await post(
      coordinator,
      `${sessionPath}/facilitators/${protectedFacilitator}/remove`,
      {},
    );
    assert.equal(removed.status, 303);
    assert.doesNotMatch(await agendaHtml(participant), /a facilitator/);
  });

  test('the agenda groups sessions by day in the gathering zone', async () => {
    // 03:00 UTC on 2 June is 20:00 on 1 June in California: the evening belongs to the 1st.
    await insertSession(testApp.deps.db, gatheringId, {
      title: 'Evening fire',
      startsAt: '2030-06-02T03:00:00Z',
      endsAt: '2030-06-02T04:00:00Z',
    });
    await insertSession(testApp.deps.db, gatheringId, {
      title: 'Morning walk',
      startsAt: '2030-06-02T14:00:00Z',
      endsAt: '2030-06-02T15:00:00Z',
    });
    const html = await agendaHtml(coordinator);
    const days = html.split('<section class="agenda-day">').slice(1);
    assert.equal(days.length, 2);
    assert.match(days[0] ?? '', /Saturday, June 1, 2030[\s\S]*Afternoon[\s\S]*Evening fire/);
    assert.match(days[1] ?? '', /Sunday, June 2, 2030[\s\S]*Morning walk/);
    assert.match(days[0] ?? '', /8:00\s?PM–9:00\s?PM/);
  });
});
