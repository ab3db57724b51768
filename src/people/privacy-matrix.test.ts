// The privacy matrix: every route that shows people × every audience × every tier, checked
// against a table written from the rules in shared/DOMAIN.md and decision 010 (not computed by
// the gate it tests). Each target person carries markers for every field, so a field that
// reaches a viewer who should not have it is caught wherever it shows.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { ensureAccount } from '../accounts/create-account.ts';
import { accounts } from '../accounts/tables.ts';
import { signIn } from '../accounts/testing.ts';
import { buildTestApp, formPage, postForm, type TestApp } from '../core/web/testing.ts';
import { replaceContacts } from './contacts.ts';
import { people, type Tier } from './tables.ts';

type TargetKind =
  | 'public'
  | 'network'
  | 'staff'
  | 'protected'
  | 'protected-unnamed'
  | 'archived-network'
  | 'erased-public';
type ViewerKind = 'anonymous' | 'participant' | 'self' | 'staff' | 'protected-staff';
/** full: everything the page has; pseudonym: the pseudonym and nothing else; none: a 404. */
type Sight = 'full' | 'profile' | 'pseudonym' | 'none';

// The rules, as a table. "profile" is what participants see of each other: name, bio and
// fields, never contacts. "full" includes contacts.
const expected: Record<ViewerKind, Record<TargetKind, Sight>> = {
  anonymous: {
    public: 'profile',
    network: 'none',
    staff: 'none',
    protected: 'none',
    'protected-unnamed': 'none',
    'archived-network': 'none',
    'erased-public': 'none',
  },
  participant: {
    public: 'profile',
    network: 'profile',
    staff: 'none',
    protected: 'none',
    'protected-unnamed': 'none',
    'archived-network': 'none',
    'erased-public': 'none',
  },
  self: {
    public: 'full',
    network: 'full',
    staff: 'full',
    protected: 'full',
    'protected-unnamed': 'full',
    'archived-network': 'full',
    'erased-public': 'none',
  },
  staff: {
    public: 'full',
    network: 'full',
    staff: 'full',
    protected: 'pseudonym',
    'protected-unnamed': 'none',
    'archived-network': 'full',
    'erased-public': 'none',
  },
  'protected-staff': {
    public: 'full',
    network: 'full',
    staff: 'full',
    protected: 'full',
    'protected-unnamed': 'full',
    'archived-network': 'full',
    'erased-public': 'none',
  },
};

interface Target {
  kind: TargetKind;
  id: string;
  name: string;
  pseudonym: string | null;
  bio: string;
  email: string;
}

let t: TestApp;
const targets: Target[] = [];
const cookies = new Map<string, string>();

const tierOf: Record<TargetKind, Tier> = {
  public: 'public',
  network: 'network',
  staff: 'staff',
  protected: 'protected',
  'protected-unnamed': 'protected',
  'archived-network': 'network',
  'erased-public': 'public',
};

before(async () => {
  t = await buildTestApp();
  for (const kind of Object.keys(tierOf) as TargetKind[]) {
    const mark = randomBytes(4).toString('hex');
    const target: Target = {
      kind,
      id: '',
      name: `Matrixname${mark}`,
      pseudonym: kind === 'protected' ? `Matrixpseudo${mark}` : null,
      bio: `Matrixbio${mark}`,
      email: `matrix-${mark}@example.org`,
    };
    const [row] = await t.database.db
      .insert(people)
      .values({
        displayName: target.name,
        pseudonym: target.pseudonym,
        bio: target.bio,
        tier: tierOf[kind],
        archivedAt: kind === 'archived-network' ? new Date() : null,
        erasedAt: kind === 'erased-public' ? new Date() : null,
      })
      .returning({ id: people.id });
    target.id = row?.id ?? '';
    await replaceContacts(
      t.database.db,
      t.deps.config.encryptionKey,
      target.id,
      [{ kind: 'email', value: target.email }],
      tierOf[kind] === 'protected',
    );
    targets.push(target);
  }
  cookies.set('participant', await signIn(t, { email: 'participant@matrix.test', roles: [] }));
  cookies.set('staff', await signIn(t, { email: 'staff@matrix.test', roles: ['coordinator'] }));
  const cleared = await ensureAccount(t.deps, {
    email: 'cleared@matrix.test',
    displayName: 'Cleared Coordinator',
    roles: ['coordinator'],
  });
  await t.database.db
    .update(accounts)
    .set({ protectedClearance: true })
    .where(eq(accounts.id, cleared.accountId));
  cookies.set(
    'protected-staff',
    await signIn(t, { email: 'cleared@matrix.test', roles: ['coordinator'] }),
  );
  // Each target also signs in as themself (the erased one cannot: it has no account).
  for (const target of targets.filter((x) => x.kind !== 'erased-public')) {
    const email = `self-${target.id}@matrix.test`;
    const account = await ensureAccount(t.deps, { email, displayName: 'x', roles: [] });
    await t.database.db
      .update(accounts)
      .set({ personId: target.id })
      .where(eq(accounts.id, account.accountId));
    cookies.set(`self:${target.id}`, await signIn(t, { email, roles: [] }));
  }
});
after(() => t.close());

