// People and organizations: the heart of the network. Every read of these tables goes through
// the privacy gate (src/core/privacy); nothing selects people around it.
import { sql } from 'drizzle-orm';
import {
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
  },
  (table) => [
    index('people_tier_idx').on(table.tier),
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
    value: text('value').notNull(),
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
