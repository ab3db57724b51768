// The embedded outbox: what it stores, and the reads behind /admin/outbox.
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../db/testing.ts';
import type { OutgoingMessage } from './mailer.ts';
import { listOutbox, readOutboxMessage } from './outbox-queries.ts';
import { outbox } from './tables.ts';
import { startSmtpSink } from './testing.ts';
import { createMailer } from './transports.ts';

const { privateKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});

function mailConfig(smtpUrl: string | undefined): Config['mail'] {
  return {
    smtpUrl,
    poolSize: 2,
    from: 'Track Two <office@tracktwo.test>',
    dkim: { domainName: 'tracktwo.test', keySelector: 'outbox', privateKey },
    inbound: undefined,
  };
}

const invitation: OutgoingMessage = {
  to: 'Mariam <mariam@example.org>',
  subject: 'Приглашение: встреча в апреле',
  text: 'Дорогие друзья, мы снова собираемся в апреле.',
  html: '<p>Дорогие друзья, мы снова собираемся <b>в апреле</b>.</p>',
  replyTo: 'coordinators@tracktwo.test',
  returnPath: 'bounce+17@tracktwo.test',
  headers: { 'List-Unsubscribe': '<https://tracktwo.test/unsubscribe>' },
  attachments: [{ filename: 'agenda.txt', content: Buffer.from('Day one: arrival.\n') }],
};

// What differs between two compositions of one message: the date, the ids, the MIME boundaries
// and therefore the signature.
function normalized(raw: Buffer): string {
  return raw
    .toString('latin1')
    .replace(/^DKIM-Signature:.*\r\n(?:[ \t].*\r\n)*/m, 'DKIM-Signature: (signature)\r\n')
    .replace(/^Date: .*$/m, 'Date: (date)')
    .replace(/^Message-ID: .*$/m, 'Message-ID: (id)')
    .replace(/--_NmP-[\w-]+/g, '(boundary)');
}

describe('outbox transport and queries', () => {
  let database: Database;

  before(async () => {
    database = await openTestDatabase();
  });
  after(async () => {
    await database.close();
  });

  test('stores a signed message that parses back to what was sent', async () => {
    const mailer = createMailer({ mail: mailConfig(undefined), db: database.db });
    assert.equal(mailer.transport, 'outbox');
    const sent = await mailer.send(invitation);
    await mailer.close();
    const [row] = await database.db
      .select()
      .from(outbox)
      .where(eq(outbox.messageId, sent.messageId));
    assert.ok(row);
    assert.equal(row.sender, 'bounce+17@tracktwo.test');
    assert.deepEqual(row.recipients, ['mariam@example.org']);
    assert.equal(row.subject, invitation.subject);
    const parsed = await simpleParser(row.raw);
    assert.equal(parsed.subject, invitation.subject);
    assert.equal(parsed.text?.trim(), invitation.text);
    assert.equal(parsed.html, invitation.html);
    assert.deepEqual(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value : undefined, [
      { name: 'Mariam', address: 'mariam@example.org' },
    ]);
    assert.equal(parsed.attachments[0]?.content.toString(), 'Day one: arrival.\n');
    assert.match(row.raw.toString('latin1'), /^DKIM-Signature: .*d=tracktwo\.test/m);
  });

  test('keeps exactly the message that SMTP would have carried', async () => {
    const sink = await startSmtpSink();
    const smtp = createMailer({ mail: mailConfig(sink.url), db: database.db });
    await smtp.send(invitation);
    await smtp.close();
    await sink.close();
    const stored = createMailer({ mail: mailConfig(undefined), db: database.db });
    const sent = await stored.send(invitation);
    await stored.close();
    const [row] = await database.db
      .select()
      .from(outbox)
      .where(eq(outbox.messageId, sent.messageId));
    const [delivered] = sink.received;
    assert.ok(row && delivered);
    assert.equal(normalized(row.raw), normalized(delivered.raw));
    assert.deepEqual(delivered.envelope, { from: row.sender, to: row.recipients });
  });

  test('refuses a message for several recipients and stores nothing', async () => {
    const mailer = createMailer({ mail: mailConfig(undefined), db: database.db });
    const { total } = await listOutbox(database.db, { page: 1, pageSize: 10 });
    await assert.rejects(
      mailer.send({ to: 'a@example.org; b@example.org', subject: 'x', text: 'x' }),
      /exactly one recipient/,
    );
    assert.equal((await listOutbox(database.db, { page: 1, pageSize: 10 })).total, total);
  });

  test('lists the newest first, page by page, without overlap', async () => {
    const mailer = createMailer({ mail: mailConfig(undefined), db: database.db });
    for (let index = 0; index < 5; index++) {
      await mailer.send({ to: `reader${index}@example.org`, subject: `Issue ${index}`, text: '.' });
    }
    const { total } = await listOutbox(database.db, { page: 1, pageSize: 100 });
    const pages = [];
    for (let page = 1; page <= Math.ceil(total / 2); page++) {
      const result = await listOutbox(database.db, { page, pageSize: 2 });
      assert.equal(result.total, total);
      assert.ok(result.messages.length <= 2);
      pages.push(...result.messages);
    }
    assert.equal(pages.length, total);
    assert.equal(new Set(pages.map((message) => message.id)).size, total);
    const times = pages.map((message) => message.createdAt.getTime());
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
    );
    assert.equal(pages[0]?.subject, 'Issue 4');
    assert.deepEqual(pages[0]?.recipients, ['reader4@example.org']);
    const beyond = await listOutbox(database.db, { page: Math.ceil(total / 2) + 1, pageSize: 2 });
    assert.deepEqual(beyond.messages, []);
  });

  test('reads one message, parsed, and nothing for a missing or malformed id', async () => {
    const mailer = createMailer({ mail: mailConfig(undefined), db: database.db });
    const sent = await mailer.send(invitation);
    const [row] = await database.db
      .select()
      .from(outbox)
      .where(eq(outbox.messageId, sent.messageId));
    assert.ok(row);
    const message = await readOutboxMessage(database.db, row.id);
    assert.ok(message);
    assert.equal(message.subject, invitation.subject);
    assert.equal(message.from, '"Track Two" <office@tracktwo.test>');
    assert.equal(message.to, '"Mariam" <mariam@example.org>');
    assert.equal(message.replyTo, 'coordinators@tracktwo.test');
    assert.equal(message.messageId, sent.messageId);
    assert.equal(message.html, invitation.html);
    assert.deepEqual(message.attachments, [
      { filename: 'agenda.txt', contentType: 'text/plain', size: 18 },
    ]);
    const headerNames = message.headers.map((header) => header.name);
    assert.ok(headerNames.includes('dkim-signature'));
    assert.ok(headerNames.includes('list-unsubscribe'));
    assert.ok(message.date instanceof Date);

    assert.equal(await readOutboxMessage(database.db, randomUUID()), undefined);
    for (const malformed of ['not-a-uuid', "1' or '1'='1", '', '123']) {
      assert.equal(await readOutboxMessage(database.db, malformed), undefined);
    }
  });
});
