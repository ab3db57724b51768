// The inbound listener, fed by nodemailer over loopback: storing before answering, dispatching to
// handlers, and the outcomes kept in inbound_messages.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { pino } from 'pino';
import type { Database } from '../db/client.ts';
import { openTestDatabase } from '../db/testing.ts';
import { DEFAULT_MAX_MESSAGE_BYTES, type InboundServer, startInboundServer } from './inbound.ts';
import { dispatchPendingInbound } from './inbound-dispatch.ts';
import { type InboundContext, type InboundEnvelope, InboundHandlers } from './inbound-handlers.ts';
import { inboundMessages } from './tables.ts';

const maxMessageBytes = 100_000;

interface Delivery {
  message: ParsedMail;
  envelope: InboundEnvelope;
  context: InboundContext;
}

describe('inbound SMTP listener', () => {
  let database: Database;
  let server: InboundServer;
  const deliveries: Delivery[] = [];
  const logLines: string[] = [];
  const handlers = new InboundHandlers();
  handlers.register({
    name: 'replies',
    accepts: (_message, envelope) => envelope.to.some((to) => to.startsWith('reply+')),
    handle: async (message, envelope, context) => {
      deliveries.push({ message, envelope, context });
    },
  });
  handlers.register({
    name: 'bounces',
    accepts: (_message, envelope) => envelope.to.some((to) => to.startsWith('bounce+')),
    handle: async () => {
      throw new Error('no sent message matches this bounce');
    },
  });

  function send(to: string, extra: SendMailOptions = {}) {
    const client = nodemailer.createTransport({ host: '127.0.0.1', port: server.port });
    return client.sendMail({
      from: 'Nadia <nadia@example.org>',
      to,
      subject: 'Re: weekly resources',
      text: 'Thank you for the links about the Southern Ocean.',
      ...extra,
    });
  }

  /** The row id the listener announced in its 250 answer. */
  function keptId(response: string): string {
    const match = /^250 OK: kept as ([0-9a-f-]{36})$/.exec(response);
    assert.ok(match?.[1], `unexpected answer: ${response}`);
    return match[1];
  }

  async function settled(id: string) {
    for (let attempt = 0; attempt < 100; attempt++) {
      const [row] = await database.db
        .select()
        .from(inboundMessages)
        .where(eq(inboundMessages.id, id));
      if (row && row.state !== 'received') return row;
      await sleep(20);
    }
    assert.fail(`inbound message ${id} was never dispatched`);
  }

  before(async () => {
    database = await openTestDatabase();
    const logger = pino(
      { level: 'debug' },
      new Writable({
        write(chunk, _encoding, done) {
          logLines.push(String(chunk));
          done();
        },
      }),
    );
    server = await startInboundServer({
      host: '127.0.0.1',
      port: 0,
      db: database.db,
      handlers,
      logger,
      maxMessageBytes,
    });
  });
  after(async () => {
    await server.close();
    await database.close();
  });

  test('hands a message and its attachment to the handler that accepts it', async () => {
    const info = await send('reply+issue42@tracktwo.test', {
      attachments: [{ filename: 'notes.txt', content: 'Сведения о встрече.' }],
    });
    const id = keptId(info.response);
    const row = await settled(id);
    assert.equal(row.state, 'handled');
    assert.equal(row.handler, 'replies');
    assert.equal(row.envelopeFrom, 'nadia@example.org');
    assert.deepEqual(row.envelopeTo, ['reply+issue42@tracktwo.test']);
    const delivery = deliveries.find((candidate) => candidate.context.inboundId === id);
    assert.ok(delivery);
    assert.equal(delivery.message.subject, 'Re: weekly resources');
    assert.equal(
      delivery.message.text?.trim(),
      'Thank you for the links about the Southern Ocean.',
    );
    assert.equal(delivery.message.attachments[0]?.filename, 'notes.txt');
    assert.equal(delivery.message.attachments[0]?.content.toString(), 'Сведения о встрече.');
    assert.deepEqual(delivery.envelope, {
      from: 'nadia@example.org',
      to: ['reply+issue42@tracktwo.test'],
    });
    assert.ok(
      row.raw.toString().includes('Subject: Re: weekly resources'),
      'the raw message is kept',
    );
  });

  test('keeps a message that no handler accepts as unhandled', async () => {
    const row = await settled(keptId((await send('office@tracktwo.test')).response));
    assert.equal(row.state, 'unhandled');
    assert.equal(row.handler, null);
    assert.ok(row.handledAt instanceof Date);
  });

  test('answers 250 and keeps the message as failed when its handler throws', async () => {
    const info = await send('bounce+17@tracktwo.test', {
      envelope: { from: '', to: ['bounce+17@tracktwo.test'] },
    });
    const row = await settled(keptId(info.response));
    assert.equal(row.state, 'failed');
    assert.equal(row.handler, 'bounces');
    assert.equal(row.error, 'no sent message matches this bounce');
    assert.equal(row.envelopeFrom, '', 'the null sender of a bounce');
  });

  test('refuses an oversize message with 552 and stores nothing', async () => {
    const before = await database.db.select({ id: inboundMessages.id }).from(inboundMessages);
    await assert.rejects(
      send('reply+big@tracktwo.test', { text: 'x'.repeat(maxMessageBytes + 1000) }),
      (error: Error & { responseCode?: number }) => error.responseCode === 552,
    );
    const afterwards = await database.db.select({ id: inboundMessages.id }).from(inboundMessages);
    assert.equal(afterwards.length, before.length);
  });

  test('dispatches a message left as received, as after a crash', async () => {
    const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });
    const composed = await composer.sendMail({
      from: 'lev@example.org',
      to: 'reply+issue43@tracktwo.test',
      subject: 'Stored before a crash',
      text: 'Still here.',
    });
    const [stored] = await database.db
      .insert(inboundMessages)
      .values({
        envelopeFrom: 'lev@example.org',
        envelopeTo: ['reply+issue43@tracktwo.test'],
        raw: composed.message as Buffer,
      })
      .returning();
    assert.equal(stored?.state, 'received');
    const counts = await dispatchPendingInbound({ db: database.db, handlers });
    assert.deepEqual(counts, { handled: 1, unhandled: 0, failed: 0 });
    const [row] = await database.db
      .select()
      .from(inboundMessages)
      .where(eq(inboundMessages.id, stored.id));
    assert.equal(row?.state, 'handled');
    const delivery = deliveries.find((candidate) => candidate.context.inboundId === stored.id);
    assert.equal(delivery?.message.subject, 'Stored before a crash');
  });

  test('logs ids and states, never addresses or subjects', () => {
    const log = logLines.join('');
    assert.match(log, /"state":"handled"/);
    assert.doesNotMatch(log, /@|weekly resources|Southern Ocean/);
  });

  test('announces a 25 MB limit and no STARTTLS by default', async () => {
    const plain = await startInboundServer({
      host: '127.0.0.1',
      port: 0,
      db: database.db,
      handlers,
    });
    try {
      const greeting = await ehlo(plain.port);
      assert.match(greeting, new RegExp(`^250[- ]SIZE ${DEFAULT_MAX_MESSAGE_BYTES}\\r?$`, 'm'));
      assert.doesNotMatch(greeting, /STARTTLS|AUTH/);
    } finally {
      await plain.close();
    }
  });
});

/** The server's answer to EHLO, read over a plain socket. */
function ehlo(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('error', reject);
    socket.on('data', (chunk) => {
      received += chunk.toString();
      if (/^220 .*\r\n$/.test(received)) socket.write('EHLO client.test\r\n');
      else if (/\r\n250 [^\r]*\r\n$/.test(received)) {
        socket.end('QUIT\r\n');
        resolve(received);
      }
    });
  });
}
