// /organizations over HTTP with real sessions: who may reach it, creating and editing with inline
// errors, archiving, and merging a duplicate so that every affiliation survives.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { signIn, signInAsAdministrator } from '../accounts/testing.ts';
import { auditEvents } from '../core/audit/tables.ts';
import { buildTestApp, submitForm, type TestApp } from '../core/web/testing.ts';
import { affiliations, organizations, people } from './tables.ts';

let t: TestApp;
let admin: string;
let editor: string;
let participant: string;

function post(
  cookie: string,
  formPath: string,
  path: string,
  fields: Record<string, string>,
): Promise<Response> {
  return submitForm(t, { cookie, from: formPath, to: path, fields });
}

async function organization(values: Partial<typeof organizations.$inferInsert> = {}) {
  const [row] = await t.deps.db
    .insert(organizations)
    .values({ name: 'Some Institute', kind: 'research institute', ...values })
    .returning({ id: organizations.id });
  assert.ok(row);
  return row.id;
}

async function person(displayName: string): Promise<string> {
  const [row] = await t.deps.db.insert(people).values({ displayName }).returning({ id: people.id });
  assert.ok(row);
  return row.id;
}

async function stored(id: string) {
  const [row] = await t.deps.db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

before(async () => {
  t = await buildTestApp();
  admin = await signInAsAdministrator(t);
  editor = await signIn(t, { email: 'editor@tracktwo.test', roles: ['editor'] });
  participant = await signIn(t, { email: 'participant@tracktwo.test', roles: [] });
});
after(() => t.close());

test('signed out: every organization page sends to sign in', async () => {
  const id = await organization();
  for (const path of ['/organizations', '/organizations/new', `/organizations/${id}/edit`]) {
    const response = await t.app.request(path);
    assert.equal(response.status, 303, path);
    assert.match(response.headers.get('location') ?? '', /^\/sign-in\?next=/);
  }
});

test('participants get 404; staff without an editing role list but cannot change', async () => {
  const id = await organization();
  const missing = await t.app.request('/no-such-page', { headers: { cookie: participant } });
  const hidden = await t.app.request('/organizations', { headers: { cookie: participant } });
  assert.equal(hidden.status, 404);
  const withoutToken = (html: string) => html.replace(/name="_csrf" value="[^"]*"/g, '');
  assert.equal(withoutToken(await hidden.text()), withoutToken(await missing.text()));
  const list = await t.app.request('/organizations', { headers: { cookie: editor } });
  assert.equal(list.status, 200);
  assert.doesNotMatch(await list.text(), /\/organizations\/new/);
  const edit = await t.app.request(`/organizations/${id}/edit`, { headers: { cookie: editor } });
  assert.equal(edit.status, 404);
});

test('create: bad input shows inline errors and stores nothing; good input is stored', async () => {
  const before = await t.deps.db.$count(organizations);
  const refused = await post(admin, '/organizations/new', '/organizations/new', {
    name: '',
    country: 'XX',
    kind: 'ngo',
    website: 'javascript:alert(1)',
  });
  assert.equal(refused.status, 400);
  const html = await refused.text();
  assert.match(html, /id="field-name-error"/);
  assert.match(html, /id="field-country-error"/);
  assert.match(html, /id="field-website-error"/);
  assert.equal(await t.deps.db.$count(organizations), before);

  const created = await post(admin, '/organizations/new', '/organizations/new', {
    name: 'Sea Research Centre',
    country: 'ua',
    kind: 'research institute',
    website: 'https://sea.example.org/',
  });
  assert.equal(created.status, 303);
  const id = /\/organizations\/([0-9a-f-]{36})\/edit/.exec(
    created.headers.get('location') ?? '',
  )?.[1];
  assert.ok(id);
  const row = await stored(id);
  assert.equal(row?.country, 'UA');
  assert.equal(row?.website, 'https://sea.example.org/');
  const [audit] = await t.deps.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'organization.created'), eq(auditEvents.subjectId, id)));
  assert.ok(audit);
});

test('search finds by name, a page at a time', async () => {
  await organization({ name: 'Zeta Quill Press' });
  const page = await t.app.request(`/organizations?query=${encodeURIComponent('quill')}`, {
    headers: { cookie: admin },
  });
  const html = await page.text();
  assert.match(html, /Zeta Quill Press/);
  assert.doesNotMatch(html, /Some Institute/);
  const past = await t.app.request('/organizations?page=999', { headers: { cookie: admin } });
  assert.equal(past.status, 404);
});

