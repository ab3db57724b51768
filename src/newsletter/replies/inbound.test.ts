// Replies, bounces and complaints as they arrive: sent with nodemailer to the real inbound SMTP
// listener, dispatched to the newsletter's handlers, and checked in the database.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { Database } from '../../core/db/client.ts';
import { openTestDatabase } from '../../core/db/testing.ts';
import { type InboundServer, startInboundServer } from '../../core/mail/inbound.ts';
import { InboundHandlers } from '../../core/mail/inbound-handlers.ts';
import { inboundMessages } from '../../core/mail/tables.ts';
import { people } from '../../people/tables.ts';
import { bounceAddress } from '../sending/verp.ts';
import {
  bounces,
  deliveries,
  newsletterIssues,
  replyMessages,
  replyThreads,
  subscribers,
} from '../tables.ts';
import { registerNewsletterInbound } from './register-inbound.ts';
import { replyAddress } from './reply-address.ts';

const config = {
  secret: 's'.repeat(64),
  mail: { from: 'Track Two <office@tracktwo.test>' },
} as Parameters<typeof replyAddress>[0];

describe('newsletter replies and bounces through the inbound listener', () => {
  let database: Database;
  let server: InboundServer;
  let issueId: string;
  const handlers = new InboundHandlers();
  registerNewsletterInbound({ config, handlers: { inbound: handlers } });

  async function reader(name: string) {
    const [person] = await database.db
      .insert(people)
      .values({ displayName: name })
      .returning({ id: people.id });
    assert.ok(person);
    const [subscriber] = await database.db
      .insert(subscribers)
      .values({ personId: person.id, status: 'active' })
      .returning({ id: subscribers.id });
    assert.ok(subscriber);
    const [delivery] = await database.db
      .insert(deliveries)
      .values({ issueId, subscriberId: subscriber.id, state: 'sent' })
      .returning({ id: deliveries.id });
    assert.ok(delivery);
    return { personId: person.id, subscriberId: subscriber.id, deliveryId: delivery.id };
  }

  async function deliver(options: SendMailOptions) {
    const client = nodemailer.createTransport({ host: '127.0.0.1', port: server.port });
    const info = await client.sendMail(options);
    const id = /kept as ([0-9a-f-]{36})/.exec(info.response)?.[1];
    assert.ok(id, info.response);
    for (let attempt = 0; attempt < 100; attempt++) {
      const [row] = await database.db
        .select()
        .from(inboundMessages)
        .where(eq(inboundMessages.id, id));
      if (row && row.state !== 'received') return row;
      await sleep(20);
    }
    assert.fail('the message was never dispatched');
  }

  async function subscriberOf(subscriberId: string) {
    const [row] = await database.db
      .select()
      .from(subscribers)
      .where(eq(subscribers.id, subscriberId));
    assert.ok(row);
    return row;
  }

  async function deliveryOf(deliveryId: number) {
    const [row] = await database.db.select().from(deliveries).where(eq(deliveries.id, deliveryId));
    assert.ok(row);
    return row;
  }

  /** A DSN as a receiving server writes it, bounced to the VERP address of the delivery. */
  function dsn(deliveryId: number, action: 'failed' | 'delayed', status: string): SendMailOptions {
    const verp = bounceAddress(config, deliveryId);
    return {
      envelope: { from: '', to: [verp] },
      raw: [
        'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
        `To: ${verp}`,
        'Subject: Undelivered Mail Returned to Sender',
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"',
        '',
        '--dsn',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Your message could not be delivered.',
        '--dsn',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mx.example.net',
        '',
        'Final-Recipient: rfc822; reader@example.net',
        `Action: ${action}`,
        `Status: ${status}`,
        '--dsn',
        'Content-Type: text/rfc822-headers',
        '',
        `Return-Path: <${verp}>`,
        'Subject: Weekly resources No. 1',
        '--dsn--',
        '',
      ].join('\r\n'),
    };
  }

  before(async () => {
    database = await openTestDatabase();
    const [issue] = await database.db
      .insert(newsletterIssues)
      .values({ number: 1, title: 'Weekly resources No. 1', status: 'sent' })
      .returning({ id: newsletterIssues.id });
    assert.ok(issue);
    issueId = issue.id;
    server = await startInboundServer({
      host: '127.0.0.1',
      port: 0,
      db: database.db,
      handlers,
    });
  });
  after(async () => {
    await server.close();
    await database.close();
  });

  test('replies lose their quotes and tracking, keep attachments, and share one thread', async () => {
    const { personId, subscriberId } = await reader('Olena');
    const to = replyAddress(config, issueId, subscriberId);
    const first = await deliver({
      from: 'olena@example.net',
      to,
      subject: 'Re: Weekly resources No. 1',
      text: [
        'Thank you! Our group is writing about the Zaporizhzhia plant:',
        'https://example.net/report?id=7&utm_source=newsletter [image: logo]',
        '',
        'On Mon, 3 Jun 2024 at 09:00, Track Two <office@tracktwo.test> wrote:',
        '> This week: reading on nuclear safety.',
        '> Unsubscribe: https://tracktwo.test/u/abc',
      ].join('\n'),
      attachments: [{ filename: 'draft.pdf', content: Buffer.alloc(2048, 1) }],
    });
    assert.equal(first.state, 'handled');
    assert.equal(first.handler, 'newsletter-replies');

    const second = await deliver({
      from: 'olena@example.net',
      to,
      subject: 'Re: Weekly resources No. 1',
      text: [
        'Ещё одна новость: встреча переносится на четверг.',
        '',
        '-- ',
        'Олена, Киев',
        '',
        'пн, 3 июн. 2024 г. в 09:00, Track Two <office@tracktwo.test>:',
        'Track Two пишет:',
        '> Неделя чтения.',
      ].join('\n'),
    });
    assert.equal(second.state, 'handled');

    const threads = await database.db
      .select()
      .from(replyThreads)
      .where(eq(replyThreads.personId, personId));
    assert.equal(threads.length, 1);
    assert.equal(threads[0]?.issueId, issueId);
    const messages = await database.db
      .select()
      .from(replyMessages)
      .where(eq(replyMessages.threadId, threads[0]?.id ?? ''))
      .orderBy(replyMessages.id);
    assert.deepEqual(
      messages.map((message) => [message.direction, message.body, message.inboundId]),
      [
        [
          'in',
          'Thank you! Our group is writing about the Zaporizhzhia plant:\nhttps://example.net/report?id=7',
          first.id,
        ],
        ['in', 'Ещё одна новость: встреча переносится на четверг.', second.id],
      ],
    );
    assert.deepEqual(messages[0]?.attachments, [
      { filename: 'draft.pdf', contentType: 'application/pdf', size: 2048 },
    ]);
  });

  test('a Russian "пишет:" quote and an HTML-only reply with a pixel are cleaned', async () => {
    const { subscriberId } = await reader('Arkady');
    const to = replyAddress(config, issueId, subscriberId);
    await deliver({
      from: 'arkady@example.net',
      to,
      subject: 'Re: No. 1',
      html: '<p>Спасибо за подборку.</p><img src="https://track.example.com/p.gif" width="1"><blockquote>Старый текст</blockquote>',
    });
    await deliver({
      from: 'arkady@example.net',
      to,
      subject: 'Re: No. 1',
      text: 'Согласен.\n\n3 июня 2024 г., в 9:00, Track Two\n<office@tracktwo.test> пишет:\n> Неделя чтения.',
    });
    const rows = await database.db
      .select({ body: replyMessages.body })
      .from(replyMessages)
      .innerJoin(replyThreads, eq(replyThreads.id, replyMessages.threadId))
      .innerJoin(subscribers, eq(subscribers.personId, replyThreads.personId))
      .where(eq(subscribers.id, subscriberId))
      .orderBy(replyMessages.id);
    assert.deepEqual(
      rows.map((row) => row.body),
      ['Спасибо за подборку.', 'Согласен.'],
    );
  });

  test('a tampered reply token is left unhandled, with no thread', async () => {
    const { subscriberId } = await reader('Miriam');
    const good = replyAddress(config, issueId, subscriberId);
    const local = good.slice(0, good.indexOf('@'));
    const tampered = `${local.slice(0, -1)}${local.endsWith('0') ? '1' : '0'}@tracktwo.test`;
    const before = await database.db.select().from(replyMessages);
    const row = await deliver({ from: 'someone@example.net', to: tampered, text: 'Hello' });
    assert.equal(row.state, 'unhandled');
    assert.deepEqual(await database.db.select().from(replyMessages), before);
  });

  test('a hard bounce marks the delivery bounced and suspends the subscriber', async () => {
    const { subscriberId, deliveryId } = await reader('Hard');
    const row = await deliver(dsn(deliveryId, 'failed', '5.1.1'));
    assert.equal(row.state, 'handled');
    assert.equal(row.handler, 'newsletter-bounces');
    assert.equal((await deliveryOf(deliveryId)).state, 'bounced');
    assert.equal((await subscriberOf(subscriberId)).status, 'suspended');
    const [recorded] = await database.db
      .select()
      .from(bounces)
      .where(eq(bounces.inboundId, row.id));
    assert.deepEqual(
      [recorded?.kind, recorded?.detail, recorded?.deliveryId],
      ['hard', '5.1.1', deliveryId],
    );
  });

  test('a soft bounce defers the delivery and counts; the fifth suspends', async () => {
    const { subscriberId, deliveryId } = await reader('Soft');
    await deliver(dsn(deliveryId, 'delayed', '4.2.2'));
    const deferred = await deliveryOf(deliveryId);
    assert.equal(deferred.state, 'deferred');
    assert.ok(deferred.nextAttemptAt && deferred.nextAttemptAt > new Date());
    const counted = await subscriberOf(subscriberId);
    assert.deepEqual([counted.status, counted.softBounces], ['active', 1]);
    for (let bounce = 2; bounce <= 5; bounce++) await deliver(dsn(deliveryId, 'delayed', '4.2.2'));
    const suspended = await subscriberOf(subscriberId);
    assert.deepEqual([suspended.status, suspended.softBounces], ['suspended', 5]);
  });

  test('a complaint (ARF) unsubscribes and is recorded', async () => {
    const { subscriberId, deliveryId } = await reader('Complainer');
    const verp = bounceAddress(config, deliveryId);
    const row = await deliver({
      envelope: { from: 'fbl@isp.example', to: ['abuse-reports@tracktwo.test'] },
      raw: [
        'From: fbl@isp.example',
        'To: abuse-reports@tracktwo.test',
        'Subject: Abuse report',
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=feedback-report; boundary="arf"',
        '',
        '--arf',
        'Content-Type: text/plain',
        '',
        'This is an e-mail abuse report.',
        '--arf',
        'Content-Type: message/feedback-report',
        '',
        'Feedback-Type: abuse',
        'User-Agent: ISP-FBL/1.0',
        'Version: 1',
        '--arf',
        'Content-Type: message/rfc822',
        '',
        `Return-Path: <${verp}>`,
        'From: Track Two <office@tracktwo.test>',
        'Subject: Weekly resources No. 1',
        '',
        'The issue.',
        '--arf--',
        '',
      ].join('\r\n'),
    });
    assert.equal(row.handler, 'newsletter-bounces');
    assert.equal((await subscriberOf(subscriberId)).status, 'unsubscribed');
    const [recorded] = await database.db
      .select()
      .from(bounces)
      .where(eq(bounces.inboundId, row.id));
    assert.deepEqual(
      [recorded?.kind, recorded?.detail, recorded?.deliveryId],
      ['complaint', 'abuse', deliveryId],
    );
  });

  test('a bounce for an unknown delivery is recorded as unmatched and changes nothing', async () => {
    const { deliveryId } = await reader('Bystander');
    const subscribersBefore = await database.db.select().from(subscribers);
    const deliveriesBefore = await database.db.select().from(deliveries);
    const unknown = await deliver(dsn(deliveryId + 1000, 'failed', '5.1.1'));
    // Forged: a real delivery's number with a made-up MAC.
    const forged = await deliver({
      envelope: { from: '', to: [`bounces+${deliveryId}-aaaaaaaaaa@tracktwo.test`] },
      raw: 'From: MAILER-DAEMON@mx.example.net\r\nSubject: failure\r\n\r\nStatus: 5.1.1\r\n',
    });
    for (const row of [unknown, forged]) {
      assert.equal(row.state, 'handled');
      const [recorded] = await database.db
        .select()
        .from(bounces)
        .where(eq(bounces.inboundId, row.id));
      assert.deepEqual([recorded?.kind, recorded?.deliveryId], ['hard', null]);
    }
    assert.deepEqual(await database.db.select().from(subscribers), subscribersBefore);
    assert.deepEqual(await database.db.select().from(deliveries), deliveriesBefore);
  });

  test('a malformed message does not stop the listener', async () => {
    const junk = await deliver({
      envelope: { from: '', to: ['bounces+x@tracktwo.test'] },
      raw: 'Content-Type: multipart/report; boundary="\r\n\r\n--\u0000\u0001 nothing here',
    });
    assert.notEqual(junk.state, 'received');
    const { subscriberId } = await reader('After');
    const after = await deliver({
      from: 'after@example.net',
      to: replyAddress(config, issueId, subscriberId),
      text: 'Still listening?',
    });
    assert.equal(after.state, 'handled');
  });
});