function cookieFor(viewer: ViewerKind, target: Target): string | undefined {
  if (viewer === 'anonymous') return '';
  return cookies.get(viewer === 'self' ? `self:${target.id}` : viewer);
}

/** What a page shows of a target, judged by its markers. */
function sightIn(html: string, target: Target): Sight {
  const hasName = html.includes(target.name);
  const hasPseudonym = target.pseudonym !== null && html.includes(target.pseudonym);
  const hasBio = html.includes(target.bio);
  const hasEmail = html.includes(target.email);
  if (hasName && hasBio && hasEmail) return 'full';
  if (hasName && hasBio && !hasEmail) return 'profile';
  if (hasPseudonym && !hasName && !hasBio && !hasEmail) return 'pseudonym';
  if (!hasName && !hasPseudonym && !hasBio && !hasEmail) return 'none';
  return `leak: name ${hasName}, pseudonym ${hasPseudonym}, bio ${hasBio}, email ${hasEmail}` as Sight;
}

test('the person page: every audience × every tier, fields included', async () => {
  const notFound = await (await t.app.request(`/people/${crypto.randomUUID()}`)).text();
  for (const viewer of Object.keys(expected) as ViewerKind[]) {
    for (const target of targets) {
      const cookie = cookieFor(viewer, target);
      if (cookie === undefined) continue;
      const response = await t.app.request(`/people/${target.id}`, { headers: { cookie } });
      const html = await response.text();
      const want = expected[viewer][target.kind];
      assert.equal(sightIn(html, target), want, `${viewer} viewing ${target.kind}`);
      assert.equal(
        response.status,
        want === 'none' ? 404 : 200,
        `${viewer} viewing ${target.kind}`,
      );
      if (viewer === 'anonymous' && want === 'none') {
        assert.equal(html, notFound, 'hidden and missing answer with the same bytes');
      }
    }
  }
});

test('the directory name search: the same people, the same fields', async () => {
  for (const viewer of ['participant', 'self', 'staff', 'protected-staff'] as const) {
    for (const target of targets) {
      const cookie = cookieFor(viewer, target);
      if (cookie === undefined) continue;
      const form = await formPage(t, '/directory', cookie);
      const query =
        target.kind === 'protected' && viewer === 'staff' ? target.pseudonym : target.name;
      const response = await postForm(t, '/directory', form.cookie, {
        _csrf: form.token,
        name: query ?? '',
      });
      assert.equal(response.status, 200);
      const html = await response.text();
      const listed = html.includes(`/people/${target.id}"`);
      const want = expected[viewer][target.kind];
      assert.equal(listed, want !== 'none', `${viewer} searching for ${target.kind}`);
      assert.ok(!html.includes(target.email), `${viewer}: the directory never lists contacts`);
      if (want === 'pseudonym') assert.ok(!html.includes(target.name), 'no real name in results');
    }
  }
});

test('the staff export: the same people', async () => {
  for (const viewer of ['staff', 'protected-staff'] as const) {
    const csv = await (
      await t.app.request('/exports/people.csv', { headers: { cookie: cookies.get(viewer) ?? '' } })
    ).text();
    for (const target of targets) {
      const want = expected[viewer][target.kind];
      assert.equal(csv.includes(target.id), want !== 'none', `${viewer} exporting ${target.kind}`);
      if (want === 'pseudonym') assert.ok(!csv.includes(target.name));
    }
  }
});

test('the staff list search: the same people, by the name each viewer is shown', async () => {
  for (const viewer of ['participant', 'staff', 'protected-staff'] as const) {
    for (const target of targets) {
      const cookie = cookieFor(viewer, target) ?? '';
      const form = await formPage(t, '/directory', cookie);
      const query =
        target.kind === 'protected' && viewer === 'staff' ? target.pseudonym : target.name;
      const response = await postForm(t, '/people', form.cookie, {
        _csrf: form.token,
        query: query ?? '',
      });
      const html = await response.text();
      if (viewer === 'participant') {
        assert.equal(response.status, 404, 'the staff list is for staff');
        continue;
      }
      const want = expected[viewer][target.kind];
      assert.equal(
        html.includes(`/people/${target.id}"`),
        want !== 'none',
        `${viewer} listing ${target.kind}`,
      );
      assert.ok(
        !html.includes(target.email) && !html.includes(target.bio),
        'a list shows names only',
      );
      if (want === 'pseudonym') assert.ok(!html.includes(target.name), 'no real name in results');
    }
  }
});
