import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { signIn } from '../../accounts/testing.ts';
import { auditEvents } from '../../core/audit/tables.ts';
import { buildTestApp, submitForm, type TestApp } from '../../core/web/testing.ts';
import { gatheringNotes } from '../tables.ts';
import { createGatheringWith, mountConvening } from './testing.ts';

let t: TestApp;
let coordinator: string;
let path: string;
let gatheringId: string;

before(async () => {
  t = await buildTestApp();
  mountConvening(t);
  coordinator = await signIn(t, { email: 'coordinator@tracktwo.test', roles: ['coordinator'] });
  ({ gatheringId } = await createGatheringWith(t, [
    { displayName: 'Anna Kowalski' },
    { displayName: 'Olena Shevchuk', otherNames: ['Олена Шевчук'] },
    { displayName: 'Real Name Kept Secret', pseudonym: 'Kestrel', tier: 'protected' },
    { displayName: 'Noa Levi', otherNames: ['נועה לוי'], state: 'declined' },
  ]));
  path = `/gatherings/${gatheringId}/notes`;
});
after(() => t.close());

const notes = () =>
  t.deps.db.select().from(gatheringNotes).where(eq(gatheringNotes.gatheringId, gatheringId));
const send = (fields: Record<string, string>) =>
  submitForm(t, { cookie: coordinator, from: path, fields });

test('signed out, the notes ask to sign in; a participant gets a 404', async () => {
  assert.equal((await t.app.request(path)).status, 303);
  const participant = await signIn(t, { email: 'reader@tracktwo.test', roles: [] });
  assert.equal((await t.app.request(path, { headers: { cookie: participant } })).status, 404);
});

test('a note naming an invitee (Latin, Cyrillic, Hebrew, pseudonym) is not saved without consent', async () => {
  for (const [body, found] of [
    ['Then anna kowalski proposed a joint survey.', 'anna kowalski'],
    ['Потом Олена Шевчук предложила экспедицию.', 'Олена Шевчук'],
    ['ההצעה של נועה לוי התקבלה.', 'נועה לוי'],
    ['Kestrel described the route.', 'Kestrel'],
  ] as const) {
    const response = await send({ body, intent: 'save' });
    assert.equal(response.status, 400, body);
    const html = await response.text();
    assert.match(html, /names people invited/);
    assert.ok(html.includes(found), `the warning lists ${found}`);
  }
  assert.equal((await notes()).length, 0);
});

test('the check button warns without saving; a protected real name is never looked for', async () => {
  const checked = await send({ body: 'Kestrel spoke about the coast.', intent: 'check' });
  assert.equal(checked.status, 200);
  assert.match(await checked.text(), /names people invited/);
  // Staff without clearance do not know the real name, so the check must not confirm it.
  const secret = await send({ body: 'Real Name Kept Secret was there.', intent: 'check' });
  assert.match(await secret.text(), /No invitee’s name was found/);
  assert.equal((await notes()).length, 0);
});

test('a name inside a longer word does not trigger; a clean note is saved and rendered', async () => {
  const response = await send({
    body: 'The **Annapolis** model and the Оленячий bay were discussed.',
    intent: 'save',
  });
  assert.equal(response.status, 303);
  const page = await (await t.app.request(path, { headers: { cookie: coordinator } })).text();
  assert.match(page, /<strong>Annapolis<\/strong>/);
  assert.equal((await notes()).length, 1);
});

test('"save anyway" saves a note with a name and audits the choice by ids only', async () => {
  const response = await send({
    body: 'Anna Kowalski asked to be credited.',
    intent: 'save',
    saveAnyway: 'yes',
  });
  assert.equal(response.status, 303);
  const saved = (await notes()).find((note) => note.body.startsWith('Anna'));
  assert.ok(saved);
  const [event] = await t.deps.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, 'gathering.note_saved_despite_names'));
  assert.equal(event?.subjectId, String(saved.id));
  assert.doesNotMatch(JSON.stringify(event?.details), /Anna|Kowalski/i);
  assert.equal((event?.details as { matches?: number } | undefined)?.matches, 1);
});

test('an empty note is refused with a message', async () => {
  const response = await send({ body: '   ', intent: 'save' });
  assert.equal(response.status, 400);
  assert.match(await response.text(), /Fill this in/);
});
