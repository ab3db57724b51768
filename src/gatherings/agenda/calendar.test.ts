import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { translator } from '../../core/i18n/i18n.ts';
import { anonymous, type Viewer } from '../../core/privacy/viewer.ts';
import { buildTestApp, mountAs, type TestApp } from '../../core/web/testing.ts';
import { people } from '../../people/tables.ts';
import { insertPerson } from '../../site/testing.ts';
import { calendarFile, gatheringEventUid } from '../calendar.ts';
import { listAgenda } from './agenda.ts';
import { sessionEvents, sessionEventUid } from './calendar-feed.ts';
import { agendaMeRoutes } from './me-routes.ts';
import { accountViewer, insertGathering, insertSession, invite } from './testing.ts';

let testApp: TestApp;
let participant: Viewer & { kind: 'account'; personId: string };
const ids: Record<string, string> = {};

function meApp(viewer: Viewer) {
  return mountAs(testApp.deps, viewer, '/me/gatherings', agendaMeRoutes);
}

/** The file, checked for what every calendar client needs, and its events by UID. */
async function fetchCalendar(viewer: Viewer, path: string) {
  const response = await meApp(viewer).request(path);
  assert.equal(response.status, 200, path);
  assert.equal(response.headers.get('content-type'), 'text/calendar; charset=utf-8');
  const text = await response.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  assert.equal(calendar.name, 'vcalendar');
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.ok(calendar.getFirstPropertyValue('prodid'));
  const events = new Map(
    calendar.getAllSubcomponents('vevent').map((component) => {
      assert.ok(component.getFirstPropertyValue('dtstamp'), 'every event has a DTSTAMP');
      const event = new ICAL.Event(component);
      return [event.uid, event] as const;
    }),
  );
  return { text, calendar, events };
}

before(async () => {
  testApp = await buildTestApp();
  const { db } = testApp.deps;
  participant = await accountViewer(testApp.deps, [], 'network');
  const someoneElse = await insertPerson(db, 'Another Attendee', 'network');
  const facilitator = await insertPerson(db, 'Olena Publicova', 'public');
  const hidden = await insertPerson(db, 'Secret Protectedname', 'protected');
  await db.update(people).set({ pseudonym: 'Falcon' }).where(eq(people.id, hidden));

  ids.accepted = await insertGathering(
    db,
    'Ретрит в Эсалене; «весна», 2030',
    'https://meet.test/a',
  );
  ids.declined = await insertGathering(db, 'Declined conference');
  ids.invited = await insertGathering(db, 'Invited workshop', 'https://meet.test/secret');
  ids.listed = await insertGathering(db, 'Listed only');
  ids.others = await insertGathering(db, 'Someone else’s meeting');
  await invite(db, ids.accepted, participant.personId, 'accepted');
  await invite(db, ids.accepted, someoneElse, 'accepted');
  await invite(db, ids.declined, participant.personId, 'declined');
  await invite(db, ids.invited, participant.personId, 'invited');
  await invite(db, ids.listed, participant.personId, 'listed');
  await invite(db, ids.others, someoneElse, 'accepted');

  ids.opening = await insertSession(db, ids.accepted, {
    title: 'Открытие: кто мы',
    startsAt: '2030-06-01T16:30:00Z',
    endsAt: '2030-06-01T18:00:00Z',
    facilitators: [facilitator, hidden],
  });
  ids.walk = await insertSession(db, ids.accepted, {
    title: 'Morning walk',
    startsAt: '2030-06-02T14:00:00Z',
    endsAt: '2030-06-02T15:00:00Z',
  });
  ids.declinedSession = await insertSession(db, ids.declined, {
    title: 'Declined session',
    startsAt: '2030-06-02T14:00:00Z',
    endsAt: '2030-06-02T15:00:00Z',
  });
});

after(async () => {
  await testApp.close();
});

