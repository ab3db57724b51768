// Notices: site-wide banners (a venue closed, a road shut, a travel advisory) that appear at
// their start and disappear at their end without anyone touching them.
import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const noticeSeverity = pgEnum('notice_severity', ['info', 'warning', 'critical']);

export const notices = pgTable(
  'notices',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    severity: noticeSeverity('severity').notNull().default('info'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** A path on this site or an https address for more detail. */
    linkUrl: text('link_url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('notices_window_idx').on(table.startsAt, table.endsAt)],
);

/** The message in each language; a visitor whose language is missing sees the default one. */
export const noticeTexts = pgTable(
  'notice_texts',
  {
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    message: text('message').notNull(),
    linkLabel: text('link_label').notNull().default(''),
  },
  (table) => [primaryKey({ columns: [table.noticeId, table.locale] })],
);
