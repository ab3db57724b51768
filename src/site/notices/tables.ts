// Notices: site-wide banners (a venue closed, a road shut, a travel advisory) that appear at
// their start and disappear at their end without anyone touching them.
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { venues } from '../../gatherings/tables.ts';

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
    /** A travel advisory concerns a venue or a country: shown on the pages and in the reminders
     * of gatherings there. Neither: a notice for the whole site. */
    venueId: uuid('venue_id').references(() => venues.id, { onDelete: 'cascade' }),
    /** ISO 3166-1 alpha-2. */
    country: text('country'),
    /** Also a banner on every page of the site. Site-wide notices always are. */
    siteBanner: boolean('site_banner').notNull().default(true),
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
