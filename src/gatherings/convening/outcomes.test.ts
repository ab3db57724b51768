import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { signIn } from '../../accounts/testing.ts';
import { buildTestApp, submitForm, type TestApp } from '../../core/web/testing.ts';
import { programs, projects } from '../../site/tables.ts';
import { attendance, outcomePeople, outcomes } from '../tables.ts';
import { tiesFromAttendance } from './outcomes.ts';
import { createGatheringWith, mountConvening } from './testing.ts';

let t: TestApp;
let coordinator: string;
let programId: string;

before(async () => {
  t = await buildTestApp();
  mountConvening(t);
  coordinator = await signIn(t, { email: 'coordinator@tracktwo.test', roles: ['coordinator'] });
  const [program] = await t.deps.db
    .insert(programs)
    .values({ slug: 'oceans-22', name: 'Oceans 22' })
    .returning({ id: programs.id });
  programId = program?.id ?? '';
});
after(() => t.close());

const outcomesOf = (gatheringId: string) =>
  t.deps.db.select().from(outcomes).where(eq(outcomes.gatheringId, gatheringId));

test('signed out, outcomes ask to sign in; a participant gets a 404', async () => {
  const { gatheringId } = await createGatheringWith(t, []);
  const path = `/gatherings/${gatheringId}/outcomes`;
  assert.equal((await t.app.request(path)).status, 303);
  const participant = await signIn(t, { email: 'member@tracktwo.test', roles: [] });
  assert.equal((await t.app.request(path, { headers: { cookie: participant } })).status, 404);
});

test('a project outcome: an existing project, or a new one in a program', async () => {
  const { gatheringId } = await createGatheringWith(t, []);
  const path = `/gatherings/${gatheringId}/outcomes`;
  const [existing] = await t.deps.db
    .insert(projects)
    .values({ programId, slug: 'krill-survey', name: 'Krill survey' })
    .returning({ id: projects.id });
  const picked = await submitForm(t, {
    cookie: coordinator,
    from: path,
    to: `${path}/project`,
    fields: { projectId: existing?.id ?? '', description: 'A joint survey season' },
  });
  assert.equal(picked.status, 303);
  const created = await submitForm(t, {
    cookie: coordinator,
    from: path,
    to: `${path}/project`,
    fields: { programId, projectName: 'Southern Ocean atlas', projectSlug: 'southern-ocean-atlas' },
  });
  assert.equal(created.status, 303);
  const [atlas] = await t.deps.db
    .select()
    .from(projects)
    .where(eq(projects.slug, 'southern-ocean-atlas'));
  assert.equal(atlas?.programId, programId);
  const recorded = await outcomesOf(gatheringId);
  assert.deepEqual(recorded.map((row) => row.projectId).sort(), [existing?.id, atlas?.id].sort());
  const page = await (await t.app.request(path, { headers: { cookie: coordinator } })).text();
  assert.match(page, /Project: Krill survey/);
  assert.match(page, /Project: Southern Ocean atlas/);

  const taken = await submitForm(t, {
    cookie: coordinator,
    from: path,
    to: `${path}/project`,
    fields: { programId, projectName: 'Again', projectSlug: 'krill-survey' },
  });
  assert.equal(taken.status, 400);
  assert.match(await taken.text(), /Another project already has this address/);
  const incomplete = await submitForm(t, {
    cookie: coordinator,
    from: path,
    to: `${path}/project`,
    fields: {},
  });
  assert.equal(incomplete.status, 400);
  assert.equal((await outcomesOf(gatheringId)).length, 2);
});

test('a tie between attendees; not with someone who did not come', async () => {
  const { gatheringId, personIds } = await createGatheringWith(t, [
    { displayName: 'Iryna Tkachenko' },
    { displayName: 'Pavel Smirnov' },
    { displayName: 'Sam Ortiz' },
  ]);
  const [iryna, pavel, sam] = personIds as [string, string, string];
  await t.deps.db
    .insert(attendance)
    .values([iryna, pavel].map((personId) => ({ gatheringId, personId })));
  const path = `/gatherings/${gatheringId}/outcomes`;
  const page = await (await t.app.request(path, { headers: { cookie: coordinator } })).text();
  assert.match(page, /Iryna Tkachenko/);
  assert.doesNotMatch(page, /Sam Ortiz/, 'only attendees are offered');

  const withAbsent = await submitForm(t, {
    cookie: coordinator,
    from: path,
    to: `${path}/tie`,
    fields: [
      ['people', iryna],
      ['people', sam],
      ['description', 'Plankton data sharing'],
    ],
  });
  assert.equal(withAbsent.status, 400);
  const alone = await submitForm(t, {
    cookie: coordinator,
    from: path,
    to: `${path}/tie`,
    fields: [
      ['people', iryna],
      ['description', 'Alone'],
    ],
  });
  assert.equal(alone.status, 400);
  assert.match(await alone.text(), /at least two people/);
  assert.equal((await outcomesOf(gatheringId)).length, 0);

  const tie = await submitForm(t, {
    cookie: coordinator,
    from: path,
    to: `${path}/tie`,
    fields: [
      ['people', iryna],
      ['people', pavel],
      ['description', 'Plankton data sharing'],
    ],
  });
  assert.equal(tie.status, 303);
  const [outcome] = await outcomesOf(gatheringId);
  const members = await t.deps.db
    .select()
    .from(outcomePeople)
    .where(eq(outcomePeople.outcomeId, outcome?.id ?? ''));
  assert.deepEqual(members.map((m) => m.personId).sort(), [iryna, pavel].sort());
  const after = await (await t.app.request(path, { headers: { cookie: coordinator } })).text();
  assert.match(after, /Tie between Iryna Tkachenko, Pavel Smirnov/);
});

test('in no-record mode a tie is chosen among accepted invitees', async () => {
  const { gatheringId, personIds } = await createGatheringWith(
    t,
    [
      { displayName: 'Amal Haddad' },
      { displayName: 'Eitan Mizrahi' },
      { displayName: 'Not Coming', state: 'declined' },
    ],
    { noRecordCheckIn: true },
  );
  const path = `/gatherings/${gatheringId}/outcomes`;
  const page = await (await t.app.request(path, { headers: { cookie: coordinator } })).text();
  assert.match(page, /Amal Haddad/);
  assert.doesNotMatch(page, /Not Coming/);
  const tie = await submitForm(t, {
    cookie: coordinator,
    from: path,
    to: `${path}/tie`,
    fields: [
      ['people', personIds[0] ?? ''],
      ['people', personIds[1] ?? ''],
      ['description', 'A shared school project'],
    ],
  });
  assert.equal(tie.status, 303);
});

test('tiesFromAttendance: each pair of recorded attendees once, none without a record', async () => {
  const { gatheringId, personIds } = await createGatheringWith(t, [
    { displayName: 'One' },
    { displayName: 'Two' },
    { displayName: 'Three' },
    { displayName: 'Absent' },
  ]);
  const came = personIds.slice(0, 3);
  await t.deps.db.insert(attendance).values(came.map((personId) => ({ gatheringId, personId })));
  const ties = await tiesFromAttendance(t.deps.db, gatheringId);
  assert.equal(ties.length, 3);
  for (const tie of ties) {
    assert.ok(tie.personId < tie.otherPersonId);
    assert.ok(came.includes(tie.personId) && came.includes(tie.otherPersonId));
  }
  const { gatheringId: anonymousOne } = await createGatheringWith(t, [{ displayName: 'X' }], {
    noRecordCheckIn: true,
  });
  assert.deepEqual(await tiesFromAttendance(t.deps.db, anonymousOne), []);
});
