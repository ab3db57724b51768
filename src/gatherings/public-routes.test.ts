// The public gathering pages and calendar file, and the invitee's pages: draft and non-public
// gatherings are missing to the public, names appear publicly only for a consented list (and
// only public-tier people), the .ics parses with a real iCalendar parser and names no one, and
// a person sees only the gatherings they were sent an invitation to.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { accounts } from '../accounts/tables.ts';
import { signIn } from '../accounts/testing.ts';
import { buildTestApp, type TestApp } from '../core/web/testing.ts';
import { people } from '../people/tables.ts';
import { notices, noticeTexts } from '../site/notices/tables.ts';
import { gatheringPaths } from './paths.ts';
import type { AttendeeListSetting } from './policy.ts';
import { agendaSessions, gatherings, invitations, venues } from './tables.ts';

let testApp: TestApp;
let participant: string;
const ids: Record<string, string> = {};
const names = ['Consenting Public Person', 'Silent Public Person', 'Consenting Protected Person'];

async function insertGathering(
  key: string,
  values: { attendeeList: AttendeeListSetting; public: boolean; status?: 'draft' | 'inviting' },
) {
  const [venue] = await testApp.deps.db
    .insert(venues)
    .values({
      name: `Venue ${key}`,
      address: 'Big Sur',
      country: 'US',
      travelNotes: 'Secret gate code 4711',
    })
    .returning({ id: venues.id });
  const [row] = await testApp.deps.db
    .insert(gatherings)
    .values({
      title: `Gathering ${key}`,
      kind: 'retreat',
      startsAt: new Date('2031-05-01T23:00:00Z'),
      endsAt: new Date('2031-05-04T18:00:00Z'),
      timeZone: 'America/Los_Angeles',
      venueId: venue?.id,
      onlineUrl: 'https://meet.example.org/hidden-room',
      status: values.status ?? 'inviting',
      attendeeList: values.attendeeList,
      public: values.public,
    })
    .returning({ id: gatherings.id });
  assert.ok(row);
  ids[key] = row.id;
  return row.id;
}

before(async () => {
  testApp = await buildTestApp();
  const { db } = testApp.deps;
  participant = await signIn(testApp, { email: 'invitee@tracktwo.test', roles: [] });
  const [account] = await db
    .select({ personId: accounts.personId })
    .from(accounts)
    .where(eq(accounts.email, 'invitee@tracktwo.test'));
  assert.ok(account?.personId);
  const attendees = await db
    .insert(people)
    .values([
      { displayName: names[0] as string, tier: 'public' },
      { displayName: names[1] as string, tier: 'public' },
      { displayName: names[2] as string, tier: 'protected', pseudonym: 'Heron' },
    ])
    .returning({ id: people.id });
  const settings: AttendeeListSetting[] = ['staff_only', 'confirmed_attendees', 'public_consented'];
  for (const setting of settings) {
    const gatheringId = await insertGathering(setting, { attendeeList: setting, public: true });
    await db.insert(invitations).values([
      ...attendees.map((person, index) => ({
        gatheringId,
        personId: person.id,
        state: 'accepted' as const,
        listConsent: index !== 1,
      })),
    ]);
  }
  await insertGathering('draft', {
    attendeeList: 'public_consented',
    public: true,
    status: 'draft',
  });
  await insertGathering('private', { attendeeList: 'public_consented', public: false });
  // The signed-in person: accepted to one, invited to another, only listed for a third.
  await db.insert(invitations).values([
    {
      gatheringId: ids.confirmed_attendees as string,
      personId: account.personId,
      state: 'accepted',
    },
    { gatheringId: ids.private as string, personId: account.personId, state: 'invited' },
    { gatheringId: ids.staff_only as string, personId: account.personId, state: 'listed' },
  ]);
});

after(() => testApp.close());

const get = (path: string, cookie = '') => testApp.app.request(path, { headers: { cookie } });

test('the public list shows public gatherings past their draft, nothing else', async () => {
  const html = await (await get(gatheringPaths.publicList('en'))).text();
  for (const key of ['staff_only', 'confirmed_attendees', 'public_consented'])
    assert.ok(html.includes(`Gathering ${key}`), key);
  assert.ok(!html.includes('Gathering draft'));
  assert.ok(!html.includes('Gathering private'));
});

test('draft and non-public gatherings are missing, as is a malformed id', async () => {
  for (const path of [
    gatheringPaths.publicGathering('en', ids.draft as string),
    gatheringPaths.publicGathering('en', ids.private as string),
    gatheringPaths.publicCalendar('ru', ids.draft as string),
    gatheringPaths.publicGathering('en', crypto.randomUUID()),
  ]) {
    assert.equal((await get(path)).status, 404, path);
  }
});