describe('calendar files', () => {
  test('signed out: sent to sign in', async () => {
    for (const path of [
      '/me/gatherings/calendar.ics',
      `/me/gatherings/${ids.accepted}/calendar.ics`,
    ]) {
      const response = await meApp(anonymous).request(path);
      assert.equal(response.status, 303);
      assert.match(response.headers.get('location') ?? '', /^\/sign-in\?next=/);
    }
  });

  test("a person's calendar holds only the gatherings they accepted, with sessions", async () => {
    const { events, calendar } = await fetchCalendar(participant, '/me/gatherings/calendar.ics');
    assert.deepEqual(
      [...events.keys()].sort(),
      [
        gatheringEventUid(ids.accepted ?? ''),
        sessionEventUid(ids.opening ?? ''),
        sessionEventUid(ids.walk ?? ''),
      ].sort(),
    );
    assert.equal(calendar.getFirstPropertyValue('x-wr-timezone'), 'America/Los_Angeles');
    const gathering = events.get(gatheringEventUid(ids.accepted ?? ''));
    assert.equal(gathering?.summary, 'Ретрит в Эсалене; «весна», 2030');
    assert.equal(gathering?.startDate.toJSDate().toISOString(), '2030-06-01T16:00:00.000Z');
    assert.equal(gathering?.endDate.toJSDate().toISOString(), '2030-06-03T23:00:00.000Z');
    assert.equal(gathering?.startDate.zone?.tzid, 'UTC');
    const opening = events.get(sessionEventUid(ids.opening ?? ''));
    assert.match(opening?.summary ?? '', /^Открытие: кто мы/);
    assert.equal(opening?.startDate.toJSDate().toISOString(), '2030-06-01T16:30:00.000Z');
    assert.equal(opening?.endDate.toJSDate().toISOString(), '2030-06-01T18:00:00.000Z');
    assert.match(opening?.location ?? '', /Big House, Esalen/);
    assert.match(opening?.description ?? '', /Olena Publicova, a facilitator/);
    assert.match(opening?.description ?? '', /Interpretation: Russian–English consecutive/);
  });

  test('no attendee names, no protected facilitator, in any file', async () => {
    for (const path of [
      '/me/gatherings/calendar.ics',
      `/me/gatherings/${ids.accepted}/calendar.ics`,
    ]) {
      const { text } = await fetchCalendar(participant, path);
      assert.doesNotMatch(text, /Another Attendee|Viewer participant/);
      assert.doesNotMatch(text, /Secret Protectedname|Falcon/);
      assert.doesNotMatch(text, /^(ATTENDEE|ORGANIZER)/m);
    }
  });

  test('UIDs and content are stable across requests', async () => {
    const first = await fetchCalendar(participant, '/me/gatherings/calendar.ics');
    const second = await fetchCalendar(participant, '/me/gatherings/calendar.ics');
    assert.deepEqual([...first.events.keys()], [...second.events.keys()]);
    assert.equal(first.text, second.text);
  });

  test("one gathering's file: for invitees, online link only once accepted; otherwise 404", async () => {
    const accepted = await fetchCalendar(
      participant,
      `/me/gatherings/${ids.accepted}/calendar.ics`,
    );
    assert.equal(accepted.events.size, 3);
    const invited = await fetchCalendar(participant, `/me/gatherings/${ids.invited}/calendar.ics`);
    assert.deepEqual([...invited.events.keys()], [gatheringEventUid(ids.invited ?? '')]);
    assert.doesNotMatch(invited.text, /meet\.test/);
    for (const id of [ids.listed, ids.others, '00000000-0000-4000-8000-000000000000', 'nope']) {
      const response = await meApp(participant).request(`/me/gatherings/${id}/calendar.ics`);
      assert.equal(response.status, 404, String(id));
    }
  });

  test('session events for the public file name only facilitators the public may see', async () => {
    const agenda = await listAgenda(testApp.deps.db, ids.accepted ?? '', anonymous);
    const gathering = { title: 'Retreat', updatedAt: new Date(0), venue: null, onlineUrl: null };
    const events = sessionEvents(
      { t: translator('ru'), locale: 'ru' },
      gathering,
      agenda,
      'https://x.test/',
    );
    const text = calendarFile('Retreat', 'America/Los_Angeles', events);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const [opening] = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    assert.equal(opening?.uid, sessionEventUid(ids.opening ?? ''));
    assert.match(opening?.description ?? '', /Ведущие: Olena Publicova, ведущий/);
    assert.match(opening?.description ?? '', /Языки: английский, русский/);
    assert.doesNotMatch(text, /Secret Protectedname|Falcon/);
  });
});
