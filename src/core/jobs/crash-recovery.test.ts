import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { JobHandlers } from './handlers.ts';
import { createJobQueue } from './queue.ts';
import { createSharedTestDatabase, jobRow, onlyJobId, waitForState } from './testing.ts';
import { startWorkers, type Workers } from './worker.ts';

const childScript = fileURLToPath(new URL('./crash-child.fixture.ts', import.meta.url));

/** Resolves with the job id once the child reports its claim; rejects if it exits first. */
async function claimedBy(child: ChildProcess, timeoutMs: number): Promise<number> {
  let output = '';
  let errors = '';
  child.stderr?.on('data', (chunk) => {
    errors += String(chunk);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the child did not claim in time\n${errors}`)),
      timeoutMs,
    );
    child.stdout?.on('data', (chunk) => {
      output += String(chunk);
      const match = /claimed (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the child exited with ${code} before claiming\n${errors}`));
    });
  });
}

test('a job whose process was killed is claimed again after its lease and completed', async (t) => {
  const shared = await createSharedTestDatabase();
  let database: Database | undefined = await shared.open();
  let child: ChildProcess | undefined;
  let workers: Workers | undefined;
  // One hook, so that things close in order: node:test runs hooks first-registered first.
  t.after(async () => {
    child?.kill('SIGKILL');
    await workers?.stop();
    await database?.close();
    await shared.dispose();
  });

  await createJobQueue(database.db).enqueue('hang', {});
  const id = await onlyJobId(database.db, 'hang');
  // PGlite allows one process per data folder: let go of it while the child holds it.
  if (shared.target.engine === 'pglite') {
    await database.close();
    database = undefined;
  }

  child = spawn(
    process.execPath,
    ['--import', 'tsx', childScript, JSON.stringify(shared.target), '600'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  assert.equal(await claimedBy(child, 30_000), id);
  child.kill('SIGKILL');
  await once(child, 'exit');

  database ??= await shared.open();
  const abandoned = await jobRow(database.db, id);
  assert.deepEqual(
    [abandoned.state, abandoned.attempts, abandoned.lockedBy],
    ['running', 1, 'doomed-child'],
  );

  let reruns = 0;
  const handlers = new JobHandlers().register('hang', z.object({}), async () => {
    reruns += 1;
  });
  workers = startWorkers({
    db: database.db,
    handlers,
    concurrency: 1,
    pollMs: 50,
    leaseMs: 600,
  });
  const row = await waitForState(database.db, id, 'succeeded', 15_000);
  await workers.stop();
  assert.equal(reruns, 1);
  assert.equal(row.attempts, 2);
});
