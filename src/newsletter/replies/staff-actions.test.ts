// Staff actions on a reply thread through the real application, signed in as an editor: tagging,
// answering (the job sends one e-mail to that reader, replies coming back to the thread), and
// turning a reply into a resource.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { runJobs, signIn } from '../../accounts/testing.ts';
import { listOutbox, readOutboxMessage } from '../../core/mail/outbox-queries.ts';
import { buildTestApp, submitForm, type TestApp } from '../../core/web/testing.ts';
import { addPerson } from '../../gatherings/invitations/testing.ts';
import {
  newsletterIssues,
  replyMessages,
  replyThreads,
  resources,
  subscribers,
} from '../tables.ts';
import { replyAddress } from './reply-address.ts';

describe('staff actions on newsletter replies', () => {
  let testApp: TestApp;
  let editor: string;
  let issueId: string;
  const readers: Record<
    'olena' | 'arkady',
    { subscriberId: string; threadId: string; messageId: number }
  > = {} as never;

  before(async () => {
    testApp = await buildTestApp();
    const { db, config } = testApp.deps;
    editor = await signIn(testApp, { email: 'replies.editor@tracktwo.test', roles: ['editor'] });
    const [issue] = await db
      .insert(newsletterIssues)
      .values({ number: 21, title: 'Weekly resources No. 21', status: 'sent' })
      .returning({ id: newsletterIssues.id });
    assert.ok(issue);
    issueId = issue.id;
    for (const name of ['olena', 'arkady'] as const) {
      const personId = await addPerson(db, config.encryptionKey, {
        displayName: name,
        email: `${name}@example.net`,
      });
      const [subscriber] = await db
        .insert(subscribers)
        .values({ personId, status: 'active' })
        .returning({ id: subscribers.id });
      const [thread] = await db
        .insert(replyThreads)
        .values({ issueId, personId })
        .returning({ id: replyThreads.id });
      assert.ok(subscriber && thread);
      const [message] = await db
        .insert(replyMessages)
        .values({
          threadId: thread.id,
          direction: 'in',
          body: `News from ${name}: the crossing reopened\nhttps://example.net/${name}`,
        })
        .returning({ id: replyMessages.id });
      assert.ok(message);
      readers[name] = { subscriberId: subscriber.id, threadId: thread.id, messageId: message.id };
    }
  });
  after(() => testApp.close());

  const threadPage = (threadId: string) => `/newsletter/replies/${threadId}`;

  async function tagsOf(threadId: string) {
    const [row] = await testApp.deps.db
      .select({ tags: replyThreads.tags })
      .from(replyThreads)
      .where(eq(replyThreads.id, threadId));
    return row?.tags;
  }

  test('tagging a thread keeps the chosen tags; a forged tag is refused and changes nothing', async () => {
    const { threadId } = readers.olena;
    const tag = (tags: string[]) =>
      submitForm(testApp, {
        cookie: editor,
        from: threadPage(threadId),
        to: `${threadPage(threadId)}/tags`,
        fields: tags.map((value) => ['tags', value]),
      });
    const saved = await tag(['news', 'correction']);
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), threadPage(threadId));
    assert.deepEqual(await tagsOf(threadId), ['news', 'correction']);
    assert.equal((await tag(['collaboration'])).status, 303);
    assert.deepEqual(await tagsOf(threadId), ['collaboration']);

    const forged = await tag(['news', 'sponsored']);
    assert.equal(forged.status, 400);
    assert.deepEqual(await tagsOf(threadId), ['collaboration']);
    assert.equal((await tag(['<script>'])).status, 400);
    assert.deepEqual(await tagsOf(threadId), ['collaboration']);
    assert.equal((await tag([])).status, 303, 'no box ticked clears the tags');
    assert.deepEqual(await tagsOf(threadId), []);
  });

  test('an answer is stored as outgoing and mailed once, to that reader only', async () => {
    const { db } = testApp.deps;
    const { threadId, subscriberId } = readers.arkady;
    const answer = (body: string) =>
      submitForm(testApp, {
        cookie: editor,
        from: threadPage(threadId),
        to: `${threadPage(threadId)}/answer`,
        fields: { body },
      });
    const mailTo = async (address: string) =>
      (await listOutbox(db, { page: 1, pageSize: 100 })).messages.filter((message) =>
        message.recipients.includes(address),
      );

    assert.equal((await answer('   ')).status, 400, 'an empty answer is refused');
    const response = await answer('Thank you, we will include it next week.');
    assert.equal(response.status, 303);
    const messages = await db
      .select({ direction: replyMessages.direction, body: replyMessages.body })
      .from(replyMessages)
      .where(eq(replyMessages.threadId, threadId))
      .orderBy(replyMessages.id);
    assert.deepEqual(
      messages.map((message) => message.direction),
      ['in', 'out'],
    );
    assert.equal(messages[1]?.body, 'Thank you, we will include it next week.');

    await runJobs(testApp);
    const sent = await mailTo('arkady@example.net');
    assert.equal(sent.length, 1);
    assert.deepEqual(sent[0]?.recipients, ['arkady@example.net']);
    assert.deepEqual(await mailTo('olena@example.net'), []);
    const mail = await readOutboxMessage(db, sent[0]?.id ?? '');
    assert.equal(mail?.subject, 'Re: Weekly resources No. 21');
    assert.match(mail?.text ?? '', /we will include it next week/);
    assert.equal(mail?.replyTo, replyAddress(testApp.deps.config, issueId, subscriberId));
  });

  test('turning a reply into a resource: bad input is shown again, good input is saved', async () => {
    const { db } = testApp.deps;
    const { threadId, messageId } = readers.olena;
    const form = `${threadPage(threadId)}/resource/${messageId}`;
    const prefilled = await testApp.app.request(form, { headers: { cookie: editor } });
    assert.equal(prefilled.status, 200);
    assert.match(await prefilled.text(), /value="News from olena: the crossing reopened"/);
    const save = (fields: Record<string, string>) =>
      submitForm(testApp, { cookie: editor, from: form, fields });
    const good = {
      title: 'The crossing reopened',
      summary: 'A reader reports the crossing open again.',
      url: 'https://example.net/olena',
      language: 'uk',
      topic: 'other',
      sourceLabel: 'independent',
    };

    const refused = await save({
      ...good,
      title: ' ',
      url: 'javascript:alert(1)',
      language: 'Ukrainian',
    });
    assert.equal(refused.status, 400);
    const html = await refused.text();
    assert.match(html, /Fill this in/);
    assert.match(html, /Enter a link starting with http:\/\/ or https:\/\//);
    assert.match(html, /Enter a language tag such as en, ru, uk or he/);
    assert.deepEqual(await db.select().from(resources), []);

    const saved = await save(good);
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), threadPage(threadId));
    const rows = await db.select().from(resources);
    assert.equal(rows.length, 1);
    const { id, createdAt, createdBy, ...stored } = rows[0] ?? {};
    assert.ok(createdBy, 'the editor who saved it is recorded');
    assert.deepEqual(stored, { ...good, outlet: '', publishedOn: null });
  });
});
