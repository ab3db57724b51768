// /edit/articles over HTTP, as an editor's browser uses it without JavaScript.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { signIn } from '../../accounts/testing.ts';
import { auditEvents } from '../../core/audit/tables.ts';
import { media } from '../../core/media/tables.ts';
import { buildTestApp, submitForm, type TestApp } from '../../core/web/testing.ts';
import { people } from '../../people/tables.ts';
import { programs } from '../tables.ts';
import {
  articleAuthors,
  articlePrograms,
  articleRevisions,
  articles,
  articleTags,
} from './tables.ts';

describe('/edit/articles', () => {
  let t: TestApp;
  let editor: string;
  let programId: string;
  let mediaId: string;
  let articlePath: string;
  let articleId: string;

  before(async () => {
    t = await buildTestApp();
    editor = await signIn(t, { email: 'articles-editor@tracktwo.test', roles: ['editor'] });
    const [program] = await t.deps.db
      .insert(programs)
      .values({ slug: 'oceans-22', name: 'Oceans 22' })
      .returning({ id: programs.id });
    const [image] = await t.deps.db
      .insert(media)
      .values({ width: 1200, height: 800, altText: 'Ice at sea' })
      .returning({ id: media.id });
    assert.ok(program && image);
    programId = program.id;
    mediaId = image.id;
  });
  after(async () => t.close());

  it('asks a signed-out visitor to sign in, and tells a participant nothing', async () => {
    const signedOut = await t.app.request('/edit/articles/new');
    assert.equal(signedOut.status, 303);
    assert.match(signedOut.headers.get('location') ?? '', /^\/sign-in\?next=/);
    const participant = await signIn(t, { email: 'participant@tracktwo.test', roles: [] });
    const response = await t.app.request('/edit/articles', { headers: { cookie: participant } });
    assert.equal(response.status, 404);
  });

  it('creates an article with normalized tags, a program and a cover', async () => {
    const response = await submitForm(t, {
      cookie: editor,
      from: '/edit/articles/new',
      fields: [
        ['locale', 'en'],
        ['slug', 'southern-ocean'],
        ['title', 'The Southern Ocean'],
        ['summary', 'Scientists meet'],
        ['body', 'Marine biologists from both countries.'],
        ['tags', 'Oceans,  Antarctica , oceans'],
        ['programIds', programId],
        ['coverMediaId', mediaId],
        ['coverAlt', 'Ice floes at dawn'],
      ],
    });
    assert.equal(response.status, 303);
    articlePath = response.headers.get('location') ?? '';
    articleId = articlePath.split('/').at(-1) ?? '';
    const [article] = await t.deps.db.select().from(articles).where(eq(articles.id, articleId));
    assert.equal(article?.coverMediaId, mediaId);
    assert.equal(article?.coverAlt, 'Ice floes at dawn');
    const tags = await t.deps.db
      .select({ tag: articleTags.tag })
      .from(articleTags)
      .where(eq(articleTags.articleId, articleId));
    assert.deepEqual(tags.map((row) => row.tag).sort(), ['antarctica', 'oceans']);
    const linked = await t.deps.db
      .select()
      .from(articlePrograms)
      .where(eq(articlePrograms.articleId, articleId));
    assert.equal(linked.length, 1);
    const page = await (await t.app.request(articlePath, { headers: { cookie: editor } })).text();
    assert.match(page, /value="antarctica, oceans"/);
    assert.match(page, new RegExp(`value="${programId}" checked`));
  });

  it('shows bad input on the form and changes nothing', async () => {
    const revisionsBefore = await t.deps.db.select().from(articleRevisions);
    const response = await submitForm(t, {
      cookie: editor,
      from: articlePath,
      fields: {
        slug: 'Feed',
        title: '',
        body: 'changed',
        tags: 'ok, <script>',
        coverMediaId: '00000000-0000-4000-8000-000000000000',
        coverAlt: '',
      },
    });
    assert.equal(response.status, 400);
    const html = await response.text();
    assert.match(html, /Use lowercase Latin letters/);
    assert.match(html, /Fill this in/);
    assert.match(html, /Tags are words or short phrases/);
    assert.equal((await t.deps.db.select().from(articleRevisions)).length, revisionsBefore.length);
    const [article] = await t.deps.db.select().from(articles).where(eq(articles.id, articleId));
    assert.equal(article?.body, 'Marine biologists from both countries.');

    const reserved = await submitForm(t, {
      cookie: editor,
      from: articlePath,
      fields: { slug: 'feed', title: 'A title', body: '', tags: '', coverAlt: '' },
    });
    assert.equal(reserved.status, 400);
    assert.match(await reserved.text(), /used by another part of the site/);

    const schedule = await submitForm(t, {
      cookie: editor,
      from: articlePath,
      to: `${articlePath}/schedule`,
      fields: { publishAt: '2020-01-01 10:00' },
    });
    assert.equal(schedule.status, 400);
    assert.match(await schedule.text(), /Choose a moment in the future/);
    const malformed = await submitForm(t, {
      cookie: editor,
      from: articlePath,
      to: `${articlePath}/schedule`,
      fields: { publishAt: 'next tuesday' },
    });
    assert.equal(malformed.status, 400);
    assert.match(await malformed.text(), /Enter a date and time/);
    const [unchanged] = await t.deps.db.select().from(articles).where(eq(articles.id, articleId));
    assert.equal(unchanged?.publishAt, null);
  });

  it('previews hostile Markdown without anything that runs', async () => {
    const response = await submitForm(t, {
      cookie: editor,
      from: articlePath,
      to: `${articlePath}/preview`,
      fields: {
        title: 'Preview',
        slug: 'southern-ocean',
        body: '[click](javascript:alert(1)) <img src="x" onerror="alert(1)"><script>alert(2)</script>',
      },
    });
    assert.equal(response.status, 200);
    const html = await response.text();
    const rendered = html.slice(html.indexOf('id="preview-heading"'), html.indexOf('</section>'));
    assert.match(rendered, /click/);
    assert.doesNotMatch(rendered, /<script|onerror|href="javascript:/i);
  });

  it('adds an author found by a POST search, through the privacy gate', async () => {
    const [person] = await t.deps.db
      .insert(people)
      .values({ displayName: 'Mira Oceanographer', tier: 'public' })
      .returning({ id: people.id });
    await t.deps.db.insert(people).values({ displayName: 'Mira Hidden', tier: 'protected' });
    assert.ok(person);
    const search = await submitForm(t, {
      cookie: editor,
      from: articlePath,
      to: `${articlePath}/authors/search`,
      fields: { query: 'Mira' },
    });
    const found = await search.text();
    assert.match(found, /Mira Oceanographer/);
    assert.doesNotMatch(found, /Mira Hidden/);
    const added = await submitForm(t, {
      cookie: editor,
      from: articlePath,
      to: `${articlePath}/authors`,
      fields: { personId: person.id },
    });
    assert.equal(added.status, 303);
    assert.doesNotMatch(added.headers.get('location') ?? '', /Mira/);
    const authors = await t.deps.db
      .select()
      .from(articleAuthors)
      .where(eq(articleAuthors.articleId, articleId));
    assert.deepEqual(
      authors.map((row) => row.personId),
      [person.id],
    );
    const page = await (await t.app.request(articlePath, { headers: { cookie: editor } })).text();
    assert.match(page, /Mira Oceanographer/);
  });

  it('publishes, lists the revisions and restores one', async () => {
    const published = await submitForm(t, {
      cookie: editor,
      from: articlePath,
      to: `${articlePath}/publish`,
    });
    assert.equal(published.status, 303);
    const saved = await submitForm(t, {
      cookie: editor,
      from: articlePath,
      fields: { slug: 'southern-ocean', title: 'Second title', body: 'Second', tags: '' },
    });
    assert.equal(saved.status, 303);
    const list = await (
      await t.app.request('/edit/articles', { headers: { cookie: editor } })
    ).text();
    assert.match(list, /Published, changed since/);

    const revisions = await t.app.request(`${articlePath}/revisions`, {
      headers: { cookie: editor },
    });
    const revisionsHtml = await revisions.text();
    const links = [...revisionsHtml.matchAll(/href="([^"]+\/revisions\/(\d+))"/g)];
    assert.equal(links.length, 2);
    const oldest = links.at(-1)?.[1] ?? '';
    const revision = await t.app.request(oldest, { headers: { cookie: editor } });
    assert.match(await revision.text(), /The Southern Ocean/);
    const restored = await submitForm(t, { cookie: editor, from: oldest, to: `${oldest}/restore` });
    assert.equal(restored.status, 303);
    const [article] = await t.deps.db.select().from(articles).where(eq(articles.id, articleId));
    assert.equal(article?.title, 'The Southern Ocean');
    const events = await t.deps.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, articleId));
    assert.ok(events.some((event) => event.action === 'article.revision_restored'));
    assert.ok(events.some((event) => event.action === 'article.author_added'));
  });

  it('starts a translation linked to the original', async () => {
    const form = await t.app.request(`/edit/articles/new?translationOf=${articleId}&locale=ru`, {
      headers: { cookie: editor },
    });
    const html = await form.text();
    assert.match(html, new RegExp(`name="translationOf" value="${articleId}"`));
    const created = await submitForm(t, {
      cookie: editor,
      from: `/edit/articles/new?translationOf=${articleId}&locale=ru`,
      to: '/edit/articles/new',
      fields: {
        locale: 'ru',
        translationOf: articleId,
        slug: 'southern-ocean',
        title: 'Южный океан',
        body: '',
        tags: 'океаны',
      },
    });
    assert.equal(created.status, 303);
    const page = await (await t.app.request(articlePath, { headers: { cookie: editor } })).text();
    assert.match(page, /Русский: Южный океан/);
    const again = await submitForm(t, {
      cookie: editor,
      from: '/edit/articles/new',
      fields: { locale: 'ru', translationOf: articleId, slug: 'other', title: 'Ещё', body: '' },
    });
    assert.equal(again.status, 400);
    assert.match(await again.text(), /already a version in this language/);
  });
});
