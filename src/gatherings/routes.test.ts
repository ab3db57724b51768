// The gathering pages over HTTP with real accounts: the coordinators' forms (bad input gets an
// error and changes nothing), the invitee's pages (not invited looks missing), and the public
// pages and calendar file (draft and non-public are missing; names only for consented lists).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, like } from 'drizzle-orm';
import { signIn } from '../accounts/testing.ts';
import { auditEvents } from '../core/audit/tables.ts';
import { buildTestApp, submitForm, type TestApp } from '../core/web/testing.ts';
import { people } from '../people/tables.ts';
import { gatheringPaths } from './paths.ts';
import { gatherings, invitations, venues } from './tables.ts';

let testApp: TestApp;
let coordinator: string;
let participant: string;

const validForm = {
  title: 'Retreat at Esalen',
  kind: 'retreat',
  programId: '',
  timeZone: 'America/Los_Angeles',
  starts: '2031-05-01T16:00',
  ends: '2031-05-04T11:00',
  venueId: '',
  onlineUrl: 'https://meet.example.org/retreat',
  languages: 'en, ru',
  capacity: '',
  description: 'Three days by the *ocean*.',
  attendeeList: 'staff_only',
  sideA: 'RU',
  sideB: 'UA',
};

before(async () => {
  testApp = await buildTestApp();
  coordinator = await signIn(testApp, {
    email: 'coordinator@tracktwo.test',
    roles: ['coordinator'],
  });
  participant = await signIn(testApp, { email: 'participant@tracktwo.test', roles: [] });
});

after(() => testApp.close());

async function allGatherings() {
  return testApp.deps.db.select().from(gatherings).orderBy(gatherings.createdAt);
}

test('signed out, the staff area sends to sign in; a participant finds nothing there', async () => {
  const signedOut = await testApp.app.request('/gatherings');
  assert.equal(signedOut.status, 303);
  assert.match(signedOut.headers.get('location') ?? '', /^\/sign-in/);
  const asParticipant = await testApp.app.request('/gatherings', {
    headers: { cookie: participant },
  });
  assert.equal(asParticipant.status, 404);
});

test('a coordinator creates a gathering; times are read in its zone', async () => {
  const response = await submitForm(testApp, {
    cookie: coordinator,
    from: gatheringPaths.staffNew,
    fields: { ...validForm, public: 'on' },
  });
  assert.equal(response.status, 303);
  const [created] = await allGatherings();
  assert.ok(created);
  assert.equal(created.startsAt.toISOString(), '2031-05-01T23:00:00.000Z');
  assert.deepEqual(created.sides, ['RU', 'UA']);
  assert.deepEqual(created.languages, ['en', 'ru']);
  assert.equal(created.public, true);
  const overview = await testApp.app.request(gatheringPaths.staffOverview(created.id), {
    headers: { cookie: coordinator },
  });
  const html = await overview.text();
  assert.match(html, /<em>ocean<\/em>/);
  for (const link of [
    gatheringPaths.invitations(created.id),
    gatheringPaths.logisticsPdf(created.id),
  ])
    assert.ok(html.includes(`href="${link}"`), link);
});

test('bad input gets an error on the form and changes nothing', async () => {
  const before = await allGatherings();
  const cases: [Record<string, string>, RegExp][] = [
    [{ timeZone: 'Mars/Olympus_Mons' }, /IANA name/],
    [{ ends: '2031-04-30T10:00' }, /end must come after the start/],
    [{ onlineUrl: '', venueId: '' }, /Choose a venue or give an online link/],
    [{ sideB: 'RU' }, /two different country codes/],
    [{ languages: 'en, ru_RU!' }, /language codes separated by commas/],
    [{ capacity: '-3' }, /whole number/],
  ];
  for (const [change, message] of cases) {
    const response = await submitForm(testApp, {
      cookie: coordinator,
      from: gatheringPaths.staffNew,
      fields: { ...validForm, ...change },
    });
    assert.equal(response.status, 400, JSON.stringify(change));
    assert.match(await response.text(), message);
  }
  assert.deepEqual(await allGatherings(), before);
});

