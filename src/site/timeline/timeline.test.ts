// The public timeline: the whole of it grouped by year, one page per decade, 404 for a decade
// without entries or a malformed one, the default language standing in for a missing text, links
// to the entry's program; and the editing form, guarded, refusing bad input and audited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { signIn } from '../../accounts/testing.ts';
import { auditEvents } from '../../core/audit/tables.ts';
import { buildTestApp, submitForm, type TestApp } from '../../core/web/testing.ts';
import { programs, programTexts } from '../tables.ts';
import { timelineEntries, timelineTexts } from './tables.ts';

describe('timeline', () => {
  let testApp: TestApp;

  before(async () => {
    testApp = await buildTestApp();
    const { db } = testApp.deps;
    const [program] = await db
      .insert(programs)
      .values({ slug: 'space-explorers', name: 'Space' })
      .returning();
    await db
      .insert(programTexts)
      .values({ programId: program?.id ?? '', locale: 'en', name: 'Space explorers' });
    const entries = await db
      .insert(timelineEntries)
      .values([
        { year: 1982, month: 5, programId: program?.id ?? null },
        { year: 1985 },
        { year: 2022, month: 3 },
      ])
      .returning({ id: timelineEntries.id, year: timelineEntries.year });
    const idOf = (year: number) => entries.find((entry) => entry.year === year)?.id ?? '';
    await db.insert(timelineTexts).values([
      { entryId: idOf(1982), locale: 'en', title: 'First spacebridge', body: 'Citizens *spoke*' },
      { entryId: idOf(1982), locale: 'ru', title: 'Первый телемост', body: 'Граждане говорили' },
      { entryId: idOf(1985), locale: 'en', title: 'Association of explorers' },
      { entryId: idOf(2022), locale: 'en', title: 'Oceans conference' },
    ]);
  });
  after(() => testApp.close());

  it('shows every entry grouped by year, with decade navigation and semantic markup', async () => {
    const html = await (await testApp.app.request('/en/timeline')).text();
    assert.match(html, /<ol class="timeline">/);
    assert.match(html, /<time datetime="1982">1982<\/time>/);
    assert.match(html, /<time datetime="1982-05">May 1982<\/time>/);
    assert.match(html, /<em>spoke<\/em>/);
    assert.match(html, /href="\/en\/timeline\/1980s"/);
    assert.match(html, /href="\/en\/timeline\/2020s"/);
    assert.match(html, /href="\/en\/programs\/space-explorers">Space explorers</);
    assert.ok(html.indexOf('First spacebridge') < html.indexOf('Oceans conference'));
  });

  it('has a page per decade and 404 for an empty or malformed decade', async () => {
    const decade = await (await testApp.app.request('/en/timeline/1980s')).text();
    assert.match(decade, /First spacebridge/);
    assert.match(decade, /Association of explorers/);
    assert.doesNotMatch(decade, /Oceans conference/);
    for (const path of ['/en/timeline/1990s', '/en/timeline/1985s', '/en/timeline/abc']) {
      assert.equal((await testApp.app.request(path)).status, 404, path);
    }
  });

  it('uses the page language, and the default language where a text is missing', async () => {
    const html = await (await testApp.app.request('/ru/timeline')).text();
    assert.match(html, /Первый телемост/);
    assert.match(
      html,
      /<li lang="en"><article class="timeline-entry"><h3>Association of explorers/,
    );
    assert.doesNotMatch(html, /programs\/space-explorers/, 'the program has no Russian text');
  });

  it('guards editing, refuses bad input without change, saves and audits', async () => {
    assert.equal((await testApp.app.request('/edit/timeline')).status, 303);
    const participant = await signIn(testApp, { email: 'reader@tracktwo.test', roles: [] });
    const hidden = await testApp.app.request('/edit/timeline', {
      headers: { cookie: participant },
    });
    assert.equal(hidden.status, 404);
    const cookie = await signIn(testApp, { email: 'editor@tracktwo.test', roles: ['editor'] });
    const count = async () => (await testApp.deps.db.select().from(timelineEntries)).length;
    const before = await count();
    const fields = {
      year: '1991',
      month: '13',
      imageMediaId: '',
      programId: '',
      articleId: '',
      title_en: 'Library',
    };
    const refused = await submitForm(testApp, { cookie, from: '/edit/timeline/new', fields });
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /Enter a month from 1 to 12/);
    const unknownArticle = await submitForm(testApp, {
      cookie,
      from: '/edit/timeline/new',
      fields: { ...fields, month: '', articleId: '00000000-0000-4000-8000-000000000000' },
    });
    assert.equal(unknownArticle.status, 400);
    assert.equal(await count(), before);
    const saved = await submitForm(testApp, {
      cookie,
      from: '/edit/timeline/new',
      fields: { ...fields, month: '' },
    });
    assert.equal(saved.status, 303);
    assert.equal(await count(), before + 1);
    const [entry] = await testApp.deps.db
      .select()
      .from(timelineEntries)
      .where(eq(timelineEntries.year, 1991));
    const audits = await testApp.deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, entry?.id ?? ''));
    assert.deepEqual(
      audits.map((event) => event.action),
      ['timeline_entry.created'],
    );
    assert.match(await (await testApp.app.request('/en/timeline/1990s')).text(), /Library/);
  });
});
