// Run by crash-recovery.test.ts as a process of its own: opens the database named on the command
// line, claims the one "hang" job with a short lease, reports the claim on stdout, and then hangs
// (the heartbeat keeps the process and the lease alive) until the test kills it with SIGKILL.
import { z } from 'zod';
import { type DatabaseTarget, openDatabase } from '../db/client.ts';
import { JobHandlers } from './handlers.ts';
import { startWorkers } from './worker.ts';

const [targetJson, leaseMs] = process.argv.slice(2);
if (!targetJson || !leaseMs)
  throw new Error('usage: crash-child.fixture.ts <target json> <lease ms>');
const database = await openDatabase(JSON.parse(targetJson) as DatabaseTarget);
const handlers = new JobHandlers().register('hang', z.object({}), async (_, { jobId }) => {
  process.stdout.write(`claimed ${jobId}\n`);
  await new Promise(() => {});
});
startWorkers({
  db: database.db,
  handlers,
  concurrency: 1,
  pollMs: 50,
  leaseMs: Number(leaseMs),
  workerId: 'doomed-child',
});
