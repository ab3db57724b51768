// The gate's two halves must agree: the SQL predicate that picks rows and the presenter that
// decides fields (and refuses rows it should never get). Checked over the demo content, with a
// few people archived and erased, for viewers of every audience.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { inArray, isNull } from 'drizzle-orm';
import { loadDemo } from '../../demo/load.ts';
import { people } from '../../people/tables.ts';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../db/testing.ts';
import {
  audienceOf,
  contactsVisible,
  type PersonRow,
  personColumns,
  presentPerson,
  visiblePeople,
} from './gate.ts';
import { anonymous, type StaffRole, type Viewer } from './viewer.ts';

let database: Database;
let everyone: PersonRow[];
const viewers: Viewer[] = [];

before(async () => {
  database = await openTestDatabase();
  await loadDemo(database.db, { people: 320, encryptionKey: randomBytes(32) });
  const all = await database.db.select(personColumns).from(people).orderBy(people.id);
  // Archive a few and erase a few, of every tier.
  const archived = all.filter((_, index) => index % 17 === 0).map((row) => row.id);
  const erased = all.filter((_, index) => index % 23 === 1).map((row) => row.id);
  await database.db
    .update(people)
    .set({ archivedAt: new Date() })
    .where(inArray(people.id, archived));
  await database.db.update(people).set({ erasedAt: new Date() }).where(inArray(people.id, erased));
  // Protected people without a pseudonym must vanish for staff without clearance.
  const unnamed = all
    .filter((row) => row.tier === 'protected')
    .slice(0, 3)
    .map((row) => row.id);
  await database.db.update(people).set({ pseudonym: null }).where(inArray(people.id, unnamed));
  everyone = await database.db
    .select(personColumns)
    .from(people)
    .where(isNull(people.erasedAt))
    .orderBy(people.id);

  const account = (personId: string | null, roles: StaffRole[], clearance = false): Viewer => ({
    kind: 'account',
    accountId: crypto.randomUUID(),
    personId,
    roles,
    protectedClearance: clearance,
  });
  viewers.push(anonymous);
  for (const row of everyone.filter((_, index) => index % 29 === 0))
    viewers.push(account(row.id, []));
  viewers.push(account(null, []));
  viewers.push(account(everyone[3]?.id ?? null, ['coordinator']));
  viewers.push(account(null, ['editor']));
  viewers.push(account(null, ['administrator'], true));
  viewers.push(account(everyone[5]?.id ?? null, ['archivist'], true));
});
after(() => database.close());

test('the demo holds every tier, archived and erased people', async () => {
  const tiers = new Set(everyone.map((row) => row.tier));
  assert.deepEqual([...tiers].sort(), ['network', 'protected', 'public', 'staff']);
  assert.ok(everyone.some((row) => row.archivedAt !== null));
  assert.ok(everyone.some((row) => row.tier === 'protected' && row.pseudonym === null));
  const all = await database.db.select({ id: people.id }).from(people);
  assert.ok(all.length > everyone.length, 'some rows are erased');
});

test('for every viewer, the SQL predicate and the presenter agree on who is visible', async () => {
  for (const viewer of viewers) {
    const bySql = (
      await database.db
        .select({ id: people.id })
        .from(people)
        .where(visiblePeople(viewer))
        .orderBy(people.id)
    ).map((row) => row.id);
    const byPresenter = everyone
      .filter((row) => presentPerson(viewer, row) !== undefined)
      .map((row) => row.id);
    assert.deepEqual(bySql, byPresenter, `viewer of audience ${audienceOf(viewer)}`);
  }
});

test('the SQL rule for contacts agrees with what the presenter allows', async () => {
  for (const viewer of viewers) {
    const bySql = (
      await database.db
        .select({ id: people.id })
        .from(people)
        .where(contactsVisible(viewer))
        .orderBy(people.id)
    ).map((row) => row.id);
    const byPresenter = everyone
      .filter((row) => presentPerson(viewer, row)?.mayShowContacts === true)
      .map((row) => row.id);
    assert.deepEqual(bySql, byPresenter, `viewer of audience ${audienceOf(viewer)}`);
  }
});

test('what each audience sees', () => {
  for (const viewer of viewers) {
    const audience = audienceOf(viewer);
    for (const row of everyone) {
      const shown = presentPerson(viewer, row);
      if (!shown) continue;
      const isSelf = viewer.kind === 'account' && viewer.personId === row.id;
      if (audience === 'anonymous') {
        assert.equal(row.tier, 'public');
        assert.equal(shown.tier, undefined, 'the tier is not for the public');
        assert.equal(shown.residence, undefined);
      }
      if (audience === 'participant' && !isSelf) {
        assert.ok(row.tier === 'public' || row.tier === 'network');
        assert.equal(shown.mayShowContacts, false);
        assert.equal(shown.tier, undefined);
      }
      if (audience === 'staff' && row.tier === 'protected' && !isSelf) {
        assert.equal(shown.name, row.pseudonym);
        assert.ok(shown.pseudonymous);
        assert.equal(shown.mayShowContacts, false);
        assert.equal(shown.mayShowAffiliations, false);
        for (const field of [
          'otherNames',
          'bio',
          'residence',
          'citizenships',
          'languages',
          'fields',
        ] as const) {
          assert.equal(shown[field], undefined, field);
        }
        assert.ok(!JSON.stringify(shown).includes(row.displayName), 'the real name never shows');
      }
      if (audience === 'protected-staff' || isSelf) {
        assert.equal(shown.name, row.displayName);
        assert.equal(shown.mayShowContacts, true);
      }
    }
  }
});
