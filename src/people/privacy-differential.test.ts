// The differential check: for thousands of (viewer, person) pairs over the demo content, the
// person page's answer (200 or 404, over HTTP with a real session) must equal the person's
// membership in every list that viewer can reach: the directory (walked by country), the
// directory's name search, and the staff export. One answer everywhere, or it is a leak.
// One deliberate exception, by design of the directory: staff without clearance find a
// protected person by pseudonym only, never through a filter on what the pseudonym hides
// (country, field, language, organization), so the country walk must NOT list them.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { eq, inArray, isNotNull } from 'drizzle-orm';
import { ensureAccount } from '../accounts/create-account.ts';
import { accounts } from '../accounts/tables.ts';
import { signIn } from '../accounts/testing.ts';
import { personColumns, presentPerson } from '../core/privacy/gate.ts';
import type { StaffRole, Viewer } from '../core/privacy/viewer.ts';
import { buildTestApp, type TestApp } from '../core/web/testing.ts';
import { loadDemo } from '../demo/load.ts';
import { listDirectory } from './directory.ts';
import { exportPeopleCsv } from './export.ts';
import { people } from './tables.ts';

interface Subject {
  label: string;
  viewer: Viewer;
  cookie: string;
}

let t: TestApp;
let demoPeople: { id: string; residence: string | null }[] = [];
const subjects: Subject[] = [];

before(async () => {
  t = await buildTestApp();
  await loadDemo(t.database.db, { people: 320, encryptionKey: t.deps.config.encryptionKey });
  demoPeople = await t.database.db
    .select({ id: people.id, residence: people.residence })
    .from(people)
    .where(isNotNull(people.residence));
  // Some archived people and a protected person without a pseudonym make the rules bite.
  const archived = demoPeople.filter((_, index) => index % 19 === 0).map((p) => p.id);
  await t.database.db
    .update(people)
    .set({ archivedAt: new Date() })
    .where(inArray(people.id, archived));
  const [unnamed] = await t.database.db
    .select({ id: people.id })
    .from(people)
    .where(eq(people.tier, 'protected'))
    .limit(1);
  if (unnamed) {
    await t.database.db.update(people).set({ pseudonym: null }).where(eq(people.id, unnamed.id));
  }

  const rows = await t.database.db.select(personColumns).from(people);
  for (const row of rows) rowsById.set(row.id, row);
  const byTier = (tier: string) => rows.find((row) => row.tier === tier)?.id ?? null;
  const plan: { label: string; roles: StaffRole[]; personId?: string | null; cleared?: boolean }[] =
    [
      { label: 'participant (network)', roles: [], personId: byTier('network') },
      { label: 'participant (public)', roles: [], personId: byTier('public') },
      { label: 'participant (protected)', roles: [], personId: byTier('protected') },
      { label: 'participant (no person)', roles: [] },
      { label: 'coordinator', roles: ['coordinator'] },
      { label: 'administrator', roles: ['administrator'] },
      { label: 'cleared coordinator', roles: ['coordinator'], cleared: true },
    ];
  for (const [index, entry] of plan.entries()) {
    const email = `differential-${index}@example.org`;
    const account = await ensureAccount(t.deps, {
      email,
      displayName: 'Differential',
      roles: entry.roles,
    });
    const personId = entry.personId === undefined ? account.personId : entry.personId;
    await t.database.db
      .update(accounts)
      .set({ personId, protectedClearance: entry.cleared === true })
      .where(eq(accounts.id, account.accountId));
    subjects.push({
      label: entry.label,
      cookie: await signIn(t, { email, roles: entry.roles }),
      viewer: {
        kind: 'account',
        accountId: account.accountId,
        personId,
        roles: entry.roles,
        protectedClearance: entry.cleared === true,
      },
    });
  }
});
after(() => t.close());

const rowsById = new Map<string, { tier: string; pseudonym: string | null; displayName: string }>();

/** Whether the viewer sees this person in full (not by pseudonym). */
function fullSight(viewer: Viewer, personId: string): boolean {
  if (viewer.kind !== 'account') return false;
  return viewer.protectedClearance || viewer.personId === personId || viewer.roles.length === 0;
}

async function directoryMembers(viewer: Viewer): Promise<Set<string>> {
  const members = new Set<string>();
  const countries = new Set(demoPeople.map((p) => p.residence ?? ''));
  for (const country of countries) {
    for (let page = 1; ; page++) {
      const result = await listDirectory(t.database.db, viewer, { country }, page);
      for (const person of result.people) members.add(person.id);
      if (page >= result.pages) break;
    }
  }
  return members;
}

test('the person page answers as every list does, for every viewer and every demo person', async () => {
  let pairs = 0;
  for (const subject of subjects) {
    const inDirectory = await directoryMembers(subject.viewer);
    const canExport =
      subject.viewer.kind === 'account' &&
      subject.viewer.roles.some((role) => role === 'administrator' || role === 'coordinator');
    const exported = canExport
      ? new Set(
          (
            parse(await exportPeopleCsv(t.database.db, subject.viewer), {
              columns: true,
              bom: true,
            }) as {
              id: string;
            }[]
          ).map((record) => record.id),
        )
      : undefined;
    for (const person of demoPeople) {
      const response = await t.app.request(`/people/${person.id}`, {
        headers: { cookie: subject.cookie },
      });
      const html = await response.text();
      const onPage = response.status === 200;
      assert.ok(response.status === 200 || response.status === 404, `status ${response.status}`);
      const where = `${subject.label}, person ${person.id}`;
      const byPseudonym =
        onPage &&
        rowsById.get(person.id)?.tier === 'protected' &&
        !fullSight(subject.viewer, person.id);
      assert.equal(
        inDirectory.has(person.id),
        onPage && !byPseudonym,
        `directory vs page: ${where}`,
      );
      if (byPseudonym) {
        const pseudonym = rowsById.get(person.id)?.pseudonym ?? '';
        assert.ok(
          html.includes(pseudonym) && !html.includes(rowsById.get(person.id)?.displayName ?? '-'),
        );
      }
      if (exported) assert.equal(exported.has(person.id), onPage, `export vs page: ${where}`);
      pairs++;
    }
  }
  assert.ok(pairs >= 2000, `${pairs} pairs checked`);
});

test('the name search finds a person exactly when their page opens, by the name the viewer sees', async () => {
  const rows = await t.database.db.select(personColumns).from(people);
  for (const subject of subjects) {
    for (const row of rows.filter((_, index) => index % 8 === 0)) {
      const shown = presentPerson(subject.viewer, row);
      const name = shown?.name || row.displayName;
      const found = await listDirectory(t.database.db, subject.viewer, { name }, 1);
      const listed = found.people.some((person) => person.id === row.id);
      const page = await t.app.request(`/people/${row.id}`, {
        headers: { cookie: subject.cookie },
      });
      await page.arrayBuffer();
      assert.equal(listed, page.status === 200, `${subject.label} searching ${row.tier} ${row.id}`);
    }
  }
});
