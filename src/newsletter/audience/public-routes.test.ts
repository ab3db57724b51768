// The reader's side over the real app (CSRF, cookies, jobs, SMTP on loopback): one-click
// unsubscribe per RFC 8058, sign-up with double opt-in and one answer for every address, and
// the preferences page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { runJobs } from '../../accounts/testing.ts';
import { type SmtpSink, startSmtpSink } from '../../core/mail/testing.ts';
import {
  buildTestApp,
  formPage,
  postForm,
  submitForm,
  type TestApp,
} from '../../core/web/testing.ts';
import { addPerson } from '../../gatherings/invitations/testing.ts';
import { readContacts } from '../../people/contacts.ts';
import { people } from '../../people/tables.ts';
import { subscribers } from '../tables.ts';
import { unsubscribeUrl } from './recipients.ts';
import { signToken } from './tokens.ts';

describe('the newsletter for readers', () => {
  let testApp: TestApp;
  let sink: SmtpSink;

  before(async () => {
    sink = await startSmtpSink();
    testApp = await buildTestApp({ env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://news.test' } });
  });
  after(async () => {
    await testApp.close();
    await sink.close();
  });

  async function activeSubscriber(email: string) {
    const { db, config } = testApp.deps;
    const personId = await addPerson(db, config.encryptionKey, { displayName: email, email });
    const [row] = await db.insert(subscribers).values({ personId, status: 'active' }).returning();
    return row as typeof subscribers.$inferSelect;
  }

  async function statusOf(id: string) {
    const [row] = await testApp.deps.db.select().from(subscribers).where(eq(subscribers.id, id));
    return row;
  }

  const oneClick = (path: string) =>
    testApp.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });

  test('one-click unsubscribe: a POST with no cookie and no CSRF field works, twice alike', async () => {
    const subscriber = await activeSubscriber('oneclick@example.org');
    const path = new URL(unsubscribeUrl(testApp.deps.config, subscriber.id)).pathname;

    const page = await testApp.app.request(path);
    assert.equal(page.status, 200);
    assert.match(await page.text(), new RegExp(`<form method="post" action="${path}"`));
    assert.equal((await statusOf(subscriber.id))?.status, 'active', 'a GET never unsubscribes');

    const first = await oneClick(path);
    assert.equal(first.status, 200);
    const after1 = await statusOf(subscriber.id);
    assert.equal(after1?.status, 'unsubscribed');

    const second = await oneClick(path);
    assert.equal(second.status, 200, 'idempotent');
    const after2 = await statusOf(subscriber.id);
    assert.deepEqual(after2?.statusChangedAt, after1?.statusChangedAt, 'the first date is kept');
  });

  test('a tampered, misdirected or unknown unsubscribe token changes nothing', async () => {
    const subscriber = await activeSubscriber('tamper@example.org');
    const { secret } = testApp.deps.config;
    const good = signToken(secret, 'unsubscribe', subscriber.id);
    const tampered = `${good.slice(0, -3)}${good.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    const response = await oneClick(`/newsletter/unsubscribe/${tampered}`);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /This link does not work/);
    const otherPurpose = signToken(secret, 'preferences', subscriber.id);
    assert.equal((await oneClick(`/newsletter/unsubscribe/${otherPurpose}`)).status, 400);
    const nobody = signToken(secret, 'unsubscribe', '00000000-0000-4000-8000-000000000000');
    assert.equal((await oneClick(`/newsletter/unsubscribe/${nobody}`)).status, 404);
    assert.equal((await statusOf(subscriber.id))?.status, 'active');
  });

  test('other newsletter forms still need their CSRF field', async () => {
    const subscriber = await activeSubscriber('csrf@example.org');
    const path = `/newsletter/preferences/${signToken(testApp.deps.config.secret, 'preferences', subscriber.id)}/unsubscribe`;
    const response = await testApp.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    assert.equal(response.status, 403);
    assert.equal((await statusOf(subscriber.id))?.status, 'active');
  });

  test('sign-up: double opt-in, confirmed only by pressing the button', async () => {
    const response = await submitForm(testApp, {
      from: '/en/newsletter/subscribe',
      fields: [
        ['name', 'Lena Novak'],
        ['email', 'lena@example.org'],
        ['topics', 'climate'],
        ['topics', 'nuclear_and_cyber'],
        ['topics', 'not-a-topic'],
        ['languages', 'uk'],
      ],
    });
    assert.equal(response.status, 200);
    assert.match(await response.text(), /Check your inbox/);
    await runJobs(testApp);

    const [row] = await testApp.deps.db
      .select({ subscriber: subscribers, tier: people.tier, name: people.displayName })
      .from(subscribers)
      .innerJoin(people, eq(people.id, subscribers.personId))
      .where(eq(people.displayName, 'Lena Novak'));
    assert.ok(row);
    assert.equal(row.tier, 'staff', 'a private record');
    assert.equal(row.subscriber.status, 'pending');
    assert.deepEqual(row.subscriber.topics, ['climate', 'nuclear_and_cyber']);
    assert.deepEqual(row.subscriber.languages, ['uk']);
    const contacts = await readContacts(
      testApp.deps.db,
      testApp.deps.config.encryptionKey,
      row.subscriber.personId,
    );
    assert.deepEqual(
      contacts.map((contact) => [contact.kind, contact.value]),
      [['email', 'lena@example.org']],
    );

    const mail = sink.received.find((message) => message.envelope.to.includes('lena@example.org'));
    assert.ok(mail, 'a confirmation was mailed');
    const parsed = await simpleParser(mail.raw);
    const link = /https:\/\/news\.test(\/newsletter\/confirm\/[A-Za-z0-9_.-]+)/.exec(
      parsed.text ?? '',
    )?.[1];
    assert.ok(link, parsed.text || 'no text');

    const page = await testApp.app.request(link);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Confirm my subscription/);
    assert.equal((await statusOf(row.subscriber.id))?.status, 'pending', 'a GET confirms nothing');

    const confirmed = await submitForm(testApp, { from: link });
    assert.equal(confirmed.status, 200);
    assert.match(await confirmed.text(), /Subscription confirmed/);
    const after = await statusOf(row.subscriber.id);
    assert.equal(after?.status, 'active');
    assert.ok(after?.confirmedAt);
  });

  test('sign-up answers the same for a known and an unknown address', async () => {
    const known = await activeSubscriber('known@example.org');
    const before = (await testApp.deps.db.select({ id: people.id }).from(people)).length;
    const form = await formPage(testApp, '/en/newsletter/subscribe');
    const answer = async (email: string) => {
      const response = await postForm(testApp, '/en/newsletter/subscribe', form.cookie, {
        _csrf: form.token,
        name: '',
        email,
      });
      return { status: response.status, body: await response.text() };
    };
    const knownAnswer = await answer('known@example.org');
    const unknownAnswer = await answer('stranger@example.org');
    assert.equal(knownAnswer.status, 200);
    assert.deepEqual(knownAnswer, unknownAnswer);
    await runJobs(testApp);
    const afterCount = (await testApp.deps.db.select({ id: people.id }).from(people)).length;
    assert.equal(afterCount, before + 1, 'only the stranger became a person');
    assert.equal((await statusOf(known.id))?.status, 'active', 'the known subscriber is untouched');
    assert.ok(
      !sink.received.some((message) => message.envelope.to.includes('known@example.org')),
      'an active subscriber is not mailed again',
    );
  });

  test('a bad sign-up is shown again with an error and records nothing', async () => {
    const response = await submitForm(testApp, {
      from: '/en/newsletter/subscribe',
      fields: { name: 'Nobody', email: 'not an address' },
    });
    assert.equal(response.status, 422);
    assert.match(await response.text(), /Enter an e-mail address such as name@example.org/);
    const [row] = await testApp.deps.db
      .select()
      .from(people)
      .where(eq(people.displayName, 'Nobody'));
    assert.equal(row, undefined);
  });

  test('the preferences page changes topics and languages, and can unsubscribe', async () => {
    const subscriber = await activeSubscriber('prefs@example.org');
    const path = `/newsletter/preferences/${signToken(testApp.deps.config.secret, 'preferences', subscriber.id)}`;
    const saved = await submitForm(testApp, {
      from: path,
      fields: [
        ['topics', 'israel_hamas_war'],
        ['languages', 'he'],
        ['languages', 'en'],
      ],
    });
    assert.equal(saved.status, 303);
    const after = await statusOf(subscriber.id);
    assert.deepEqual(after?.topics, ['israel_hamas_war']);
    assert.deepEqual(after?.languages, ['he', 'en']);
    assert.equal(after?.status, 'active');

    const left = await submitForm(testApp, { from: path, to: `${path}/unsubscribe` });
    assert.equal(left.status, 303);
    assert.equal((await statusOf(subscriber.id))?.status, 'unsubscribed');
  });
});
