// {"bench":"send","messages":10000,"msg_per_s":…,"rss_mb":…,"bytes_per_msg":…}: a send of one
// issue (about 30 KB of HTML, Cyrillic text) to 10,000 readers, each message personalized, through
// the real sender and nodemailer's SMTP pool to a loopback SMTP sink in another process (so the
// sink's memory is not counted). rss_mb is the sender process's peak. Targets: ≥ 500 msg/s,
// ≤ 150 MB, bytes_per_msg ≤ 1.4 × the HTML. With DATABASE_URL set it sends from PostgreSQL;
// otherwise from the embedded PGlite, whose own memory counts in rss_mb.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { max, sql } from 'drizzle-orm';
import { openConfiguredDatabase, readConfig } from '../src/cli/context.ts';
import { createMailer } from '../src/core/mail/transports.ts';
import { personalize, prepareIssue } from '../src/newsletter/issues/render.ts';
import { createIssueSender } from '../src/newsletter/sending/sender.ts';
import { startSend } from '../src/newsletter/sending/start.ts';
import { addIssue, startChoosySink } from '../src/newsletter/sending/testing.ts';
import { newsletterIssues } from '../src/newsletter/tables.ts';

const messages = Number(process.env.MESSAGES ?? 10_000);
// Marks the benchmark's readers, so demo subscribers are not part of the send.
const benchLanguage = 'x-bench';

if (process.argv[2] === '--sink') {
  let count = 0;
  let bytes = 0;
  const sink = await startChoosySink({
    keep: false,
    onMessage(mail) {
      count += 1;
      bytes += mail.raw.length;
      if (count % 1000 === 0) process.stdout.write(`${count} ${bytes}\n`);
    },
  });
  process.stdout.write(`${sink.url}\n`);
} else {
  await runBenchmark();
}

async function startSinkProcess() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--sink'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  const [url] = (await once(lines, 'line')) as [string];
  let received = { count: 0, bytes: 0 };
  lines.on('line', (line) => {
    const [count, bytes] = line.split(' ').map(Number);
    received = { count: count ?? 0, bytes: bytes ?? 0 };
  });
  return { url, child, received: () => received };
}

async function runBenchmark() {
  const sink = await startSinkProcess();
  const config = readConfig();
  const sending = {
    ...config,
    mail: { ...config.mail, smtpUrl: sink.url, poolSize: 8 },
  };
  const database = await openConfiguredDatabase(config);
  await database.migrate();
  const { db } = database;
  try {
    const [highest] = await db
      .select({ number: max(newsletterIssues.number) })
      .from(newsletterIssues);
    const issueId = await addIssue(db, (highest?.number ?? 0) + 1, 24);
    await db
      .update(newsletterIssues)
      .set({ segment: { countries: [], programIds: [], languages: [benchLanguage] } })
      .where(sql`${newsletterIssues.id} = ${issueId}`);
    await addBenchReaders(db);
    const prepared = await prepareIssue(db, issueId, { publicUrl: config.publicUrl, locale: 'ru' });
    const sample = personalize(prepared, {
      greetingName: 'Читатель 1',
      variant: 'standard',
      unsubscribeUrl: `${config.publicUrl}/newsletter/unsubscribe/sample`,
      preferencesUrl: `${config.publicUrl}/newsletter/preferences/sample`,
      webVersionUrl: null,
      tracking: null,
    });
    const htmlBytes = Buffer.byteLength(sample.html);
    const textBytes = Buffer.byteLength(sample.text);

    const queued = await startSend({ db, config }, issueId);
    if (queued !== messages) throw new Error(`expected ${messages} recipients, found ${queued}`);
    const mailer = createMailer({ mail: sending.mail, db });
    const sender = createIssueSender(
      { db, config: sending, mailer },
      { ratePerSecond: 100_000, concurrency: 8 },
    );
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 50);
    const started = performance.now();
    const outcome = await sender.sendDue(issueId);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    await mailer.close();
    if (outcome !== 'done') throw new Error(`the send did not finish: ${String(outcome)}`);
    while (sink.received().count < messages) await new Promise((r) => setTimeout(r, 50));
    const bytesPerMessage = Math.round(sink.received().bytes / messages);
    process.stdout.write(
      `${JSON.stringify({
        bench: 'send',
        messages,
        msg_per_s: Math.round(messages / seconds),
        rss_mb: Math.round(peakRss / 1024 / 1024),
        bytes_per_msg: bytesPerMessage,
        html_bytes: htmlBytes,
        text_bytes: textBytes,
        wire_to_html: Number((bytesPerMessage / htmlBytes).toFixed(2)),
        engine: database.engine,
      })}\n`,
    );
  } finally {
    sink.child.kill();
    await database.close();
  }
}

/** 10,000 public people with an address and an active subscription, in a few statements. */
async function addBenchReaders(db: Parameters<typeof addIssue>[0]) {
  await db.execute(sql`
    with made as (
      insert into people (display_name, languages, tier)
      select 'Читатель ' || n, ${JSON.stringify(['ru', benchLanguage])}::jsonb, 'public'
      from generate_series(1, ${messages}) n
      returning id, display_name
    ), mailed as (
      insert into contact_channels (person_id, kind, value)
      select id, 'email', 'reader' || substr(display_name, 10) || '@bench.example.org' from made
    )
    insert into newsletter_subscribers (person_id, status)
    select id, 'active' from made`);
}
