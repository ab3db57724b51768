// /people over HTTP, in-process, with real sessions. Staff with the protected clearance cannot
// sign in with it yet (accounts grant it later), so those cases set the viewer in front of the
// real routes.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { signIn, signInAsAdministrator } from '../accounts/testing.ts';
import { auditEvents } from '../core/audit/tables.ts';
import type { Viewer } from '../core/privacy/viewer.ts';
import { buildTestApp, mountAs, type TestApp } from '../core/web/testing.ts';
import { peopleRoutes } from './routes.tsx';
import { contactChannels, people } from './tables.ts';

let t: TestApp;
let admin: Browser;
let coordinator: Browser;
let participant: Browser;
const ids: Record<string, string> = {};

/** A browser of sorts: keeps every cookie the app sets (session refreshes, the CSRF cookie). */
class Browser {
  private readonly jar = new Map<string, string>();
  constructor(cookie = '') {
    for (const pair of cookie.split('; ').filter(Boolean)) this.keep(pair);
  }
  private keep(pair: string) {
    const at = pair.indexOf('=');
    this.jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await t.app.request(path, { ...init, headers: { ...init.headers, cookie } });
    for (const set of response.headers.getSetCookie()) this.keep(set.split(';', 1)[0] ?? '');
    return response;
  }
  async post(formPath: string, path: string, fields: Record<string, string>): Promise<Response> {
    const page = await (await this.request(formPath)).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
    assert.ok(token, `a CSRF token on ${formPath}`);
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: token, ...fields }).toString(),
    });
  }
}

const cleared: Viewer = {
  kind: 'account',
  accountId: randomUUID(),
  personId: null,
  roles: ['administrator'],
  protectedClearance: true,
};
const asCleared = () => mountAs(t.deps, cleared, '/people', peopleRoutes);

before(async () => {
  t = await buildTestApp();
  const insert = async (key: string, values: typeof people.$inferInsert) => {
    const [row] = await t.deps.db.insert(people).values(values).returning({ id: people.id });
    assert.ok(row);
    ids[key] = row.id;
  };
  await insert('public', { displayName: 'Olena Public', tier: 'public', bio: 'Marine biologist.' });
  await insert('network', { displayName: 'Nadia Network', tier: 'network' });
  await insert('staff', { displayName: 'Sam Staff', tier: 'staff' });
  await insert('protected', {
    displayName: 'Real Name Hidden',
    pseudonym: 'Heron',
    tier: 'protected',
  });
  await insert('unnamed', { displayName: 'No Pseudonym Person', tier: 'protected' });
  await t.deps.db
    .insert(contactChannels)
    .values({ personId: ids.staff as string, kind: 'email', value: 'sam@example.org' });
  admin = new Browser(await signInAsAdministrator(t));
  coordinator = new Browser(
    await signIn(t, { email: 'coordinator@tracktwo.test', roles: ['coordinator'] }),
  );
  participant = new Browser(await signIn(t, { email: 'participant@tracktwo.test', roles: [] }));
});
after(() => t.close());

describe('/people/:id', () => {
  test('signed out: public people only, everything else the same 404', async () => {
    assert.equal((await t.app.request(`/people/${ids.public}`)).status, 200);
    const bodies = [];
    for (const path of [ids.network, ids.staff, ids.protected, randomUUID(), 'not-an-id']) {
      const response = await t.app.request(`/people/${path}`);
      assert.equal(response.status, 404);
      bodies.push(await response.text());
    }
    assert.equal(new Set(bodies).size, 1, 'hidden and missing give byte-identical 404 bodies');
  });

  test('participants see public and network people; staff and protected are 404', async () => {
    const get = (id: string | undefined) => participant.request(`/people/${id}`);
    assert.equal((await get(ids.public)).status, 200);
    assert.equal((await get(ids.network)).status, 200);
    const hidden = await get(ids.staff);
    const missing = await get(randomUUID());
    assert.equal(hidden.status, 404);
    assert.equal(await hidden.text(), await missing.text());
  });

  test('staff without clearance see a protected person by pseudonym only, never contacts', async () => {
    const page = await (await admin.request(`/people/${ids.protected}`)).text();
    assert.match(page, /Heron/);
    assert.doesNotMatch(page, /Real Name Hidden/);
    const unnamed = await admin.request(`/people/${ids.unnamed}`);
    assert.equal(unnamed.status, 404);
    const views = await t.deps.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'person.viewed_protected'),
          eq(auditEvents.subjectId, ids.protected as string),
        ),
      );
    assert.ok(views.length >= 1, 'viewing a protected person is audited');
  });
});