test('a public page names only consented public-tier attendees, only under public_consented', async () => {
  for (const [key, cookie] of [
    ['staff_only', ''],
    ['confirmed_attendees', ''],
    ['public_consented', ''],
    ['confirmed_attendees', participant],
  ] as const) {
    const response = await get(gatheringPaths.publicGathering('he', ids[key] as string), cookie);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.equal(
      html.includes(names[0] as string),
      key === 'public_consented',
      `${key} consenting`,
    );
    assert.ok(!html.includes(names[1] as string), `${key}: no consent, no name`);
    assert.ok(!html.includes(names[2] as string) && !html.includes('Heron'), `${key}: protected`);
    assert.ok(!html.includes('hidden-room') && !html.includes('4711'), `${key}: private details`);
    assert.ok(html.includes(`hreflang="ru"`), 'alternates');
  }
});

test('the calendar file parses, with UTC times and the page, and names no attendee', async () => {
  const id = ids.public_consented as string;
  const response = await get(gatheringPaths.publicCalendar('en', id));
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/calendar/);
  const text = await response.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  assert.equal(events.length, 1);
  const [event] = events;
  assert.ok(event);
  assert.equal(event.summary, 'Gathering public_consented');
  assert.equal(event.startDate.toJSDate().toISOString(), '2031-05-01T23:00:00.000Z');
  assert.equal(event.endDate.toJSDate().toISOString(), '2031-05-04T18:00:00.000Z');
  assert.match(event.location, /Venue public_consented/);
  const url = String(event.component.getFirstPropertyValue('url'));
  assert.match(url, new RegExp(`/en/gatherings/${id}$`));
  for (const name of [...names, 'Heron', 'hidden-room', '4711'])
    assert.ok(!text.includes(name), name);
  assert.ok(!/^(ATTENDEE|ORGANIZER)/m.test(text));
});

test('an invitee sees their invitations, not listed ones, and each page they were sent', async () => {
  const list = await (await get(gatheringPaths.mine, participant)).text();
  assert.ok(list.includes('Gathering confirmed_attendees'));
  assert.ok(list.includes('Gathering private'));
  assert.ok(!list.includes('Gathering staff_only'), 'a listed invitation was never sent');
  // Accepted: the online link and travel notes, and the confirmed attendees (the gate's rules:
  // public-tier people, not the protected one).
  const accepted = await (
    await get(gatheringPaths.myGathering(ids.confirmed_attendees as string), participant)
  ).text();
  assert.ok(accepted.includes('hidden-room') && accepted.includes('4711'));
  assert.ok(accepted.includes(names[0] as string) && accepted.includes(names[1] as string));
  assert.ok(!accepted.includes(names[2] as string) && !accepted.includes('Heron'));
  // Invited, not yet accepted: no link, no notes, no list.
  const invited = await (
    await get(gatheringPaths.myGathering(ids.private as string), participant)
  ).text();
  assert.ok(!invited.includes('hidden-room') && !invited.includes('4711'));
  assert.ok(!invited.includes(names[0] as string));
  for (const key of ['staff_only', 'public_consented', 'draft']) {
    assert.equal(
      (await get(gatheringPaths.myGathering(ids[key] as string), participant)).status,
      404,
      key,
    );
  }
  assert.equal((await get(gatheringPaths.mine)).status, 303, 'signed out: sign in first');
});

test('the public page shows the travel advisories of its venue and its agenda', async () => {
  const { db } = testApp.deps;
  const gatheringId = ids.public_consented as string;
  const [gathering] = await db
    .select({ venueId: gatherings.venueId })
    .from(gatherings)
    .where(eq(gatherings.id, gatheringId));
  const [notice] = await db
    .insert(notices)
    .values({
      severity: 'warning',
      startsAt: new Date(Date.now() - 3_600_000),
      endsAt: new Date('2031-05-10T00:00:00Z'),
      venueId: gathering?.venueId,
      siteBanner: false,
    })
    .returning({ id: notices.id });
  assert.ok(notice);
  await db
    .insert(noticeTexts)
    .values({ noticeId: notice.id, locale: 'en', message: 'The coast road is closed.' });
  await db.insert(agendaSessions).values({
    gatheringId,
    title: 'Opening circle',
    startsAt: new Date('2031-05-02T16:00:00Z'),
    endsAt: new Date('2031-05-02T17:30:00Z'),
    room: 'Big House',
  });
  const html = await (
    await testApp.app.request(gatheringPaths.publicGathering('en', gatheringId))
  ).text();
  assert.match(html, /The coast road is closed\./);
  assert.match(html, /Opening circle/);
  assert.match(html, /Big House/);
  const home = await (await testApp.app.request('/en/')).text();
  assert.ok(!home.includes('The coast road is closed.'), 'not a site banner');
});
