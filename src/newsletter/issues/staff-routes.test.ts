// The compose pages over HTTP with real accounts: only editors get in, a new issue takes the
// next number, bad input gets an error and changes nothing, resources are added, ordered and
// removed, the previews show the issue, a test goes to the editor alone, and "send now" hands
// the issue to the sender.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { asc, eq, like } from 'drizzle-orm';
import { runJobs, signIn } from '../../accounts/testing.ts';
import { readOutboxMessage } from '../../core/mail/outbox-queries.ts';
import { outbox } from '../../core/mail/tables.ts';
import { buildTestApp, mountAs, submitForm, type TestApp } from '../../core/web/testing.ts';
import { issueItems, newsletterIssues, resources } from '../tables.ts';
import { issuePaths } from './issues.ts';
import { issueRoutes } from './staff-routes.tsx';
import { insertSampleIssue } from './testing.ts';

let testApp: TestApp;
let editor: string;
let issueId: string;
let resourceIds: string[];
const editorEmail = 'compose.editor@tracktwo.test';

before(async () => {
  testApp = await buildTestApp();
  editor = await signIn(testApp, { email: editorEmail, roles: ['editor'] });
  // Issue 41 exists with resources; they make the picker's choices for a new issue.
  await insertSampleIssue(testApp.deps.db, { number: 41, count: 5 });
  resourceIds = (
    await testApp.deps.db.select({ id: resources.id }).from(resources).orderBy(asc(resources.url))
  ).map((row) => row.id);
});

after(() => testApp.close());

const issueRow = async () =>
  (
    await testApp.deps.db.select().from(newsletterIssues).where(eq(newsletterIssues.id, issueId))
  )[0];
const itemOrder = async () =>
  (
    await testApp.deps.db
      .select({ id: issueItems.resourceId })
      .from(issueItems)
      .where(eq(issueItems.issueId, issueId))
      .orderBy(asc(issueItems.position))
  ).map((row) => row.id);

test('only editors reach the issues; others get sent to sign in or find nothing', async () => {
  const participant = await signIn(testApp, { email: 'reader@tracktwo.test', roles: [] });
  const signedOut = await testApp.app.request(issuePaths.list);
  assert.equal(signedOut.status, 303);
  assert.match(signedOut.headers.get('location') ?? '', /^\/sign-in/);
  assert.equal(
    (await testApp.app.request(issuePaths.list, { headers: { cookie: participant } })).status,
    404,
  );
  const asParticipant = mountAs(
    testApp.deps,
    {
      kind: 'account',
      accountId: randomUUID(),
      personId: null,
      roles: [],
      protectedClearance: false,
    },
    issuePaths.list,
    issueRoutes,
  );
  const posted = await asParticipant.request(issuePaths.create, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'title=Sneaky',
  });
  assert.equal(posted.status, 404);
  assert.equal((await testApp.deps.db.select().from(newsletterIssues)).length, 1);
});

test('a new issue takes the next number and opens its compose page', async () => {
  const created = await submitForm(testApp, {
    cookie: editor,
    from: issuePaths.list,
    to: issuePaths.create,
    fields: { title: 'Week of talks' },
  });
  assert.equal(created.status, 303);
  const [issue] = await testApp.deps.db
    .select()
    .from(newsletterIssues)
    .where(eq(newsletterIssues.number, 42));
  assert.ok(issue, 'issue 42 exists');
  issueId = issue.id;
  assert.equal(created.headers.get('location'), issuePaths.compose(issueId));
  const list = await (
    await testApp.app.request(issuePaths.list, { headers: { cookie: editor } })
  ).text();
  assert.match(list, /Week of talks/);
  assert.match(list, /draft/);
});

test('bad settings get errors on the form and change nothing', async () => {
  for (const [fields, message] of [
    [{ title: ' ', countries: '', languages: '' }, /Fill this in/],
    [{ title: 'Renamed', countries: 'Ukraine', languages: '' }, /two-letter country codes/],
    [{ title: 'Renamed', countries: 'UA', languages: 'Russian!' }, /language codes such as/],
  ] as const) {
    const response = await submitForm(testApp, {
      cookie: editor,
      from: issuePaths.compose(issueId),
      to: issuePaths.settings(issueId),
      fields: { editorNote: 'Changed note', ...fields },
    });
    assert.equal(response.status, 400);
    assert.match(await response.text(), message);
  }
  const issue = await issueRow();
  assert.equal(issue?.title, 'Week of talks');
  assert.equal(issue?.editorNote, '');
});

test('good settings save the note, the segment and the public flag', async () => {
  const response = await submitForm(testApp, {
    cookie: editor,
    from: issuePaths.compose(issueId),
    to: issuePaths.settings(issueId),
    fields: {
      title: 'Week of talks',
      editorNote: 'Read **this** first.',
      countries: 'UA, de',
      languages: 'ru en',
      public: 'on',
      programIds: randomUUID(),
    },
  });
  // "de" is not in capitals: refused, as a code list with a typo should be.
  assert.equal(response.status, 400);
  const saved = await submitForm(testApp, {
    cookie: editor,
    from: issuePaths.compose(issueId),
    to: issuePaths.settings(issueId),
    fields: {
      title: 'Week of talks',
      editorNote: 'Read **this** first.',
      countries: 'UA, DE',
      languages: 'ru en',
      public: 'on',
      programIds: randomUUID(),
    },
  });
  assert.equal(saved.status, 303);
  const issue = await issueRow();
  assert.equal(issue?.editorNote, 'Read **this** first.');
  assert.deepEqual(issue?.segment, {
    countries: ['UA', 'DE'],
    programIds: [],
    languages: ['ru', 'en'],
  });
  assert.equal(issue?.public, true);
});

