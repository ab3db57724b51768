// Images uploaded by staff (article covers, partner logos, timeline pictures). The bytes live in
// the database, so a backup holds them and every engine serves them the same way. Each upload
// is kept only as its resized, metadata-free variants; the original file is not stored.
import { sql } from 'drizzle-orm';
import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../db/bytea.ts';

export const media = pgTable('media', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  /** Pixel size of the largest variant kept. */
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  /** The alternative text editors gave at upload; a use (a cover) may give its own. */
  altText: text('alt_text').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** The account that uploaded it. */
  createdBy: uuid('created_by'),
});

/** One encoding of an image at one width: avif, webp and jpeg at a few widths each. */
export const mediaVariants = pgTable(
  'media_variants',
  {
    mediaId: uuid('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    /** 'avif' | 'webp' | 'jpeg' */
    format: text('format').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (table) => [primaryKey({ columns: [table.mediaId, table.width, table.format] })],
);
