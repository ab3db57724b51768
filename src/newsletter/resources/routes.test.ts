// The resources pages over HTTP with real accounts: only editors get in, bad input gets an error
// on the form and changes nothing, "Add by URL" explains a refused fetch, a resource an issue uses
// is kept, and the audit log names records by id only.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { like } from 'drizzle-orm';
import { signIn } from '../../accounts/testing.ts';
import { auditEvents } from '../../core/audit/tables.ts';
import { buildTestApp, mountAs, submitForm, type TestApp } from '../../core/web/testing.ts';
import { issueItems, newsletterIssues, resources } from '../tables.ts';
import { resourcePaths } from './resources.ts';
import { resourceRoutes } from './routes.tsx';

let testApp: TestApp;
let editor: string;
let participant: string;

const goodResource = {
  title: 'Как заканчиваются войны',
  url: 'https://example.org/articles/how-wars-end',
  outlet: 'Example Review',
  language: 'ru',
  publishedOn: '2024-05-01',
  topic: 'russia_ukraine_war',
  summary: 'An essay on negotiated endings.',
  sourceLabel: 'analysis',
};

before(async () => {
  testApp = await buildTestApp();
  editor = await signIn(testApp, { email: 'editor@tracktwo.test', roles: ['editor'] });
  participant = await signIn(testApp, { email: 'participant@tracktwo.test', roles: [] });
});

after(() => testApp.close());

const allResources = () => testApp.deps.db.select().from(resources).orderBy(resources.createdAt);

test('signed out, the pages send to sign in; a participant or a coordinator finds nothing', async () => {
  const coordinator = await signIn(testApp, {
    email: 'coordinator@tracktwo.test',
    roles: ['coordinator'],
  });
  for (const path of [resourcePaths.list, resourcePaths.new]) {
    const signedOut = await testApp.app.request(path);
    assert.equal(signedOut.status, 303);
    assert.match(signedOut.headers.get('location') ?? '', /^\/sign-in/);
    for (const cookie of [participant, coordinator]) {
      assert.equal((await testApp.app.request(path, { headers: { cookie } })).status, 404);
    }
  }
  // Past the CSRF check (mounted bare), a participant's post still meets the guard.
  const asParticipant = mountAs(
    testApp.deps,
    {
      kind: 'account',
      accountId: randomUUID(),
      personId: null,
      roles: [],
      protectedClearance: false,
    },
    resourcePaths.list,
    resourceRoutes,
  );
  for (const path of [resourcePaths.new, resourcePaths.fetch]) {
    const posted = await asParticipant.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...goodResource, fetchUrl: 'http://127.0.0.1/' }).toString(),
    });
    assert.equal(posted.status, 404);
  }
  assert.equal((await allResources()).length, 0);
});

test('bad input gets an error on the form and saves nothing', async () => {
  for (const [change, message] of [
    [{ title: '  ' }, /Fill this in/],
    [{ url: 'javascript:alert(1)' }, /starting with http/],
    [{ url: 'ftp://example.org/file' }, /starting with http/],
    [{ language: 'not a language' }, /language tag/],
    [{ publishedOn: '2024-02-30' }, /YYYY-MM-DD/],
    [{ topic: 'gossip' }, /Choose a topic/],
    [{ sourceLabel: 'propaganda' }, /what kind of source/],
  ] as const) {
    const response = await submitForm(testApp, {
      cookie: editor,
      from: resourcePaths.new,
      fields: { ...goodResource, ...change },
    });
    assert.equal(response.status, 400, JSON.stringify(change));
    assert.match(await response.text(), message);
  }
  assert.equal((await allResources()).length, 0);
});

test('an editor adds, lists, filters and edits a resource; audited by id only', async () => {
  const created = await submitForm(testApp, {
    cookie: editor,
    from: resourcePaths.new,
    fields: goodResource,
  });
  assert.equal(created.status, 303);
  const [saved] = await allResources();
  assert.ok(saved);
  assert.equal(saved.title, goodResource.title);
  assert.equal(saved.publishedOn, '2024-05-01');
  await submitForm(testApp, {
    cookie: editor,
    from: resourcePaths.new,
    fields: {
      ...goodResource,
      title: 'Climate and conflict',
      topic: 'climate',
      language: 'en',
      url: '',
      publishedOn: '',
    },
  });

  const list = async (query: string) =>
    (
      await testApp.app.request(`${resourcePaths.list}${query}`, { headers: { cookie: editor } })
    ).text();
  const everything = await list('');
  assert.match(everything, /Как заканчиваются войны/);
  assert.match(everything, /Climate and conflict/);
  const climate = await list('?topic=climate');
  assert.match(climate, /Climate and conflict/);
  assert.doesNotMatch(climate, /Как заканчиваются/);
  const russian = await list('?language=ru&label=analysis');
  assert.match(russian, /Как заканчиваются/);
  assert.doesNotMatch(russian, /Climate and conflict/);
  assert.match(await list('?topic=nonsense&page=-4'), /Climate and conflict/);

  const edited = await submitForm(testApp, {
    cookie: editor,
    from: resourcePaths.edit(saved.id),
    fields: { ...goodResource, sourceLabel: 'independent' },
  });
  assert.equal(edited.status, 303);
  const events = await testApp.deps.db
    .select()
    .from(auditEvents)
    .where(like(auditEvents.action, 'newsletter.resource_%'));
  assert.deepEqual(events.map((event) => event.action).sort(), [
    'newsletter.resource_created',
    'newsletter.resource_created',
    'newsletter.resource_updated',
  ]);
  assert.doesNotMatch(JSON.stringify(events), /Как|example\.org|Climate/);
});

test('Add by URL explains a refused address and saves nothing', async () => {
  const before = (await allResources()).length;
  for (const [fetchUrl, message] of [
    ['http://127.0.0.1/admin', /private or internal network/],
    ['http://169.254.169.254/latest/meta-data/', /private or internal network/],
    ['http://[::ffff:127.0.0.1]/', /private or internal network/],
    ['file:///etc/passwd', /not an http or https address/],
    ['', /Fill this in/],
  ] as const) {
    const response = await submitForm(testApp, {
      cookie: editor,
      from: resourcePaths.new,
      to: resourcePaths.fetch,
      fields: { fetchUrl },
    });
    assert.equal(response.status, 400, fetchUrl);
    assert.match(await response.text(), message);
  }
  assert.equal((await allResources()).length, before);
});

test('a resource an issue uses is kept; a free one is removed; a malformed id is missing', async () => {
  const [used, free] = await allResources();
  assert.ok(used && free);
  const [issue] = await testApp.deps.db
    .insert(newsletterIssues)
    .values({ number: 1, title: 'No. 1' })
    .returning();
  assert.ok(issue);
  await testApp.deps.db
    .insert(issueItems)
    .values({ issueId: issue.id, resourceId: used.id, position: 1 });

  const refused = await submitForm(testApp, {
    cookie: editor,
    from: resourcePaths.edit(used.id),
    to: resourcePaths.delete(used.id),
  });
  assert.equal(refused.headers.get('location'), resourcePaths.edit(used.id));
  const removed = await submitForm(testApp, {
    cookie: editor,
    from: resourcePaths.edit(free.id),
    to: resourcePaths.delete(free.id),
  });
  assert.equal(removed.headers.get('location'), resourcePaths.list);
  assert.deepEqual(
    (await allResources()).map((resource) => resource.id),
    [used.id],
  );
  const missing = await testApp.app.request(`${resourcePaths.list}/not-an-id`, {
    headers: { cookie: editor },
  });
  assert.equal(missing.status, 404);
});
