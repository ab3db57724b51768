// Public program and partner pages: only people of tier public ever appear (checked by name and
// pseudonym for every other tier), partners link out with rel="noopener", translations are
// offered only where a text exists; and the editing pages, guarded and audited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { signIn } from '../../accounts/testing.ts';
import { auditEvents } from '../../core/audit/tables.ts';
import {
  buildTestApp,
  formPage,
  postForm,
  submitForm,
  type TestApp,
} from '../../core/web/testing.ts';
import { people } from '../../people/tables.ts';
import { partners, programPartners, programPeople, programs, programTexts } from '../tables.ts';

describe('programs', () => {
  let testApp: TestApp;
  let programId: string;

  before(async () => {
    testApp = await buildTestApp();
    const { db } = testApp.deps;
    const [program] = await db
      .insert(programs)
      .values({ slug: 'oceans-22', name: 'Oceans 22', status: 'current', startYear: 2022 })
      .returning();
    assert.ok(program);
    programId = program.id;
    await db.insert(programTexts).values([
      {
        programId,
        locale: 'en',
        name: 'Oceans 22',
        summary: 'Marine protection',
        body: '**Antarctic** waters',
      },
      { programId, locale: 'ru', name: 'Океаны 22', summary: 'Охрана моря', body: 'Текст' },
    ]);
    await db
      .insert(programs)
      .values({ slug: 'hidden-program', name: 'Hidden', published: false })
      .returning()
      .then(([hidden]) =>
        db
          .insert(programTexts)
          .values({ programId: hidden?.id ?? '', locale: 'en', name: 'Unpublished work' }),
      );
    const tiers = ['public', 'network', 'staff', 'protected'] as const;
    const inserted = await db
      .insert(people)
      .values(
        tiers.map((tier) => ({
          displayName: `Person Tier${tier}`,
          pseudonym: tier === 'protected' || tier === 'staff' ? `Alias${tier}` : null,
          tier,
        })),
      )
      .returning({ id: people.id });
    await db
      .insert(programPeople)
      .values(inserted.map((person) => ({ programId, personId: person.id, role: 'convener' })));
    const [partner] = await db
      .insert(partners)
      .values({
        name: 'Sea Institute',
        website: 'https://sea.example.org/',
        description: 'Biologists',
      })
      .returning();
    await db
      .insert(programPartners)
      .values({ programId, partnerId: partner?.id ?? '', position: 1 });
  });
  after(() => testApp.close());

  it('lists published programs with a text in the language, and omits the rest', async () => {
    const html = await (await testApp.app.request('/en/programs')).text();
    assert.match(html, /href="\/en\/programs\/oceans-22"/);
    assert.doesNotMatch(html, /Unpublished work/);
    const ukrainian = await (await testApp.app.request('/uk/programs')).text();
    assert.doesNotMatch(ukrainian, /oceans-22/);
  });

  it('shows only people of tier public on a program page, by name and pseudonym', async () => {
    for (const path of ['/en/programs/oceans-22', '/ru/programs/oceans-22']) {
      const response = await testApp.app.request(path);
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.match(html, /Person Tierpublic/);
      for (const hidden of ['network', 'staff', 'protected']) {
        assert.doesNotMatch(html, new RegExp(`Tier${hidden}|Alias${hidden}`));
      }
    }
  });

  it('renders the text as Markdown, links partners with noopener, offers only real translations', async () => {
    const html = await (await testApp.app.request('/en/programs/oceans-22')).text();
    assert.match(html, /<strong>Antarctic<\/strong>/);
    assert.match(html, /<a href="https:\/\/sea\.example\.org\/" rel="noopener">Sea Institute<\/a>/);
    assert.match(html, /hreflang="ru" href="[^"]*\/ru\/programs\/oceans-22"/);
    assert.doesNotMatch(html, /rel="alternate" hreflang="uk"/);
    assert.equal((await testApp.app.request('/uk/programs/oceans-22')).status, 404);
    assert.equal((await testApp.app.request('/en/programs/hidden-program')).status, 404);
  });

  it('lists partners with the programs they work with', async () => {
    const html = await (await testApp.app.request('/en/partners')).text();
    assert.match(html, /Sea Institute/);
    assert.match(html, /href="\/en\/programs\/oceans-22">Oceans 22</);
  });

  it('asks a signed-out visitor to sign in and answers a participant with 404', async () => {
    const signedOut = await testApp.app.request('/edit/programs');
    assert.equal(signedOut.status, 303);
    assert.match(signedOut.headers.get('location') ?? '', /^\/sign-in/);
    const participant = await signIn(testApp, { email: 'reader@tracktwo.test', roles: [] });
    const response = await testApp.app.request('/edit/programs', {
      headers: { cookie: participant },
    });
    assert.equal(response.status, 404);
  });

  it('lets an editor change a program, refuses bad input without change, and audits by id', async () => {
    const cookie = await signIn(testApp, { email: 'editor@tracktwo.test', roles: ['editor'] });
    const path = `/edit/programs/${programId}`;
    const fields = {
      slug: 'oceans-22',
      name: 'Oceans',
      summary: '',
      status: 'past',
      startYear: '2022',
      endYear: '2021',
      published: 'yes',
      position: '1',
    };
    const refused = await submitForm(testApp, { cookie, from: path, fields });
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /The last year cannot come before the first/);
    const [unchanged] = await testApp.deps.db
      .select()
      .from(programs)
      .where(eq(programs.id, programId));
    assert.equal(unchanged?.status, 'current');

    const clash = await submitForm(testApp, {
      cookie,
      from: path,
      fields: { ...fields, endYear: '', slug: 'hidden-program' },
    });
    assert.equal(clash.status, 400);
    assert.match(await clash.text(), /already uses this address word/);

    const saved = await submitForm(testApp, {
      cookie,
      from: path,
      fields: { ...fields, endYear: '2024' },
    });
    assert.equal(saved.status, 303);
    const [changed] = await testApp.deps.db
      .select()
      .from(programs)
      .where(eq(programs.id, programId));
    assert.equal(changed?.status, 'past');
    const audits = await testApp.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'program.updated'), eq(auditEvents.subjectId, programId)));
    assert.equal(audits.length, 1);
    assert.doesNotMatch(JSON.stringify(audits[0]?.details), /Oceans/);
  });

  it('lets an editor find people only through the gate and link one', async () => {
    const cookie = await signIn(testApp, { email: 'editor@tracktwo.test', roles: ['editor'] });
    const path = `/edit/programs/${programId}`;
    const page = await formPage(testApp, path, cookie);
    const found = await postForm(testApp, `${path}/people/search`, page.cookie, {
      _csrf: page.token,
      query: 'Person',
    });
    const html = await found.text();
    assert.match(html, /Person Tierpublic/);
    assert.match(html, /Aliasprotected/);
    assert.doesNotMatch(html, /Person Tierprotected/);
    const [added] = await testApp.deps.db
      .insert(people)
      .values({ displayName: 'Newcomer Public', tier: 'public' })
      .returning({ id: people.id });
    const linked = await postForm(testApp, `${path}/people`, page.cookie, {
      _csrf: page.token,
      personId: added?.id ?? '',
      role: 'fellow',
      projectId: '',
    });
    assert.equal(linked.status, 303);
    const publicPage = await (await testApp.app.request('/en/programs/oceans-22')).text();
    assert.match(publicPage, /Newcomer Public · fellow/);
  });

  it('lets an editor add a partner with an https website only', async () => {
    const cookie = await signIn(testApp, { email: 'editor@tracktwo.test', roles: ['editor'] });
    const fields = {
      name: 'Open Sea',
      website: 'http://insecure.example.org',
      logoMediaId: '',
      description: '',
      organizationId: '',
    };
    const refused = await submitForm(testApp, { cookie, from: '/edit/partners/new', fields });
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /Enter an https:\/\/ address/);
    const saved = await submitForm(testApp, {
      cookie,
      from: '/edit/partners/new',
      fields: { ...fields, website: 'https://open-sea.example.org' },
    });
    assert.equal(saved.status, 303);
    const rows = await testApp.deps.db.select().from(partners).where(eq(partners.name, 'Open Sea'));
    assert.equal(rows.length, 1);
  });
});
