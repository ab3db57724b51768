// The real `tracktwo admin create`, run as a person would, against the engine the suite runs on
// (a PGlite data folder, or a fresh database on the server with TEST_DB=postgres); then the
// printed link is followed in an app over the same database, to show that it signs in.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { sessionCookie } from '../accounts/testing.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../core/config.ts';
import { openDatabase, pgliteFolder } from '../core/db/client.ts';
import { createServerDatabase, testEngine } from '../core/db/testing.ts';
import { createLogger } from '../core/log.ts';
import { createDeps } from '../deps.ts';
import { runTracktwo } from './testing.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'tracktwo-cli-admin-'));
let server: { url: string; drop(): Promise<void> } | undefined;

function environment(): Record<string, string> {
  return { TRACKTWO_DATA: dataDir, DATABASE_URL: server?.url ?? '', LOG_LEVEL: 'warn' };
}

function tracktwo(...args: string[]) {
  return runTracktwo(args, environment());
}

before(async () => {
  if (testEngine === 'postgres') server = await createServerDatabase();
});

after(async () => {
  await server?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a malformed address is refused with exit code 2, before any database is touched', async () => {
  const run = await tracktwo('admin', 'create', 'not-an-address');
  assert.equal(run.code, 2);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /not an e-mail address/);
});

test('admin create makes an administrator and prints a link that signs in', async () => {
  const run = await tracktwo('admin', 'create', 'x@example.org');
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^Administrator created\.\n/);
  assert.match(run.stdout, /The same link is in the outbox, at \/admin\/outbox\.\n$/);
  const link = /(http:\/\/localhost:3000\/api\/auth\/magic-link\/verify\?\S+)/.exec(
    run.stdout,
  )?.[1];
  assert.ok(link, run.stdout);

  const rerun = await tracktwo('admin', 'create', 'X@Example.org');
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.match(rerun.stdout, /^The account exists already; it has the administrator role\.\n/);

  // The first link still works: asking for another one does not spend it.
  const config = loadConfig(environment());
  const database = server
    ? await openDatabase({ engine: 'postgres', url: server.url, poolSize: 2 })
    : await openDatabase({ engine: 'pglite', dataDir: pgliteFolder(dataDir) });
  const deps = await createDeps(config, database, createLogger({ logLevel: 'silent' }));
  try {
    const app = buildApp(deps);
    const cookie = sessionCookie(await app.request(link));
    assert.ok(cookie, 'the printed link signs in');
    // The link signs in; staff powers then wait for the second factor's enrolment.
    const admin = await app.request('/admin', { headers: { cookie } });
    assert.equal(admin.status, 303);
    assert.equal(admin.headers.get('location'), '/account/security/enrol?next=%2Fadmin');
  } finally {
    await deps.mailer.close();
    await database.close();
  }
});
