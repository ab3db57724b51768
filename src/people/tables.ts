// People and organizations: the heart of the network. Every read of these tables goes through
// the privacy gate (src/core/privacy); nothing selects people around it.
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../core/db/bytea.ts';

/** public: may appear on public pages; network: signed-in participants; staff: staff only
 * (the default); protected: at risk, only staff with the protected clearance. */
export const tier = pgEnum('tier', ['public', 'network', 'staff', 'protected']);
export type Tier = (typeof tier.enumValues)[number];

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    displayName: text('display_name').notNull(),
    /** The same name in other scripts, such as Cyrillic and Latin for a Ukrainian writer. */
    otherNames: jsonb('other_names').$type<string[]>().notNull().default([]),
    pseudonym: text('pseudonym'),
    /** ISO 3166-1 alpha-2 codes; "PS" for Palestine. */
    residence: text('residence'),
    citizenships: jsonb('citizenships').$type<string[]>().notNull().default([]),
    /** BCP 47 language tags. */
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    fields: jsonb('fields').$type<string[]>().notNull().default([]),
    bio: text('bio').notNull().default(''),
    tier: tier('tier').notNull().default('staff'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** Set when this record was a duplicate merged into another; it is archived then. */
    mergedIntoId: uuid('merged_into_id'),
    /** Set by erasure: the row stays (other records point at it) with nothing identifying. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
  },
  (table) => [
    index('people_tier_idx').on(table.tier),
    // The directory's filters and order (benchmarked at 10,000 people).
    index('people_languages_idx').using('gin', table.languages.op('jsonb_path_ops')),
    index('people_fields_idx').using('gin', table.fields.op('jsonb_path_ops')),
    index('people_name_idx').on(table.displayName, table.id),
    index('people_residence_idx').on(table.residence),
  ],
);

export const contactKind = pgEnum('contact_kind', [
  'email',
  'phone',
  'signal',
  'telegram',
  'whatsapp',
]);

export const contactChannels = pgTable(
  'contact_channels',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: contactKind('kind').notNull(),
    /** The address or number in clear; null when the channel is sealed. */
    value: text('value'),
    /** The value encrypted with the key from config (ENCRYPTION_KEY), for protected people:
     * a copy of the database alone does not reveal how to reach them. */
    sealed: bytea('sealed'),
    preferred: integer('preferred').notNull().default(0),
  },
  (table) => [index('contact_channels_person_idx').on(table.personId)],
);

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  name: text('name').notNull(),
  country: text('country'),
  /** university, ngo, media, government, research institute, museum, company... */
  kind: text('kind').notNull(),
  website: text('website'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
  mergedIntoId: uuid('merged_into_id'),
});

export const affiliations = pgTable(
  'affiliations',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    role: text('role').notNull().default(''),
    fromYear: integer('from_year'),
    toYear: integer('to_year'),
  },
  (table) => [primaryKey({ columns: [table.personId, table.organizationId] })],
);

/** What a person agreed to, when and how: the record that lets us show or send anything. */
export const consentTopic = pgEnum('consent_topic', [
  'public_profile',
  'directory_listing',
  'newsletter',
  'attendee_list',
  'photos_and_recordings',
  'oral_history',
]);

export const consentRecords = pgTable(
  'consent_records',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    topic: consentTopic('topic').notNull(),
    granted: boolean('granted').notNull(),
    /** How it was given or withdrawn: in person, by e-mail, on the web form, on paper... */
    method: text('method').notNull(),
    note: text('note').notNull().default(''),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    /** The account that recorded it (the person themself, or staff). */
    recordedBy: uuid('recorded_by'),
  },
  (table) => [index('consent_person_idx').on(table.personId, table.topic)],
);
