// Reads of the embedded outbox, for the administrators' page at /admin/outbox.

import { count, desc, eq } from 'drizzle-orm';
import { type AddressObject, simpleParser } from 'mailparser';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { outbox } from './tables.ts';

export interface OutboxSummary {
  id: string;
  createdAt: Date;
  sender: string;
  recipients: string[];
  subject: string;
}

export async function listOutbox(
  db: Db,
  { page, pageSize }: { page: number; pageSize: number },
): Promise<{ messages: OutboxSummary[]; total: number }> {
  const limit = Math.max(1, Math.floor(pageSize));
  const offset = (Math.max(1, Math.floor(page)) - 1) * limit;
  const [messages, totals] = await Promise.all([
    db
      .select({
        id: outbox.id,
        createdAt: outbox.createdAt,
        sender: outbox.sender,
        recipients: outbox.recipients,
        subject: outbox.subject,
      })
      .from(outbox)
      // The id breaks ties between messages stored in the same instant, so pages never overlap.
      .orderBy(desc(outbox.createdAt), desc(outbox.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(outbox),
  ]);
  return { messages, total: totals[0]?.total ?? 0 };
}

export interface OutboxMessage {
  id: string;
  createdAt: Date;
  /** The SMTP envelope the message would have been sent with. */
  envelope: { sender: string; recipients: string[] };
  messageId: string | undefined;
  subject: string;
  from: string;
  to: string;
  replyTo: string | undefined;
  date: Date | undefined;
  text: string | undefined;
  /** The HTML body as sent: untrusted markup, to be shown only in a sandbox. */
  html: string | undefined;
  attachments: { filename: string | undefined; contentType: string; size: number }[];
  /** Raw lines of the headers an administrator checks when mail goes astray. */
  headers: { name: string; value: string }[];
  size: number;
}

const headersOfInterest = new Set([
  'dkim-signature',
  'list-id',
  'list-unsubscribe',
  'list-unsubscribe-post',
  'auto-submitted',
  'precedence',
  'in-reply-to',
  'references',
]);

const outboxId = z.guid();

/** One message, parsed; undefined when there is none with this id (or the id is malformed). */
export async function readOutboxMessage(db: Db, id: string): Promise<OutboxMessage | undefined> {
  if (!outboxId.safeParse(id).success) return undefined;
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
  if (!row) return undefined;
  const parsed = await simpleParser(row.raw);
  return {
    id: row.id,
    createdAt: row.createdAt,
    envelope: { sender: row.sender, recipients: row.recipients },
    messageId: parsed.messageId,
    subject: parsed.subject ?? row.subject,
    from: addressText(parsed.from),
    to: addressText(parsed.to),
    replyTo: parsed.replyTo ? addressText(parsed.replyTo) : undefined,
    date: parsed.date,
    text: parsed.text,
    html: parsed.html === false ? undefined : parsed.html,
    attachments: parsed.attachments.map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      size: attachment.size,
    })),
    headers: parsed.headerLines
      .filter((header) => headersOfInterest.has(header.key))
      .map((header) => ({
        name: header.key,
        value: header.line
          .slice(header.line.indexOf(':') + 1)
          .replace(/\r?\n[ \t]+/g, ' ')
          .trim(),
      })),
    size: row.raw.length,
  };
}

function addressText(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  return (Array.isArray(value) ? value : [value]).map((address) => address.text).join(', ');
}
