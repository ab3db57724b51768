// /directory over HTTP with real sessions: who may open it, that each filter works and shows only
// people the viewer may see, paging and the cap, and the per-viewer limit with its one alert.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { signIn } from '../accounts/testing.ts';
import { auditEvents } from '../core/audit/tables.ts';
import type { Viewer } from '../core/privacy/viewer.ts';
import { buildTestApp, submitForm, type TestApp } from '../core/web/testing.ts';
import { listDirectory, unfilteredPageCap } from './directory.ts';
import { affiliations, organizations, people } from './tables.ts';

let t: TestApp;
let participant = '';
let coordinator = '';
let kyivInstitute = '';

/** Gets a page with a session; the text of the page and its status. */
async function get(path: string, cookie: string) {
  const response = await t.app.request(path, { headers: { cookie } });
  return { status: response.status, html: await response.text(), response };
}

/** Posts the filter form the way a browser would, with the CSRF cookie and field. */
async function post(fields: Record<string, string>, session: string) {
  const response = await submitForm(t, { cookie: session, from: '/', to: '/directory', fields });
  return { status: response.status, html: await response.text() };
}

before(async () => {
  t = await buildTestApp();
  const { db } = t.deps;
  const [kyiv, other] = await db
    .insert(organizations)
    .values([
      { name: 'Kyiv Institute of Journalism', kind: 'university', country: 'UA' },
      { name: 'Baltic Sea Station', kind: 'research institute', country: 'FI' },
    ])
    .returning({ id: organizations.id });
  kyivInstitute = kyiv?.id ?? '';
  const base = { residence: 'UA', languages: ['uk', 'en'], fields: ['journalism'] };
  const inserted = await db
    .insert(people)
    .values([
      { ...base, displayName: 'Olena Kovalenko', otherNames: ['Олена Коваленко'], tier: 'network' },
      {
        displayName: 'Ivan Petrov',
        residence: 'RU',
        languages: ['ru'],
        fields: ['marine biology'],
        tier: 'public',
      },
      { ...base, displayName: 'Staffonly Stepan', tier: 'staff' },
      { ...base, displayName: 'Hidden Halyna', pseudonym: 'Swallow', tier: 'protected' },
      { ...base, displayName: 'Nameless Nadia', tier: 'protected' },
      { ...base, displayName: 'Archived Andriy', tier: 'network', archivedAt: new Date() },
      { ...base, displayName: 'Erased Ella', tier: 'network', erasedAt: new Date() },
    ])
    .returning({ id: people.id, displayName: people.displayName });
  const idOf = (name: string) => inserted.find((row) => row.displayName === name)?.id ?? '';
  await db.insert(affiliations).values([
    { personId: idOf('Olena Kovalenko'), organizationId: kyivInstitute, role: 'editor' },
    { personId: idOf('Hidden Halyna'), organizationId: kyivInstitute, role: 'reporter' },
    { personId: idOf('Ivan Petrov'), organizationId: other?.id ?? '', role: 'biologist' },
  ]);
  // Enough people to page past the cap: 230 network participants in Germany.
  await db.insert(people).values(
    Array.from({ length: 230 }, (_, n) => ({
      displayName: `Filler ${String(n).padStart(3, '0')}`,
      residence: 'DE',
      languages: ['de'],
      fields: ['arts'],
      tier: 'network' as const,
    })),
  );
  participant = await signIn(t, { email: 'participant@tracktwo.test', roles: [] });
  coordinator = await signIn(t, { email: 'coordinator@tracktwo.test', roles: ['coordinator'] });
});
after(() => t.close());

const names = (html: string) =>
  [...html.matchAll(/<a href="\/people\/[0-9a-f-]{36}">([^<]+)<\/a>/g)].map((match) => match[1]);

