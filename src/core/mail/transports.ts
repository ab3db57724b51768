// The two ways tracktwo sends mail: a pooled SMTP connection when SMTP_URL is set, and otherwise
// the embedded outbox, a table that keeps every message exactly as SMTP would have carried it, so
// a small install works (and can be checked at /admin/outbox) before any mail server exists.
import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { toNodemailerMessage } from './compose.ts';
import type { Mailer, OutgoingMessage, SentMessage } from './mailer.ts';
import { outbox } from './tables.ts';

export function createMailer({ mail, db }: { mail: Config['mail']; db: Db }): Mailer {
  return mail.smtpUrl ? createSmtpMailer(mail, mail.smtpUrl) : createOutboxMailer(mail, db);
}

// Messages carry their attachments as Buffers; nothing we send should make nodemailer read a
// local file or fetch a URL named in a message.
const sandbox = { disableFileAccess: true, disableUrlAccess: true } as const;

function createSmtpMailer(mail: Config['mail'], smtpUrl: string): Mailer {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: mail.poolSize,
    dkim: mail.dkim,
    ...sandbox,
  });
  const inFlight = new Set<Promise<unknown>>();
  return {
    transport: 'smtp',
    async send(message: OutgoingMessage): Promise<SentMessage> {
      const sending = transporter.sendMail(toNodemailerMessage(message, mail.from));
      inFlight.add(sending);
      try {
        const info = await sending;
        return { messageId: info.messageId };
      } finally {
        inFlight.delete(sending);
      }
    },
    async close() {
      // Closing the pool fails every message still queued in it: let those finish first.
      await Promise.allSettled(inFlight);
      transporter.close();
    },
  };
}

function createOutboxMailer(mail: Config['mail'], db: Db): Mailer {
  // The stream transport runs the same composition and the same DKIM signing as the SMTP
  // transport, and hands back the finished message instead of delivering it.
  const composer = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    dkim: mail.dkim,
    ...sandbox,
  });
  return {
    transport: 'outbox',
    async send(message: OutgoingMessage): Promise<SentMessage> {
      const info = await composer.sendMail(toNodemailerMessage(message, mail.from));
      if (!Buffer.isBuffer(info.message)) throw new Error('The outbox expected a composed buffer.');
      // Sender and recipients are the envelope, as the SMTP server would have seen them.
      await db.insert(outbox).values({
        messageId: info.messageId,
        sender: info.envelope.from || '',
        recipients: info.envelope.to,
        subject: message.subject,
        raw: info.message,
      });
      return { messageId: info.messageId };
    },
    async close() {
      composer.close();
    },
  };
}
