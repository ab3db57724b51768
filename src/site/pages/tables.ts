// Pages of the public site (home, mission, origins, what track-two diplomacy is, contact,
// donate), one row per language. Editors work on a draft; every save is a revision; publishing
// points the page at one revision, at once or from a scheduled time.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  index,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

export const pages = pgTable(
  'pages',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** Pages that are translations of each other share this key. */
    translationKey: uuid('translation_key').notNull().default(sql`gen_random_uuid()`),
    /** An interface locale code: en, ru, uk, he. */
    locale: text('locale').notNull(),
    /** The address inside its language: /{locale}/{slug}; "home" is /{locale}/. */
    slug: text('slug').notNull(),
    /** The draft: what editors see and preview. */
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull().default(''),
    /** The revision the public sees, from publishAt on; null while never published. */
    publishedRevisionId: bigint('published_revision_id', { mode: 'number' }),
    publishAt: timestamp('publish_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('pages_locale_slug').on(table.locale, table.slug),
    unique('pages_translation_locale').on(table.translationKey, table.locale),
  ],
);

export const pageRevisions = pgTable(
  'page_revisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    pageId: uuid('page_id')
      .notNull()
      .references(() => pages.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The account that saved it. */
    createdBy: uuid('created_by'),
  },
  (table) => [index('page_revisions_page_idx').on(table.pageId, table.id)],
);
