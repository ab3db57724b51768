// The audit log: append-only. A trigger in the migrations refuses UPDATE and DELETE, so not even
// a bug in tracktwo can rewrite what happened. It records ids, never names or addresses.
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** What happened, as a dotted name: 'sign_in.succeeded', 'person.tier_changed'... */
    action: text('action').notNull(),
    /** The account that did it; null for the system or an anonymous visitor. */
    actorAccountId: uuid('actor_account_id'),
    /** What it was done to: a kind ('person', 'account', 'export'...) and an id. */
    subjectKind: text('subject_kind'),
    subjectId: text('subject_id'),
    /** Further facts, never personal data: old and new tier, counts, the request id... */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [
    index('audit_at_idx').on(table.at),
    index('audit_action_idx').on(table.action, table.at),
    index('audit_subject_idx').on(table.subjectKind, table.subjectId),
  ],
);
