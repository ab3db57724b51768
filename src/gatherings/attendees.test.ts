// Who is named on an attendee list, as a matrix: every attendee-list setting × every kind of
// viewer × every tier of attendee, with and without consent to a public list. The expected
// sight is written from the issue and the privacy rules, not computed by the code under test.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../core/db/client.ts';
import { openTestDatabase } from '../core/db/testing.ts';
import { anonymous, type Viewer } from '../core/privacy/viewer.ts';
import { people, type Tier } from '../people/tables.ts';
import { listVisibleAttendees } from './attendees.ts';
import type { AttendeeListSetting } from './policy.ts';
import { gatherings, invitations } from './tables.ts';

type ViewerKind =
  | 'anonymous'
  | 'participant-accepted'
  | 'participant-not-invited'
  | 'participant-declined'
  | 'staff'
  | 'protected-staff';
type Sight = 'name' | 'pseudonym' | 'none';
const tiers: Tier[] = ['public', 'network', 'staff', 'protected'];
const settings: AttendeeListSetting[] = ['staff_only', 'confirmed_attendees', 'public_consented'];

function expected(
  viewer: ViewerKind,
  setting: AttendeeListSetting,
  isPublic: boolean,
  tier: Tier,
  consented: boolean,
): Sight {
  if (viewer === 'protected-staff') return 'name';
  if (viewer === 'staff') return tier === 'protected' ? 'pseudonym' : 'name';
  const accepted = viewer === 'participant-accepted';
  if (setting === 'confirmed_attendees' && accepted) {
    return tier === 'public' || tier === 'network' ? 'name' : 'none';
  }
  if (setting === 'public_consented' && (isPublic || accepted)) {
    return tier === 'public' && consented ? 'name' : 'none';
  }
  return 'none';
}

let database: Database;
const attendees: { id: string; name: string; pseudonym: string; tier: Tier; consented: boolean }[] =
  [];
const viewerPeople = { accepted: '', 'not-invited': '', declined: '' };
const viewers = {} as Record<ViewerKind, Viewer>;
const gatheringIds = new Map<string, string>();
const key = (setting: AttendeeListSetting, isPublic: boolean) => `${setting}/${isPublic}`;

function gatheringOf(setting: AttendeeListSetting, isPublic: boolean): string {
  const id = gatheringIds.get(key(setting, isPublic));
  assert.ok(id);
  return id;
}

async function insertPerson(values: typeof people.$inferInsert): Promise<string> {
  const [row] = await database.db.insert(people).values(values).returning({ id: people.id });
  assert.ok(row);
  return row.id;
}

before(async () => {
  database = await openTestDatabase();
  const { db } = database;
  for (const tier of tiers) {
    for (const consented of [false, true]) {
      const name = `Attendee ${tier} ${consented ? 'consenting' : 'silent'}`;
      const pseudonym = `Pseudonym ${tier} ${consented}`;
      const id = await insertPerson({ displayName: name, pseudonym, tier });
      attendees.push({ id, name, pseudonym, tier, consented });
    }
  }
  // Viewers who are participants have a person of their own, of tier network.
  for (const kind of ['accepted', 'not-invited', 'declined'] as const) {
    viewerPeople[kind] = await insertPerson({ displayName: `Viewer ${kind}`, tier: 'network' });
  }
  // Someone on the list who has not accepted is never an attendee, whoever looks.
  const undecided = await insertPerson({ displayName: 'Undecided public person', tier: 'public' });
  const account = (personId: string | null, roles: [] | ['coordinator'], clearance = false) =>
    ({
      kind: 'account',
      accountId: crypto.randomUUID(),
      personId,
      roles,
      protectedClearance: clearance,
    }) as const;
  viewers.anonymous = anonymous;
  viewers['participant-accepted'] = account(viewerPeople.accepted, []);
  viewers['participant-not-invited'] = account(viewerPeople['not-invited'], []);
  viewers['participant-declined'] = account(viewerPeople.declined, []);
  viewers.staff = account(null, ['coordinator']);
  viewers['protected-staff'] = account(null, ['coordinator'], true);

  for (const setting of settings) {
    for (const isPublic of [false, true]) {
      const [gathering] = await db
        .insert(gatherings)
        .values({
          title: `Gathering ${setting} ${isPublic}`,
          kind: 'retreat',
          startsAt: new Date('2030-05-01T16:00:00Z'),
          endsAt: new Date('2030-05-04T18:00:00Z'),
          timeZone: 'America/Los_Angeles',
          status: 'confirmed',
          attendeeList: setting,
          public: isPublic,
        })
        .returning({ id: gatherings.id });
      assert.ok(gathering);
      const gatheringId = gathering.id;
      gatheringIds.set(key(setting, isPublic), gatheringId);
      await db.insert(invitations).values([
        ...attendees.map((attendee) => ({
          gatheringId,
          personId: attendee.id,
          state: 'accepted' as const,
          listConsent: attendee.consented,
        })),
        {
          gatheringId,
          personId: viewerPeople.accepted,
          state: 'accepted' as const,
        },
        {
          gatheringId,
          personId: viewerPeople.declined,
          state: 'declined' as const,
          listConsent: true,
        },
        { gatheringId, personId: undecided, state: 'maybe' as const, listConsent: true },
      ]);
    }
  }
});