test('resources are added in the order picked, moved up and down, and removed', async () => {
  const [first, second, third] = resourceIds;
  assert.ok(first && second && third);
  const page = await submitForm(testApp, {
    cookie: editor,
    from: issuePaths.compose(issueId),
    to: issuePaths.items(issueId),
    fields: [
      ['resourceIds', first],
      ['resourceIds', second],
      ['resourceIds', third],
    ],
  });
  assert.equal(page.status, 303);
  assert.deepEqual(await itemOrder(), [first, second, third]);
  const nothing = await submitForm(testApp, {
    cookie: editor,
    from: issuePaths.compose(issueId),
    to: issuePaths.items(issueId),
    fields: [['resourceIds', 'not-a-uuid']],
  });
  assert.equal(nothing.status, 303);
  assert.deepEqual(await itemOrder(), [first, second, third], 'a bad pick adds nothing');

  const move = (id: string, direction: string) =>
    submitForm(testApp, {
      cookie: editor,
      from: issuePaths.compose(issueId),
      to: issuePaths.move(issueId, id),
      fields: { direction },
    });
  await move(third, 'up');
  assert.deepEqual(await itemOrder(), [first, third, second]);
  await move(first, 'up');
  assert.deepEqual(await itemOrder(), [first, third, second], 'the first stays first');
  await move(first, 'down');
  assert.deepEqual(await itemOrder(), [third, first, second]);
  await move(first, 'sideways');
  assert.deepEqual(await itemOrder(), [third, first, second], 'an unknown direction moves nothing');
  await submitForm(testApp, {
    cookie: editor,
    from: issuePaths.compose(issueId),
    to: issuePaths.remove(issueId, second),
  });
  assert.deepEqual(await itemOrder(), [third, first]);
});

test('the previews show the issue as HTML e-mail and as plain text', async () => {
  const [firstTitle] = (
    await testApp.deps.db
      .select({ title: resources.title })
      .from(resources)
      .where(eq(resources.id, resourceIds[0] ?? ''))
  ).map((r) => r.title);
  const html = await testApp.app.request(issuePaths.preview(issueId), {
    headers: { cookie: editor },
  });
  assert.equal(html.status, 200);
  assert.match(html.headers.get('content-security-policy') ?? '', /sandbox/);
  const body = await html.text();
  assert.ok(body.includes('<strong>this</strong>') && body.includes(firstTitle ?? '?'));
  const text = await (
    await testApp.app.request(issuePaths.previewText(issueId), { headers: { cookie: editor } })
  ).text();
  assert.ok(text.includes('Read **this** first.') && text.includes(firstTitle ?? '?'));
  const compose = await (
    await testApp.app.request(issuePaths.compose(issueId), { headers: { cookie: editor } })
  ).text();
  assert.ok(compose.includes('Read **this** first.'), 'the text preview is on the compose page');
  const missing = await testApp.app.request(issuePaths.preview(randomUUID()), {
    headers: { cookie: editor },
  });
  assert.equal(missing.status, 404);
});

test('a test copy goes to the signed-in editor alone', async () => {
  await testApp.deps.db.delete(outbox);
  const response = await submitForm(testApp, {
    cookie: editor,
    from: issuePaths.compose(issueId),
    to: issuePaths.testSend(issueId),
  });
  assert.equal(response.status, 303);
  await runJobs(testApp);
  const sent = await testApp.deps.db
    .select()
    .from(outbox)
    .where(like(outbox.subject, '%Week of talks%'));
  assert.equal(sent.length, 1);
  assert.deepEqual(sent[0]?.recipients, [editorEmail]);
  const message = await readOutboxMessage(testApp.deps.db, sent[0]?.id ?? '');
  assert.match(message?.subject ?? '', /^\[Test\] /);
  assert.ok(message?.html?.includes('<strong>this</strong>'));
  assert.equal((await issueRow())?.status, 'draft', 'a test sends nothing else');
});

test('scheduling needs a future time; send now hands the issue to the sender and locks it', async () => {
  const past = await submitForm(testApp, {
    cookie: editor,
    from: issuePaths.compose(issueId),
    to: issuePaths.schedule(issueId),
    fields: { at: '2001-01-01T10:00' },
  });
  assert.equal(past.status, 400);
  assert.match(await past.text(), /in the future/);
  assert.equal((await issueRow())?.status, 'draft');
  const later = new Date(Date.now() + 86_400_000).toISOString().slice(0, 16);
  const scheduled = await submitForm(testApp, {
    cookie: editor,
    from: issuePaths.compose(issueId),
    to: issuePaths.schedule(issueId),
    fields: { at: later },
  });
  assert.equal(scheduled.status, 303);
  assert.equal((await issueRow())?.scheduledAt?.toISOString().slice(0, 16), later);
  const sending = await submitForm(testApp, {
    cookie: editor,
    from: issuePaths.compose(issueId),
    to: issuePaths.sendNow(issueId),
  });
  assert.equal(sending.status, 303);
  assert.equal((await issueRow())?.status, 'sending');
  const late = await submitForm(testApp, {
    cookie: editor,
    from: issuePaths.compose(issueId),
    to: issuePaths.settings(issueId),
    fields: { title: 'Changed after sending' },
  });
  assert.equal(late.status, 303);
  assert.equal((await issueRow())?.title, 'Week of talks', 'a sending issue no longer changes');
});
