// The embedded outbox (mail kept in the database when no SMTP server is configured) and the
// inbound messages received by our SMTP listener, stored before they are handled so none is lost.
import { sql } from 'drizzle-orm';
import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../db/bytea.ts';

export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    messageId: text('message_id').notNull(),
    sender: text('sender').notNull(),
    recipients: jsonb('recipients').$type<string[]>().notNull(),
    subject: text('subject').notNull(),
    /** The whole message as it would have gone over SMTP. */
    raw: bytea('raw').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('outbox_created_idx').on(table.createdAt)],
);

export const inboundState = pgEnum('inbound_state', ['received', 'handled', 'unhandled', 'failed']);

export const inboundMessages = pgTable(
  'inbound_messages',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    envelopeFrom: text('envelope_from').notNull(),
    envelopeTo: jsonb('envelope_to').$type<string[]>().notNull(),
    raw: bytea('raw').notNull(),
    state: inboundState('state').notNull().default('received'),
    /** The name of the handler that took the message, when one did. */
    handler: text('handler'),
    error: text('error'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    handledAt: timestamp('handled_at', { withTimezone: true }),
  },
  (table) => [index('inbound_state_idx').on(table.state)],
);