after(() => database.close());

test('attendee lists: settings × public or not × viewers × tiers × consent', async () => {
  let checked = 0;
  for (const setting of settings) {
    for (const isPublic of [false, true]) {
      const gatheringId = gatheringOf(setting, isPublic);
      for (const [kind, viewer] of Object.entries(viewers) as [ViewerKind, Viewer][]) {
        const listed = await listVisibleAttendees(database.db, viewer, gatheringId);
        const names = new Set(listed.map((person) => person.name));
        const context = `${setting}, ${isPublic ? 'public' : 'not public'}, ${kind}`;
        const wanted: string[] = [];
        for (const attendee of attendees) {
          const sight = expected(kind, setting, isPublic, attendee.tier, attendee.consented);
          const label = `${context}: ${attendee.tier}, ${attendee.consented ? 'consented' : 'no consent'}`;
          assert.equal(names.has(attendee.name), sight === 'name', `${label} (name)`);
          assert.equal(
            names.has(attendee.pseudonym),
            sight === 'pseudonym',
            `${label} (pseudonym)`,
          );
          if (sight !== 'none') wanted.push(sight === 'name' ? attendee.name : attendee.pseudonym);
          checked++;
        }
        // The accepted viewer, and only they, among the other people on the list: they see
        // themself wherever the list is the gate's (they never consented to a public list).
        const accepted = 'Viewer accepted';
        const seesAccepted =
          kind === 'staff' ||
          kind === 'protected-staff' ||
          (kind === 'participant-accepted' && setting === 'confirmed_attendees');
        if (seesAccepted) wanted.push(accepted);
        assert.deepEqual([...names].sort(), wanted.sort(), `${context}: the whole list`);
        assert.ok(!names.has('Viewer declined'), `${context}: a declined invitee is not listed`);
        assert.ok(!names.has('Undecided public person'), `${context}: maybe is not listed`);
      }
    }
  }
  assert.equal(checked, 3 * 2 * 6 * 8);
});

test('a public list presents people as to the public, never more', async () => {
  const gatheringId = gatheringOf('public_consented', true);
  for (const viewer of [anonymous, viewers['participant-accepted']]) {
    const [person, ...rest] = await listVisibleAttendees(database.db, viewer, gatheringId);
    assert.equal(rest.length, 0);
    assert.equal(person?.name, 'Attendee public consenting');
    assert.equal(person?.tier, undefined, 'no tier');
    assert.equal(person?.residence, undefined, 'no residence');
    assert.equal(person?.mayShowContacts, false);
  }
});

test('a missing gathering or a malformed id lists no one', async () => {
  assert.deepEqual(await listVisibleAttendees(database.db, viewers.staff, crypto.randomUUID()), []);
  assert.deepEqual(await listVisibleAttendees(database.db, viewers.staff, 'not-an-id'), []);
});
