// Kill a real sending process (SIGKILL) in the middle of a send, start it again, and count what
// the SMTP server received: every reader at least once, and at most one reader twice (the message
// SMTP may have accepted in the instant before its row was marked 'sent').
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { Database } from '../../core/db/client.ts';
import { createSharedTestDatabase, waitFor } from '../../core/jobs/testing.ts';
import { deliveries, newsletterIssues } from '../tables.ts';
import { startSend } from './start.ts';
import { addIssue, addSubscribers, startChoosySink } from './testing.ts';

const childScript = fileURLToPath(new URL('./crash-send.fixture.ts', import.meta.url));
const secret = 'a-crash-test-secret-that-is-long-enough-0123';
const encryptionKey = 'ab'.repeat(32);
const readers = 40;

test('a sender killed mid-send and restarted loses nothing and duplicates at most one', async (t) => {
  const shared = await createSharedTestDatabase();
  const sink = await startChoosySink();
  const dataDir = await mkdtemp(join(tmpdir(), 'tracktwo-crash-send-'));
  let database: Database | undefined = await shared.open();
  let child: ChildProcess | undefined;
  t.after(async () => {
    child?.kill('SIGKILL');
    await database?.close();
    await sink.close();
    await shared.dispose();
    await rm(dataDir, { recursive: true, force: true });
  });

  const key = Buffer.from(encryptionKey, 'hex');
  const issueId = await addIssue(database.db, 1, 3);
  await addSubscribers(database.db, key, readers, 'crash');
  const config = { encryptionKey: key, defaultLocale: 'en' as const };
  assert.equal(await startSend({ db: database.db, config }, issueId), readers);
  // PGlite allows one process per data folder: let go of it while the child holds it.
  if (shared.target.engine === 'pglite') {
    await database.close();
    database = undefined;
  }

  const spawnSender = () =>
    spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        childScript,
        JSON.stringify(shared.target),
        sink.url,
        issueId,
        '25',
        dataDir,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, CRASH_SECRET: secret, CRASH_ENCRYPTION_KEY: encryptionKey },
      },
    );
  child = spawnSender();
  let errors = '';
  child.stderr?.on('data', (chunk) => {
    errors += String(chunk);
  });
  await waitFor(
    `the first sender to deliver some messages\n${errors}`,
    async () => (sink.received.length >= 10 ? true : undefined),
    60_000,
  );
  // Somewhere within one message's time (40 ms at 25 per second), not at a chosen step.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
  child.kill('SIGKILL');
  await once(child, 'exit');
  const beforeRestart = sink.received.length;
  assert.ok(beforeRestart < readers, 'the kill came before the send was over');

  child = spawnSender();
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    errors += String(chunk);
  });
  const [code] = await once(child, 'exit');
  assert.equal(code, 0, errors);
  assert.match(output, /done/);
  child = undefined;

  const perReader = new Map<string, number>();
  for (const mail of sink.received) {
    assert.equal(mail.to.length, 1);
    const address = mail.to[0] as string;
    perReader.set(address, (perReader.get(address) ?? 0) + 1);
  }
  assert.equal(perReader.size, readers, 'every reader got the issue');
  const twice = [...perReader.values()].filter((count) => count > 1);
  assert.ok(twice.length <= 1 && twice.every((count) => count === 2), `duplicates: ${twice}`);

  database ??= await shared.open();
  const rows = await database.db
    .select({ state: deliveries.state })
    .from(deliveries)
    .where(eq(deliveries.issueId, issueId));
  assert.deepEqual(new Set(rows.map((row) => row.state)), new Set(['sent']));
  const [issue] = await database.db
    .select({ status: newsletterIssues.status })
    .from(newsletterIssues)
    .where(eq(newsletterIssues.id, issueId));
  assert.equal(issue?.status, 'sent');
});