test('edit, archive and unarchive; forged ids are 404', async () => {
  const id = await organization({ name: 'Old Name' });
  const path = `/organizations/${id}/edit`;
  const refused = await post(admin, path, path, {
    name: 'New',
    country: '',
    kind: '',
    website: '',
  });
  assert.equal(refused.status, 400);
  assert.equal((await stored(id))?.name, 'Old Name');
  const saved = await post(admin, path, path, {
    name: 'New Name',
    country: '',
    kind: 'museum',
    website: 'http://museum.example.org',
  });
  assert.equal(saved.status, 303);
  assert.equal((await stored(id))?.name, 'New Name');

  assert.equal((await post(admin, path, `/organizations/${id}/archive`, {})).status, 303);
  assert.ok((await stored(id))?.archivedAt);
  assert.equal((await post(admin, path, `/organizations/${id}/unarchive`, {})).status, 303);
  assert.equal((await stored(id))?.archivedAt, null);

  for (const forged of [randomUUID(), 'not-an-id']) {
    const page = await t.app.request(`/organizations/${forged}/edit`, {
      headers: { cookie: admin },
    });
    assert.equal(page.status, 404);
    const archive = await post(admin, path, `/organizations/${forged}/archive`, {});
    assert.equal(archive.status, 404);
  }
});

test('merge moves every affiliation, keeps the kept row on a clash, archives and audits', async () => {
  const kept = await organization({ name: 'Kept Union' });
  const duplicate = await organization({ name: 'Kept Union (duplicate)' });
  const both = await person('Anna Both');
  const onlyDuplicate = await person('Boris Duplicate');
  const onlyKept = await person('Vera Kept');
  await t.deps.db.insert(affiliations).values([
    { personId: both, organizationId: kept, role: 'director', fromYear: 1990 },
    { personId: both, organizationId: duplicate, role: 'member', fromYear: 1985 },
    { personId: onlyDuplicate, organizationId: duplicate, role: 'editor' },
    { personId: onlyKept, organizationId: kept, role: 'writer' },
  ]);
  const mergePath = `/organizations/${kept}/merge`;
  const search = await t.app.request(`${mergePath}?query=duplicate`, {
    headers: { cookie: admin },
  });
  assert.match(await search.text(), new RegExp(`value="${duplicate}"`));

  assert.equal((await post(admin, mergePath, mergePath, { duplicateId: kept })).status, 400);
  assert.equal(
    (await post(admin, mergePath, mergePath, { duplicateId: randomUUID() })).status,
    404,
  );
  assert.equal((await stored(duplicate))?.mergedIntoId, null, 'refused merges change nothing');

  const merged = await post(admin, mergePath, mergePath, { duplicateId: duplicate });
  assert.equal(merged.status, 303);
  const links = await t.deps.db
    .select()
    .from(affiliations)
    .where(eq(affiliations.organizationId, kept));
  const byPerson = new Map(links.map((link) => [link.personId, link]));
  assert.equal(links.length, 3);
  assert.equal(byPerson.get(both)?.role, 'director', "the kept organization's row stays");
  assert.equal(byPerson.get(onlyDuplicate)?.role, 'editor');
  assert.ok(byPerson.get(onlyKept));
  assert.equal(await t.deps.db.$count(affiliations, eq(affiliations.organizationId, duplicate)), 0);
  const row = await stored(duplicate);
  assert.equal(row?.mergedIntoId, kept);
  assert.ok(row?.archivedAt);
  const [audit] = await t.deps.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'organization.merged'), eq(auditEvents.subjectId, kept)));
  assert.equal(audit?.details.duplicateId, duplicate);
  assert.equal(audit?.details.affiliationsMoved, 1);

  // The merged duplicate is gone from the staff pages and cannot be merged or revived again.
  const gone = await t.app.request(`/organizations/${duplicate}/edit`, {
    headers: { cookie: admin },
  });
  assert.equal(gone.status, 404);
  assert.equal((await post(admin, mergePath, mergePath, { duplicateId: duplicate })).status, 404);
});