describe('staff pages', () => {
  test('signed out: sent to sign in; participants: 404', async () => {
    for (const path of [
      '/people',
      '/people/new',
      `/people/${ids.staff}/edit`,
      `/people/${ids.staff}/merge`,
    ]) {
      const response = await t.app.request(path);
      assert.equal(response.status, 303, path);
      assert.match(response.headers.get('location') ?? '', /^\/sign-in\?next=/);
      assert.equal((await participant.request(path)).status, 404, path);
    }
  });

  test('the list searches staff-visible names, never the real name behind a pseudonym', async () => {
    const list = await (await admin.post('/people', '/people', { query: 'hidden' })).text();
    assert.doesNotMatch(list, /Heron/);
    const byPseudonym = await (await admin.post('/people', '/people', { query: 'her' })).text();
    assert.match(byPseudonym, /Heron/);
    // A name given in the URL is not searched for: the search is a POST.
    const byUrl = await (await admin.request('/people?query=her&tier=protected')).text();
    assert.match(byUrl, /Heron/, 'the tier filter applies');
    assert.ok(!byUrl.includes('value="her"'), 'the name in the URL was ignored');
    const tier = await (await admin.request('/people?tier=network')).text();
    assert.match(tier, /Nadia Network/);
    assert.doesNotMatch(tier, /Olena Public/);
  });

  test('edit with bad input changes nothing and shows inline errors', async () => {
    const edit = `/people/${ids.staff}/edit`;
    for (const bad of [
      { displayName: 'Sam\u0007' },
      { displayName: '12345' },
      { bio: 'x'.repeat(2001) },
      { contacts: 'email: not-an-address' },
      { residence: 'XX' },
    ]) {
      const response = await coordinator.post(edit, edit, {
        displayName: 'Sam Changed',
        otherNames: 'Сэм',
        pseudonym: '',
        residence: 'PS',
        citizenships: 'ua, il',
        languages: 'uk, he',
        fields: 'oceans',
        bio: '',
        tier: 'staff',
        contacts: 'email: sam@example.org',
        ...bad,
      });
      assert.equal(response.status, 400, JSON.stringify(bad).slice(0, 40));
      assert.match(await response.text(), /class="field-error"/);
    }
    const [row] = await t.deps.db
      .select()
      .from(people)
      .where(eq(people.id, ids.staff as string));
    assert.equal(row?.displayName, 'Sam Staff');
    assert.equal((await admin.request(`/people/${randomUUID()}/edit`)).status, 404);
  });

  test('a coordinator cannot make someone protected; an administrator can, and it is sealed and audited', async () => {
    const edit = `/people/${ids.staff}/edit`;
    const fields = {
      displayName: 'Sam Staff',
      otherNames: 'Сэм Стафф',
      pseudonym: 'Kestrel',
      residence: 'ua',
      citizenships: 'UA',
      languages: 'uk',
      fields: '',
      bio: '',
      contacts: 'email: sam@example.org\nsignal: +380 44 000 0000',
    };
    const refused = await coordinator.post(edit, edit, { ...fields, tier: 'protected' });
    assert.equal(refused.status, 404);
    const done = await admin.post(edit, edit, { ...fields, tier: 'protected' });
    assert.equal(done.status, 303);
    const channels = await t.deps.db
      .select()
      .from(contactChannels)
      .where(eq(contactChannels.personId, ids.staff as string));
    assert.equal(channels.length, 2);
    for (const channel of channels) {
      assert.equal(channel.value, null, 'no contact of a protected person in clear');
      assert.ok(channel.sealed);
      assert.ok(!channel.sealed.toString('latin1').includes('sam@'));
    }
    const [changed] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'person.tier_changed'),
          eq(auditEvents.subjectId, ids.staff as string),
        ),
      );
    assert.deepEqual(changed?.details.from, 'staff');
    assert.deepEqual(changed?.details.to, 'protected');
    const cleared = await (await asCleared().request(`/people/${ids.staff}`)).text();
    assert.match(cleared, /sam@example\.org/, 'cleared staff read the unsealed contact');
    const uncleared = await (await admin.request(`/people/${ids.staff}`)).text();
    assert.doesNotMatch(uncleared, /sam@example\.org|Sam Staff/);
  });
});
