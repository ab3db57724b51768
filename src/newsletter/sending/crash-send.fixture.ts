// Run by crash.test.ts as a process of its own: opens the database named on the command line and
// sends the issue through the real SMTP mailer, one message at a time at a slow rate, until no row
// is left; prints "done" and exits. The test kills it with SIGKILL somewhere in the middle.
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../core/config.ts';
import { type DatabaseTarget, openDatabase } from '../../core/db/client.ts';
import { createMailer } from '../../core/mail/transports.ts';
import { createIssueSender } from './sender.ts';

const [targetJson, smtpUrl, issueId, rate, dataDir] = process.argv.slice(2);
if (!targetJson || !smtpUrl || !issueId || !rate || !dataDir) {
  throw new Error(
    'usage: crash-send.fixture.ts <target json> <smtp url> <issue> <rate> <data dir>',
  );
}
const config = loadConfig({
  TRACKTWO_DATA: dataDir,
  SECRET: process.env.CRASH_SECRET,
  ENCRYPTION_KEY: process.env.CRASH_ENCRYPTION_KEY,
  SMTP_URL: smtpUrl,
  MAIL_FROM: 'Track Two <office@tracktwo.test>',
  LOG_LEVEL: 'silent',
});
const database = await openDatabase(JSON.parse(targetJson) as DatabaseTarget);
const mailer = createMailer({ mail: config.mail, db: database.db });
// A short lease, so that the restarted sender takes back the row the killed one held.
const sender = createIssueSender(
  { db: database.db, config, mailer },
  { ratePerSecond: Number(rate), concurrency: 1, leaseMs: 1000 },
);
for (;;) {
  const outcome = await sender.sendDue(issueId);
  if (outcome === 'done' || outcome === 'paused') break;
  await sleep(Math.max(0, outcome.getTime() - Date.now()) + 20);
}
await mailer.close();
await database.close();
process.stdout.write('done\n');
