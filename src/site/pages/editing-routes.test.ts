import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { signIn } from '../../accounts/testing.ts';
import { auditEvents } from '../../core/audit/tables.ts';
import {
  buildTestApp,
  formPage,
  postForm,
  submitForm,
  type TestApp,
} from '../../core/web/testing.ts';
import { pageRevisions, pages } from './tables.ts';

describe('/edit/pages', () => {
  let t: TestApp;
  let editor: string;
  before(async () => {
    t = await buildTestApp();
    editor = await signIn(t, { email: 'editor@tracktwo.test', roles: ['editor'] });
  });
  after(async () => t.close());

  it('asks a signed-out visitor to sign in', async () => {
    const response = await t.app.request('/edit/pages');
    assert.equal(response.status, 303);
    assert.match(response.headers.get('location') ?? '', /^\/sign-in\?next=/);
  });

  it('answers a participant with the same 404 as a missing page', async () => {
    const participant = await signIn(t, { email: 'reader@tracktwo.test', roles: [] });
    for (const path of ['/edit/pages', '/edit/pages/new']) {
      const response = await t.app.request(path, { headers: { cookie: participant } });
      assert.equal(response.status, 404, path);
    }
  });

  it('lets an editor create, preview, save and publish a page', async () => {
    const created = await submitForm(t, {
      cookie: editor,
      from: '/edit/pages/new',
      fields: { locale: 'en', slug: 'mission', title: 'Our mission', summary: '', body: '# Why' },
    });
    assert.equal(created.status, 303);
    const path = created.headers.get('location') ?? '';
    assert.match(path, /^\/edit\/pages\/[0-9a-f-]{36}$/);
    const id = path.split('/').at(-1) ?? '';

    const preview = await submitForm(t, {
      cookie: editor,
      from: path,
      to: `${path}/preview`,
      fields: {
        title: 'Our mission',
        slug: 'mission',
        summary: '',
        body: '**Bold** <script>alert(1)</script><img src=x onerror="alert(2)">',
      },
    });
    assert.equal(preview.status, 200);
    const html = await preview.text();
    // The rendered preview, apart from the form below it that echoes the source, escaped.
    const rendered = html.slice(html.indexOf('id="preview-heading"'), html.indexOf('</section>'));
    assert.match(rendered, /<strong>Bold<\/strong>/);
    assert.doesNotMatch(rendered, /<script/i);
    assert.doesNotMatch(rendered, /onerror/i);
    assert.doesNotMatch(html, /<script>alert/);

    const published = await submitForm(t, { cookie: editor, from: path, to: `${path}/publish` });
    assert.equal(published.status, 303);
    const [row] = await t.deps.db.select().from(pages).where(eq(pages.id, id));
    assert.ok(row?.publishedRevisionId);
    const revisions = await t.deps.db
      .select()
      .from(pageRevisions)
      .where(eq(pageRevisions.pageId, id));
    assert.equal(revisions.length, 1);
    const events = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.subjectId, id));
    assert.deepEqual(events.map((event) => event.action).sort(), [
      'page.created',
      'page.published',
    ]);
    const list = await (await t.app.request('/edit/pages', { headers: { cookie: editor } })).text();
    assert.match(list, /Our mission/);
  });

  it('shows a clash of addresses on the form and changes nothing', async () => {
    const before = await t.deps.db.select().from(pages);
    const page = await formPage(t, '/edit/pages/new', editor);
    const response = await postForm(t, '/edit/pages/new', page.cookie, {
      _csrf: page.token,
      locale: 'en',
      slug: 'mission',
      title: 'Another',
      body: '',
    });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /already has this address/);
    assert.equal((await t.deps.db.select().from(pages)).length, before.length);
  });
});
