import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { signIn } from '../../accounts/testing.ts';
import { buildTestApp, submitForm, type TestApp } from '../../core/web/testing.ts';
import { attendance, gatherings } from '../tables.ts';
import { createGatheringWith, mountConvening } from './testing.ts';

let t: TestApp;
let coordinator: string;

before(async () => {
  t = await buildTestApp();
  mountConvening(t);
  coordinator = await signIn(t, { email: 'coordinator@tracktwo.test', roles: ['coordinator'] });
});
after(() => t.close());

const recorded = (gatheringId: string) =>
  t.deps.db.select().from(attendance).where(eq(attendance.gatheringId, gatheringId));

test('signed out, the check-in page asks to sign in; a participant gets a 404', async () => {
  const { gatheringId } = await createGatheringWith(t, []);
  const path = `/gatherings/${gatheringId}/check-in`;
  const signedOut = await t.app.request(path);
  assert.equal(signedOut.status, 303);
  assert.match(signedOut.headers.get('location') ?? '', /^\/sign-in\?next=/);
  const participant = await signIn(t, { email: 'participant@tracktwo.test', roles: [] });
  assert.equal((await t.app.request(path, { headers: { cookie: participant } })).status, 404);
  const posted = await t.app.request(`${path}/arrived`, {
    method: 'POST',
    headers: { cookie: participant },
  });
  assert.ok(posted.status === 404 || posted.status === 403, `refused (${posted.status})`);
  assert.equal(
    (await t.app.request('/gatherings/not-an-id/check-in', { headers: { cookie: coordinator } }))
      .status,
    404,
  );
});

test('recorded check-in: accepted invitees only, protected by pseudonym; check in and undo', async () => {
  const { gatheringId, personIds } = await createGatheringWith(t, [
    { displayName: 'Marta Ostrowska' },
    { displayName: 'Hidden Real Name', pseudonym: 'Heron', tier: 'protected' },
    { displayName: 'Declined Person', state: 'declined' },
  ]);
  const [marta, heron, declined] = personIds as [string, string, string];
  const path = `/gatherings/${gatheringId}/check-in`;
  const page = await (await t.app.request(path, { headers: { cookie: coordinator } })).text();
  assert.match(page, /Marta Ostrowska/);
  assert.match(page, /Heron/);
  assert.doesNotMatch(page, /Hidden Real Name/);
  assert.doesNotMatch(page, /Declined Person/);

  const checked = await submitForm(t, {
    cookie: coordinator,
    from: path,
    to: `${path}/people/${heron}`,
  });
  assert.equal(checked.status, 303);
  const rows = await recorded(gatheringId);
  assert.deepEqual(
    rows.map((row) => row.personId),
    [heron],
  );
  assert.ok(rows[0]?.checkedInBy, 'the account that checked in is recorded');
  assert.match(
    await (await t.app.request(path, { headers: { cookie: coordinator } })).text(),
    /1 of 2 checked in/,
  );

  const refused = await submitForm(t, {
    cookie: coordinator,
    from: path,
    to: `${path}/people/${declined}`,
  });
  assert.equal(refused.status, 404);
  assert.equal((await recorded(gatheringId)).length, 1);

  await submitForm(t, { cookie: coordinator, from: path, to: `${path}/people/${marta}` });
  await submitForm(t, { cookie: coordinator, from: path, to: `${path}/people/${heron}/undo` });
  assert.deepEqual(
    (await recorded(gatheringId)).map((row) => row.personId),
    [marta],
  );
});

test('no-record mode: no names on the page, only a count, and nothing written to attendance', async () => {
  const { gatheringId, personIds } = await createGatheringWith(
    t,
    [{ displayName: 'Oksana Melnyk' }, { displayName: 'Yosef Amar' }],
    { noRecordCheckIn: true },
  );
  const path = `/gatherings/${gatheringId}/check-in`;
  const page = await (await t.app.request(path, { headers: { cookie: coordinator } })).text();
  assert.doesNotMatch(page, /Oksana|Yosef/);
  assert.match(page, /\+1 arrived/);
  for (const step of ['arrived', 'arrived', 'left', 'arrived']) {
    assert.equal(
      (await submitForm(t, { cookie: coordinator, from: path, to: `${path}/${step}` })).status,
      303,
    );
  }
  const [gathering] = await t.deps.db
    .select()
    .from(gatherings)
    .where(eq(gatherings.id, gatheringId));
  assert.equal(gathering?.anonymousCheckIns, 2);
  assert.match(
    await (await t.app.request(path, { headers: { cookie: coordinator } })).text(),
    /Arrived so far: 2/,
  );
  const named = await submitForm(t, {
    cookie: coordinator,
    from: path,
    to: `${path}/people/${personIds[0]}`,
  });
  assert.equal(named.status, 404);
  assert.equal((await recorded(gatheringId)).length, 0);
  // The count never goes below zero.
  for (let i = 0; i < 3; i += 1)
    await submitForm(t, { cookie: coordinator, from: path, to: `${path}/left` });
  const [after] = await t.deps.db.select().from(gatherings).where(eq(gatherings.id, gatheringId));
  assert.equal(after?.anonymousCheckIns, 0);
});

test('turning no-record mode on folds recorded check-ins into the count; off reveals nothing', async () => {
  const { gatheringId, personIds } = await createGatheringWith(t, [
    { displayName: 'Lena Fischer' },
    { displayName: 'Dmytro Bondar' },
  ]);
  const path = `/gatherings/${gatheringId}/check-in`;
  await submitForm(t, { cookie: coordinator, from: path, to: `${path}/people/${personIds[0]}` });
  const on = await submitForm(t, {
    cookie: coordinator,
    from: path,
    to: `${path}/mode`,
    fields: { noRecord: 'on' },
  });
  assert.equal(on.status, 303);
  assert.equal((await recorded(gatheringId)).length, 0);
  const [gathering] = await t.deps.db
    .select()
    .from(gatherings)
    .where(eq(gatherings.id, gatheringId));
  assert.equal(gathering?.noRecordCheckIn, true);
  assert.equal(gathering?.anonymousCheckIns, 1);
  await submitForm(t, {
    cookie: coordinator,
    from: path,
    to: `${path}/mode`,
    fields: { noRecord: 'off' },
  });
  const page = await (await t.app.request(path, { headers: { cookie: coordinator } })).text();
  assert.match(page, /0 of 2 checked in/);
});
