// The timeline since 1980: dated entries with text per language, an optional picture and links
// to a program and an article (interviews come with the History Project).
import { sql } from 'drizzle-orm';
import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { media } from '../../core/media/tables.ts';
import { articles } from '../articles/tables.ts';
import { programs } from '../tables.ts';

export const timelineEntries = pgTable('timeline_entries', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  year: integer('year').notNull(),
  /** 1-12 when known; entries of a year are ordered by it, unknown months first. */
  month: integer('month'),
  imageMediaId: uuid('image_media_id').references(() => media.id, { onDelete: 'set null' }),
  programId: uuid('program_id').references(() => programs.id, { onDelete: 'set null' }),
  /** One language version of an article; other languages link to its translation if any. */
  articleId: uuid('article_id').references(() => articles.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const timelineTexts = pgTable(
  'timeline_texts',
  {
    entryId: uuid('entry_id')
      .notNull()
      .references(() => timelineEntries.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    imageAlt: text('image_alt').notNull().default(''),
  },
  (table) => [primaryKey({ columns: [table.entryId, table.locale] })],
);
