// The article archive, one row per language version. Drafts, revisions and scheduled publishing
// work as for pages (site/pages/tables.ts). Authors are people, shown publicly only when their
// tier allows (the privacy gate decides, not this table).
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { media } from '../../core/media/tables.ts';
import { people } from '../../people/tables.ts';
import { programs } from '../tables.ts';

export const articles = pgTable(
  'articles',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    translationKey: uuid('translation_key').notNull().default(sql`gen_random_uuid()`),
    locale: text('locale').notNull(),
    /** The address inside its language: /{locale}/articles/{slug}. */
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull().default(''),
    coverMediaId: uuid('cover_media_id').references(() => media.id, { onDelete: 'set null' }),
    coverAlt: text('cover_alt').notNull().default(''),
    publishedRevisionId: bigint('published_revision_id', { mode: 'number' }),
    /** First publication, shown as the article's date; may lie in the future (scheduled). */
    publishAt: timestamp('publish_at', { withTimezone: true }),
    /** When a later revision was published over the first: shown as "updated". */
    revisedAt: timestamp('revised_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('articles_locale_slug').on(table.locale, table.slug),
    unique('articles_translation_locale').on(table.translationKey, table.locale),
    index('articles_published_idx').on(table.locale, table.publishAt),
  ],
);

export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (table) => [index('article_revisions_article_idx').on(table.articleId, table.id)],
);

export const articleAuthors = pgTable(
  'article_authors',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.personId] })],
);

/** Tags are short lowercase words or phrases ("nuclear", "oceans"), shared by every language. */
export const articleTags = pgTable(
  'article_tags',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.tag] }),
    index('article_tags_tag_idx').on(table.tag),
  ],
);

export const articlePrograms = pgTable(
  'article_programs',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.programId] })],
);
