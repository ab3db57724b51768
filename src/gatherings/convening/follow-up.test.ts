import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { runJobs, signIn } from '../../accounts/testing.ts';
import { auditEvents } from '../../core/audit/tables.ts';
import { jobs } from '../../core/jobs/tables.ts';
import { outbox } from '../../core/mail/tables.ts';
import { buildTestApp, submitForm, type TestApp } from '../../core/web/testing.ts';
import { attendance } from '../tables.ts';
import { followUpMailQueue } from './follow-up.ts';
import { createGatheringWith, type Invitee, mountConvening } from './testing.ts';

let t: TestApp;
let coordinator: string;

before(async () => {
  t = await buildTestApp();
  mountConvening(t);
  coordinator = await signIn(t, { email: 'coordinator@tracktwo.test', roles: ['coordinator'] });
});
after(() => t.close());

const invitees: Invitee[] = [
  { displayName: 'Katya Volkova', email: 'katya@example.org' },
  { displayName: 'Taras Hnatiuk', email: 'taras@example.net' },
  {
    displayName: 'Protected Real',
    pseudonym: 'Osprey',
    tier: 'protected',
    email: 'osprey@example.com',
  },
  { displayName: 'Accepted Only', email: 'accepted-only@example.org' },
];
const identifying = invitees.flatMap((invitee) => [
  invitee.displayName,
  invitee.email ?? '',
  invitee.pseudonym ?? '',
]);

/** The outbox ids present now, to tell later messages apart. */
async function outboxIds(): Promise<Set<string>> {
  return new Set((await t.deps.db.select({ id: outbox.id }).from(outbox)).map((row) => row.id));
}

async function messagesSince(earlier: Set<string>) {
  const rows = await t.deps.db.select().from(outbox);
  return rows.filter((row) => !earlier.has(row.id));
}

/** Each message goes to one address and names nobody else, in its headers or its body. */
async function assertOneRecipientEach(rows: Awaited<ReturnType<typeof messagesSince>>) {
  for (const row of rows) {
    assert.equal(row.recipients.length, 1);
    const [own] = row.recipients;
    // Headers as sent, and the bodies decoded (they travel in base64).
    const parsed = await simpleParser(row.raw);
    const raw = `${row.raw.toString('utf8')}\n${parsed.text ?? ''}\n${parsed.html || ''}`;
    assert.doesNotMatch(raw, /^(cc|bcc):/im);
    const toLine = /^to: (.*)$/im.exec(raw)?.[1] ?? '';
    assert.equal(toLine.trim(), own);
    for (const other of identifying.filter(Boolean)) {
      if (other === own) continue;
      assert.ok(!raw.includes(other), `a message to one recipient does not mention ${other}`);
    }
  }
}

async function compose(path: string) {
  const fields = { subject: 'Thank you for coming', body: 'The **notes** and next steps follow.' };
  const preview = await submitForm(t, {
    cookie: coordinator,
    from: path,
    to: `${path}/preview`,
    fields,
  });
  assert.equal(preview.status, 200);
  const html = await preview.text();
  assert.match(html, /<strong>notes<\/strong>/);
  return submitForm(t, { cookie: coordinator, from: path, to: `${path}/send`, fields });
}

test('signed out, the follow-up asks to sign in; a participant gets a 404', async () => {
  const { gatheringId } = await createGatheringWith(t, []);
  const path = `/gatherings/${gatheringId}/follow-up`;
  assert.equal((await t.app.request(path)).status, 303);
  const participant = await signIn(t, { email: 'someone@tracktwo.test', roles: [] });
  assert.equal((await t.app.request(path, { headers: { cookie: participant } })).status, 404);
});

test('the follow-up goes to recorded attendees, one recipient per message, naming no one else', async () => {
  const { gatheringId, personIds } = await createGatheringWith(t, invitees);
  await t.deps.db
    .insert(attendance)
    .values(personIds.slice(0, 3).map((personId) => ({ gatheringId, personId })));
  const path = `/gatherings/${gatheringId}/follow-up`;
  assert.match(
    await (await t.app.request(path, { headers: { cookie: coordinator } })).text(),
    /Goes to the 3 people/,
  );
  const started = await outboxIds();
  assert.equal((await compose(path)).status, 303);

  const queued = await t.deps.db.select().from(jobs).where(eq(jobs.queue, followUpMailQueue));
  assert.equal(queued.length, 3);
  for (const job of queued) {
    const payload = JSON.stringify(job.payload);
    assert.doesNotMatch(
      payload,
      /@|Katya|Taras|Osprey|Thank you/,
      'job payloads hold ids and a sealed message',
    );
  }
  await runJobs(t);
  const sent = await messagesSince(started);
  assert.deepEqual(sent.flatMap((row) => row.recipients).sort(), [
    'katya@example.org',
    'osprey@example.com',
    'taras@example.net',
  ]);
  await assertOneRecipientEach(sent);
  assert.ok(sent.every((row) => row.subject === 'Thank you for coming'));
  assert.ok(sent.every((row) => row.raw.toString('utf8').includes('text/html')));

  const [event] = await t.deps.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, 'gathering.follow_up_sent'));
  assert.equal((event?.details as { recipients?: number } | undefined)?.recipients, 3);
  assert.doesNotMatch(JSON.stringify(event?.details), /@|Katya/);
});

test('in no-record mode the follow-up goes to accepted invitees', async () => {
  const { gatheringId } = await createGatheringWith(
    t,
    invitees.map((invitee, index) => ({
      ...invitee,
      email: `nr${index}-${invitee.email}`,
      state: index === 3 ? 'declined' : 'accepted',
    })),
    { noRecordCheckIn: true },
  );
  const path = `/gatherings/${gatheringId}/follow-up`;
  const started = await outboxIds();
  assert.equal((await compose(path)).status, 303);
  await runJobs(t);
  const sent = await messagesSince(started);
  assert.equal(sent.length, 3);
  assert.ok(sent.every((row) => row.recipients.length === 1));
  assert.ok(
    !sent.some((row) => row.recipients[0]?.startsWith('nr3-')),
    'not to those who declined',
  );
});

test('a message without a subject is refused with a message and nothing is queued', async () => {
  const { gatheringId } = await createGatheringWith(t, [
    { displayName: 'Alone', email: 'alone@example.org' },
  ]);
  const path = `/gatherings/${gatheringId}/follow-up`;
  const before = (await t.deps.db.select().from(jobs).where(eq(jobs.queue, followUpMailQueue)))
    .length;
  const response = await submitForm(t, {
    cookie: coordinator,
    from: path,
    to: `${path}/send`,
    fields: { subject: '', body: 'Hello' },
  });
  assert.equal(response.status, 400);
  assert.match(await response.text(), /Fill this in/);
  assert.equal(
    (await t.deps.db.select().from(jobs).where(eq(jobs.queue, followUpMailQueue))).length,
    before,
  );
});
