// A send over a real loopback SMTP server, on both engines: one recipient per message, the
// RFC 8058 headers signed by DKIM, the VERP return path, base64 bodies, pause and resume,
// starting twice, temporary failures retried and permanent ones final.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { runJobs } from '../../accounts/testing.ts';
import { buildTestApp, type TestApp } from '../../core/web/testing.ts';
import { deliveries, newsletterIssues, subscribers } from '../tables.ts';
import { deliveryCounts } from './delivery-rows.ts';
import { createIssueSender, type IssueSender } from './sender.ts';
import { pauseSend, resumeSend, startSend } from './start.ts';
import { addIssue, addSubscribers, type ChoosySink, startChoosySink } from './testing.ts';
import { parseBounceAddress } from './verp.ts';

describe('sending an issue', () => {
  let testApp: TestApp;
  let sink: ChoosySink;
  let sender: IssueSender;

  before(async () => {
    sink = await startChoosySink();
    const keyFile = join(mkdtempSync(join(tmpdir(), 'dkim-')), 'key.pem');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    testApp = await buildTestApp({
      env: {
        SMTP_URL: sink.url,
        MAIL_FROM: 'Track Two <office@tracktwo.test>',
        DKIM_DOMAIN: 'tracktwo.test',
        DKIM_SELECTOR: 'news',
        DKIM_PRIVATE_KEY_FILE: keyFile,
      },
    });
    sender = createIssueSender(testApp.deps, {
      ratePerSecond: 500,
      concurrency: 3,
      retryBaseMs: 1,
    });
  });
  // Every active subscriber gets every issue: earlier tests' readers step aside.
  beforeEach(async () => {
    await testApp.deps.db.update(subscribers).set({ status: 'unsubscribed' });
  });
  after(async () => {
    await testApp?.close();
    await sink?.close();
  });

  test('each reader gets one message of their own, signed, with a VERP return path', async () => {
    const { db, config } = testApp.deps;
    const issueId = await addIssue(db, 1, 5);
    await addSubscribers(db, config.encryptionKey, 4, 'one');
    assert.equal(await startSend(testApp.deps, issueId), 4);
    assert.equal(await startSend(testApp.deps, issueId), 4, 'starting again adds no row');
    assert.equal(await sender.sendDue(issueId), 'done');

    const [issue] = await db
      .select()
      .from(newsletterIssues)
      .where(eq(newsletterIssues.id, issueId));
    assert.equal(issue?.status, 'sent');
    const rows = await db.select().from(deliveries).where(eq(deliveries.issueId, issueId));
    assert.deepEqual(
      rows.map((row) => row.state),
      ['sent', 'sent', 'sent', 'sent'],
    );
    const mine = sink.received.filter((mail) => mail.to[0]?.startsWith('one'));
    assert.equal(mine.length, 4);
    for (const mail of mine) {
      assert.equal(mail.to.length, 1);
      const deliveryId = parseBounceAddress(config, mail.from);
      assert.ok(deliveryId, 'the envelope sender is a VERP address');
      const row = rows.find((candidate) => candidate.id === deliveryId);
      assert.ok(row?.messageId);
      const parsed = await simpleParser(mail.raw);
      assert.equal(parsed.to && 'value' in parsed.to ? parsed.to.value.length : 0, 1);
      assert.equal(
        parsed.to && 'value' in parsed.to ? parsed.to.value[0]?.address : '',
        mail.to[0],
      );
      const header = (name: string) =>
        parsed.headerLines.find((line) => line.key === name)?.line ?? '';
      assert.match(
        header('list-unsubscribe'),
        /<https?:\/\/[^>]+\/newsletter\/unsubscribe\/[^>]+>/,
      );
      assert.match(header('list-unsubscribe-post'), /List-Unsubscribe=One-Click$/);
      assert.match(parsed.replyTo?.text ?? '', /^reply\+/);
      const raw = mail.raw.toString('latin1');
      assert.doesNotMatch(raw, /quoted-printable/i);
      assert.match(raw, /Content-Transfer-Encoding: base64/i);
      const signature = raw.match(/^DKIM-Signature:(.*(?:\r\n[ \t].*)*)/im)?.[1] ?? '';
      const signed = (
        signature.replace(/\s+/g, '').match(/(?:^|;)h=([^;]+)/)?.[1] ?? ''
      ).toLowerCase();
      assert.ok(signed.split(':').includes('list-unsubscribe'), signed);
      assert.ok(signed.split(':').includes('list-unsubscribe-post'), signed);
      assert.ok(parsed.html && /Материал/.test(parsed.html));
    }
  });

  test('a paused send stops claiming and resumes where it stopped', async () => {
    const { db, config } = testApp.deps;
    const issueId = await addIssue(db, 2, 3);
    await addSubscribers(db, config.encryptionKey, 3, 'two');
    await startSend(testApp.deps, issueId);
    assert.equal(await pauseSend(db, issueId), true);
    assert.equal(await sender.sendDue(issueId), 'paused');
    assert.equal((await deliveryCounts(db, issueId)).queued, 3);
    assert.equal(await resumeSend(db, issueId), true);
    assert.equal(await sender.sendDue(issueId), 'done');
    assert.equal((await deliveryCounts(db, issueId)).sent, 3);
  });

  test('4xx is deferred and retried, 5xx fails, the unsubscribed are skipped', async () => {
    const { db, config } = testApp.deps;
    const issueId = await addIssue(db, 3, 3);
    await addSubscribers(db, config.encryptionKey, 1, 'later');
    await addSubscribers(db, config.encryptionKey, 1, 'never');
    const [gone] = await addSubscribers(db, config.encryptionKey, 1, 'gone');
    await startSend(testApp.deps, issueId);
    await db
      .update(subscribers)
      .set({ status: 'unsubscribed' })
      .where(eq(subscribers.id, gone as string));

    const patient = createIssueSender(testApp.deps, {
      ratePerSecond: 500,
      concurrency: 3,
      retryBaseMs: 200,
    });
    const first = await patient.sendDue(issueId);
    assert.ok(first instanceof Date, 'a deferred row is due later');
    let counts = await deliveryCounts(db, issueId);
    assert.deepEqual([counts.deferred, counts.failed, counts.skipped], [1, 1, 1]);
    await new Promise((resolve) => setTimeout(resolve, first.getTime() - Date.now() + 50));
    assert.equal(await patient.sendDue(issueId), 'done');
    counts = await deliveryCounts(db, issueId);
    assert.deepEqual([counts.sent, counts.failed, counts.skipped], [1, 1, 1]);
    const [failed] = await db
      .select()
      .from(deliveries)
      .where(and(eq(deliveries.issueId, issueId), eq(deliveries.state, 'failed')));
    assert.equal(failed?.lastError, 'smtp 550');
  });

  test('the send job works the rows and marks the issue sent', async () => {
    const { db, config } = testApp.deps;
    const issueId = await addIssue(db, 4, 2);
    await addSubscribers(db, config.encryptionKey, 2, 'jobs');
    await startSend(testApp.deps, issueId);
    await runJobs(testApp);
    assert.equal((await deliveryCounts(db, issueId)).sent, 2);
    const [issue] = await db
      .select()
      .from(newsletterIssues)
      .where(eq(newsletterIssues.id, issueId));
    assert.equal(issue?.status, 'sent');
  });
});