test('the capacity cannot fall below those who accepted', async () => {
  const [gathering] = await allGatherings();
  assert.ok(gathering);
  const others = await testApp.deps.db
    .insert(people)
    .values([{ displayName: 'Accepted one' }, { displayName: 'Accepted two' }])
    .returning({ id: people.id });
  await testApp.deps.db.insert(invitations).values(
    others.map((person) => ({
      gatheringId: gathering.id,
      personId: person.id,
      state: 'accepted' as const,
    })),
  );
  const response = await submitForm(testApp, {
    cookie: coordinator,
    from: gatheringPaths.staffEdit(gathering.id),
    fields: { ...validForm, title: 'Renamed', capacity: '1' },
  });
  assert.equal(response.status, 400);
  assert.match(await response.text(), /2 people have already accepted/);
  const [unchanged] = await allGatherings();
  assert.equal(unchanged?.title, 'Retreat at Esalen');
  assert.equal(unchanged?.capacity, null);
});

test('venues: a country code is required; a good venue is saved', async () => {
  const bad = await submitForm(testApp, {
    cookie: coordinator,
    from: gatheringPaths.venueNew,
    fields: { name: 'Esalen', address: 'Big Sur', country: 'California', travelNotes: '' },
  });
  assert.equal(bad.status, 400);
  assert.equal((await testApp.deps.db.select().from(venues)).length, 0);
  const good = await submitForm(testApp, {
    cookie: coordinator,
    from: gatheringPaths.venueNew,
    fields: {
      name: 'Esalen',
      address: '55000 Highway 1, Big Sur',
      country: 'us',
      travelNotes: 'Highway 1 from Monterey.',
    },
  });
  assert.equal(good.status, 303);
  const [venue] = await testApp.deps.db.select().from(venues);
  assert.equal(venue?.country, 'US');
});

test('status moves only along its transitions', async () => {
  const [gathering] = await allGatherings();
  assert.ok(gathering);
  const skip = await submitForm(testApp, {
    cookie: coordinator,
    from: gatheringPaths.staffOverview(gathering.id),
    to: gatheringPaths.staffStatus(gathering.id),
    fields: { status: 'held' },
  });
  assert.equal(skip.status, 303);
  assert.equal((await allGatherings())[0]?.status, 'draft');
  await submitForm(testApp, {
    cookie: coordinator,
    from: gatheringPaths.staffOverview(gathering.id),
    to: gatheringPaths.staffStatus(gathering.id),
    fields: { status: 'inviting' },
  });
  assert.equal((await allGatherings())[0]?.status, 'inviting');
});

test('a venue in use is kept; a free one is removed', async () => {
  const [venue] = await testApp.deps.db.select().from(venues);
  assert.ok(venue);
  const [gathering] = await allGatherings();
  assert.ok(gathering);
  await testApp.deps.db
    .update(gatherings)
    .set({ venueId: venue.id })
    .where(eq(gatherings.id, gathering.id));
  const refused = await submitForm(testApp, {
    cookie: coordinator,
    from: gatheringPaths.venue(venue.id),
    to: gatheringPaths.venueDelete(venue.id),
  });
  assert.equal(refused.status, 303);
  assert.equal((await testApp.deps.db.select().from(venues)).length, 1);
  await testApp.deps.db
    .update(gatherings)
    .set({ venueId: null })
    .where(eq(gatherings.id, gathering.id));
  await submitForm(testApp, {
    cookie: coordinator,
    from: gatheringPaths.venue(venue.id),
    to: gatheringPaths.venueDelete(venue.id),
  });
  assert.equal((await testApp.deps.db.select().from(venues)).length, 0);
});

test('changes are audited by id, never by title', async () => {
  const events = await testApp.deps.db
    .select()
    .from(auditEvents)
    .where(like(auditEvents.action, 'gathering.%'));
  const [gathering] = await allGatherings();
  assert.deepEqual(events.map((event) => event.action).sort(), [
    'gathering.created',
    'gathering.status_changed',
  ]);
  for (const event of events) {
    assert.equal(event.subjectId, gathering?.id);
    assert.ok(!JSON.stringify(event).includes('Esalen'));
  }
});
