// Programs and projects: the long-running lines of work and the concrete efforts inside them,
// with their public texts per language, their partner organizations and the people shown for
// them. People appear publicly only through the privacy gate (tier public), whatever this says.
import { sql } from 'drizzle-orm';
import {
  boolean,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { media } from '../core/media/tables.ts';
import { organizations, people } from '../people/tables.ts';

export const programStatus = pgEnum('program_status', ['current', 'past']);

export const programs = pgTable('programs', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  /** The address: /{locale}/programs/{slug}, the same in every language. */
  slug: text('slug').notNull().unique(),
  /** The working name staff use everywhere; the public texts are in program_texts. */
  name: text('name').notNull(),
  summary: text('summary').notNull().default(''),
  status: programStatus('status').notNull().default('current'),
  startYear: integer('start_year'),
  endYear: integer('end_year'),
  /** Shown on the public site (in the languages it has texts for). */
  published: boolean('published').notNull().default(true),
  position: integer('position').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A program's public text in one language: a program "exists" in the languages listed here. */
export const programTexts = pgTable(
  'program_texts',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
    summary: text('summary').notNull().default(''),
    /** Markdown. */
    body: text('body').notNull().default(''),
  },
  (table) => [primaryKey({ columns: [table.programId, table.locale] })],
);

export const projects = pgTable('projects', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  programId: uuid('program_id')
    .notNull()
    .references(() => programs.id, { onDelete: 'cascade' }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  summary: text('summary').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A project's public text in one language; without one, the working name and summary show. */
export const projectTexts = pgTable(
  'project_texts',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
    summary: text('summary').notNull().default(''),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.locale] })],
);

/** An organization the site presents as a partner, with its logo and link. */
export const partners = pgTable('partners', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  /** The organization in the network, when it is one. */
  organizationId: uuid('organization_id').references(() => organizations.id, {
    onDelete: 'set null',
  }),
  name: text('name').notNull(),
  /** An https address. */
  website: text('website'),
  logoMediaId: uuid('logo_media_id').references(() => media.id, { onDelete: 'set null' }),
  description: text('description').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const programPartners = pgTable(
  'program_partners',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.programId, table.partnerId] })],
);

/** People who take part in a program (and, when set, one of its projects), with their role
 * there ("convener", "fellow"). The public pages show only those the gate lets anonymous see. */
export const programPeople = pgTable(
  'program_people',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    role: text('role').notNull().default(''),
  },
  (table) => [primaryKey({ columns: [table.programId, table.personId] })],
);
