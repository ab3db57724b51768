// The SMTP transport, against a real SMTP server on loopback.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { simpleParser } from 'mailparser';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../db/testing.ts';
import { outbox } from './tables.ts';
import { type SmtpSink, startSmtpSink } from './testing.ts';
import { createMailer } from './transports.ts';

const cyrillicParagraph =
  '<p>Встреча в Эсалене прошла спокойно: участники из обеих стран говорили о будущем.</p>\n';

function mailConfig(smtpUrl: string, dkim?: Config['mail']['dkim']): Config['mail'] {
  return {
    smtpUrl,
    poolSize: 3,
    from: 'Track Two <office@tracktwo.test>',
    dkim,
    inbound: undefined,
  };
}

/** The headers and body of the first MIME part whose Content-Type starts with `type`. */
function mimePart(raw: string, type: string): { headers: string; body: string } {
  const start = raw.search(new RegExp(`^Content-Type: ${type}`, 'im'));
  assert.ok(start >= 0, `no ${type} part`);
  const headerEnd = raw.indexOf('\r\n\r\n', start);
  const bodyEnd = raw.indexOf('\r\n--', headerEnd);
  return { headers: raw.slice(start, headerEnd), body: raw.slice(headerEnd + 4, bodyEnd) };
}

describe('SMTP transport', () => {
  let database: Database;
  let sink: SmtpSink;

  before(async () => {
    database = await openTestDatabase();
    sink = await startSmtpSink();
  });
  after(async () => {
    await sink.close();
    await database.close();
  });

  test('delivers one message to one recipient, with the return path as envelope sender', async () => {
    const mailer = createMailer({ mail: mailConfig(sink.url), db: database.db });
    assert.equal(mailer.transport, 'smtp');
    const before = sink.received.length;
    const sent = await mailer.send({
      to: 'Olga <olga@example.org>',
      subject: 'Oceans 22: the next meeting',
      text: 'We meet in Lisbon.',
      returnPath: 'bounce+4711@tracktwo.test',
    });
    await mailer.close();
    const [mail] = sink.received.slice(before);
    assert.ok(mail);
    assert.deepEqual(mail.envelope, {
      from: 'bounce+4711@tracktwo.test',
      to: ['olga@example.org'],
    });
    const parsed = await simpleParser(mail.raw);
    assert.equal(parsed.subject, 'Oceans 22: the next meeting');
    assert.equal(parsed.text?.trim(), 'We meet in Lisbon.');
    assert.deepEqual(parsed.from?.value, [{ name: 'Track Two', address: 'office@tracktwo.test' }]);
    assert.equal(parsed.messageId, sent.messageId);
    assert.equal((await database.db.select().from(outbox)).length, 0, 'nothing in the outbox');
  });

  test('refuses several recipients and malformed ones, sending nothing', async () => {
    const mailer = createMailer({ mail: mailConfig(sink.url), db: database.db });
    const before = sink.received.length;
    const refused = [
      'a@example.org, b@example.org',
      'a@example.org b@example.org',
      'Team: a@example.org;',
      'a@example.org\r\nBcc: b@example.org',
      'not an address',
      '',
    ];
    for (const to of refused) {
      await assert.rejects(
        mailer.send({ to, subject: 'x', text: 'x' }),
        /exactly one recipient|not a valid e-mail address/,
        `"${to}" should be refused`,
      );
    }
    await mailer.close();
    assert.equal(sink.received.length, before);
  });

  test('sends Cyrillic HTML as base64, well under 1.4 times its size', async () => {
    const mailer = createMailer({ mail: mailConfig(sink.url), db: database.db });
    const html = `<html><body>${cyrillicParagraph.repeat(400)}</body></html>`;
    const before = sink.received.length;
    await mailer.send({
      to: 'ivan@example.org',
      subject: 'Ресурсы недели',
      text: 'См. HTML.',
      html,
    });
    await mailer.close();
    const [mail] = sink.received.slice(before);
    assert.ok(mail);
    const raw = mail.raw.toString('latin1');
    assert.doesNotMatch(raw, /quoted-printable/i);
    const part = mimePart(raw, 'text/html');
    assert.match(part.headers, /Content-Transfer-Encoding: base64/i);
    const htmlBytes = Buffer.byteLength(html);
    assert.ok(
      part.body.length < 1.4 * htmlBytes,
      `HTML part ${part.body.length} > 1.4 x ${htmlBytes}`,
    );
    assert.ok(mail.raw.length < 1.4 * htmlBytes, `message ${mail.raw.length} > 1.4 x ${htmlBytes}`);
    assert.equal((await simpleParser(mail.raw)).html, html);
  });

  test('signs with DKIM, covering From and Subject', async () => {
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const dkim = { domainName: 'tracktwo.test', keySelector: 'mail2024', privateKey };
    const mailer = createMailer({ mail: mailConfig(sink.url, dkim), db: database.db });
    const before = sink.received.length;
    await mailer.send({ to: 'ivan@example.org', subject: 'Signed', text: 'Signed text.' });
    await mailer.close();
    const [mail] = sink.received.slice(before);
    assert.ok(mail);
    const parsed = await simpleParser(mail.raw);
    const signature = parsed.headerLines.find((line) => line.key === 'dkim-signature')?.line;
    assert.ok(signature, 'a DKIM-Signature header');
    const tags = new Map(
      signature
        .replace(/^DKIM-Signature:/i, '')
        .replace(/\s+/g, '')
        .split(';')
        .map((tag) => [tag.slice(0, tag.indexOf('=')), tag.slice(tag.indexOf('=') + 1)]),
    );
    assert.equal(tags.get('d'), 'tracktwo.test');
    assert.equal(tags.get('s'), 'mail2024');
    const signedHeaders = (tags.get('h') ?? '').toLowerCase().split(':');
    assert.ok(signedHeaders.includes('from'), 'From is signed');
    assert.ok(signedHeaders.includes('subject'), 'Subject is signed');
    assert.ok((tags.get('b') ?? '').length > 100, 'a signature value');
  });

  test('sends 50 messages over a pool of at most three connections', async () => {
    const mailer = createMailer({ mail: mailConfig(sink.url), db: database.db });
    const before = sink.received.length;
    const connectionsBefore = sink.connectionCount;
    sink.peakConnections = 0;
    const recipients = Array.from({ length: 50 }, (_, index) => `reader${index}@example.org`);
    await Promise.all(
      recipients.map((to, index) =>
        mailer.send({ to, subject: `Issue ${index}`, text: 'This week in brief.' }),
      ),
    );
    await mailer.close();
    const arrived = sink.received.slice(before);
    assert.equal(arrived.length, 50);
    for (const mail of arrived) assert.equal(mail.envelope.to.length, 1);
    assert.deepEqual(arrived.map((mail) => mail.envelope.to[0]).sort(), [...recipients].sort());
    assert.ok(sink.peakConnections <= 3, `peak ${sink.peakConnections} connections`);
    assert.ok(sink.connectionCount - connectionsBefore <= 3, 'connections are reused');
  });
});