describe('/directory', () => {
  test('sends a signed-out visitor to sign in', async () => {
    const response = await t.app.request('/directory?country=UA');
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/sign-in?next=%2Fdirectory');
  });

  test('a participant filters by country, field, language and organization, seeing only whom they may', async () => {
    const expected = ['Olena Kovalenko'];
    for (const query of [
      'country=ua',
      'field=journalism',
      'language=uk',
      `organization=${kyivInstitute}`,
    ]) {
      const { status, html } = await get(`/directory?${query}`, participant);
      assert.equal(status, 200, query);
      assert.deepEqual(names(html), expected, query);
    }
    const { html } = await get(
      '/directory?country=RU&field=marine%20biology&language=ru',
      participant,
    );
    assert.deepEqual(names(html), ['Ivan Petrov']);
    for (const hidden of ['Staffonly', 'Halyna', 'Swallow', 'Nadia', 'Archived', 'Erased']) {
      assert.ok(!html.includes(hidden));
    }
  });

  test('a name search goes by POST, matches other names in any case, and a name in the URL is ignored', async () => {
    const found = await post({ name: 'олена' }, participant);
    assert.equal(found.status, 200);
    assert.deepEqual(names(found.html), ['Olena Kovalenko']);
    const none = await post({ name: 'Halyna' }, participant);
    assert.deepEqual(names(none.html), []);
    const { html } = await get('/directory?name=Olena', participant);
    assert.equal(names(html).length, 20, 'the unfiltered first page');
    assert.ok(!names(html).includes('Olena Kovalenko'));
  });

  test('staff without clearance see protected people by pseudonym only, never found by what is hidden', async () => {
    const byCountry = names((await get('/directory?country=UA', coordinator)).html);
    assert.deepEqual(byCountry, ['Archived Andriy', 'Olena Kovalenko', 'Staffonly Stepan']);
    const byOrganization = names(
      (await get(`/directory?organization=${kyivInstitute}`, coordinator)).html,
    );
    assert.deepEqual(byOrganization, ['Olena Kovalenko']);
    assert.deepEqual(names((await post({ name: 'swallow' }, coordinator)).html), ['Swallow']);
    assert.deepEqual(names((await post({ name: 'Halyna' }, coordinator)).html), []);
    assert.deepEqual(names((await post({ name: 'Nadia' }, coordinator)).html), []);
  });

  test('staff with the protected clearance find protected people in full', async () => {
    const cleared: Viewer = {
      kind: 'account',
      accountId: crypto.randomUUID(),
      personId: null,
      roles: ['coordinator'],
      protectedClearance: true,
    };
    const page = await listDirectory(t.deps.db, cleared, { country: 'UA' }, 1);
    assert.deepEqual(
      page.people.map((person) => person.name),
      ['Archived Andriy', 'Hidden Halyna', 'Nameless Nadia', 'Olena Kovalenko', 'Staffonly Stepan'],
    );
  });

  test('pages of 20; without a filter only the first pages, with a hint to filter', async () => {
    const first = await get('/directory', participant);
    assert.equal(names(first.html).length, 20);
    assert.match(first.html, new RegExp(`Page 1 of ${unfilteredPageCap}`));
    const last = await get(`/directory?page=${unfilteredPageCap}`, participant);
    assert.equal(last.status, 200);
    assert.match(last.html, /Filter by country/);
    assert.equal((await get(`/directory?page=${unfilteredPageCap + 1}`, participant)).status, 404);
    assert.equal((await get('/directory?page=0', participant)).status, 404);
    // A filter lets one page further: 230 people in Germany make 12 pages.
    const filtered = await get('/directory?country=DE&page=12', participant);
    assert.equal(filtered.status, 200);
    assert.equal(names(filtered.html).length, 10);
    assert.equal((await get('/directory?country=DE&page=2&pageSize=500', participant)).status, 200);
    assert.equal(
      names((await get('/directory?country=DE&pageSize=500', participant)).html).length,
      20,
    );
  });

  test('bad filters get inline errors, and the organization list names organizations only', async () => {
    const { status, html } = await get(
      '/directory?country=Ukraine&language=%3Cscript%3E',
      participant,
    );
    assert.equal(status, 400);
    assert.match(html, /two-letter country code/);
    assert.match(html, /language code, such as ru/);
    assert.ok(!html.includes('<script>'));
    const options = [...html.matchAll(/<option value="([^"]*)"/g)].map((match) => match[1]);
    assert.equal(options.length, 3, 'no filter and the two organizations');
  });

  test('past the limit a viewer gets 429, and administrators get one alert', async () => {
    const greedy = await signIn(t, { email: 'greedy@tracktwo.test', roles: [] });
    for (let n = 0; n < t.deps.config.directoryPagesPer10Minutes; n += 1) {
      assert.equal((await get('/directory?country=DE', greedy)).status, 200);
    }
    const refused = await get('/directory?country=DE', greedy);
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.response.headers.get('retry-after')) > 0);
    assert.equal((await get('/directory', greedy)).status, 429);
    const alerts = await t.deps.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'alert.directory_rate_limit'),
          eq(auditEvents.subjectKind, 'account'),
        ),
      );
    assert.equal(alerts.length, 1);
    // Others are not affected.
    assert.equal((await get('/directory?country=DE', participant)).status, 200);
  });
});
