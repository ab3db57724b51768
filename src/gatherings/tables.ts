// Gatherings: retreats, conferences, workshops and online meetings, from the invitation list to
// what came out of them. Who came is itself confidential (the Chatham House Rule): every read of
// an attendee list goes through the gathering rule in policy.ts as well as the privacy gate.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from '../core/db/bytea.ts';
import { people } from '../people/tables.ts';
import { programs, projects } from '../site/tables.ts';

export const gatheringKind = pgEnum('gathering_kind', [
  'retreat',
  'conference',
  'workshop',
  'online_meeting',
]);
export const gatheringStatus = pgEnum('gathering_status', [
  'draft',
  'inviting',
  'confirmed',
  'held',
  'archived',
]);
/** Who may see the attendee list. staff_only is the default (Chatham House);
 * confirmed_attendees: also those who accepted; public_consented: also the public, but only the
 * attendees who consented, and only those whose tier is public. */
export const attendeeListVisibility = pgEnum('attendee_list_visibility', [
  'staff_only',
  'confirmed_attendees',
  'public_consented',
]);

/** A place gatherings happen, so travel advisories can be tied to it. */
export const venues = pgTable('venues', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  name: text('name').notNull(),
  address: text('address').notNull().default(''),
  /** ISO 3166-1 alpha-2. */
  country: text('country').notNull(),
  travelNotes: text('travel_notes').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const gatherings = pgTable(
  'gatherings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    title: text('title').notNull(),
    kind: gatheringKind('kind').notNull(),
    programId: uuid('program_id').references(() => programs.id, { onDelete: 'set null' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** IANA time zone the gathering's times are shown in ("America/Los_Angeles"). */
    timeZone: text('time_zone').notNull(),
    /** In person: the venue. Online: the link (shown to accepted invitees only). */
    venueId: uuid('venue_id').references(() => venues.id, { onDelete: 'set null' }),
    onlineUrl: text('online_url'),
    /** BCP 47 language tags of the gathering. */
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    /** Null: no limit. Accepting beyond it puts the invitee on the waitlist. */
    capacity: integer('capacity'),
    /** Markdown. */
    description: text('description').notNull().default(''),
    status: gatheringStatus('status').notNull().default('draft'),
    attendeeList: attendeeListVisibility('attendee_list').notNull().default('staff_only'),
    /** Shown on the public site (upcoming and past) with its calendar file. */
    public: boolean('public').notNull().default(false),
    /** The conflict whose sides the invitation list is balanced across ('RU-UA', 'IL-PS'...):
     * two country codes; null when none applies. */
    sides: jsonb('sides').$type<[string, string] | null>(),
    /** Check-in without a record of who: only this count is kept. */
    noRecordCheckIn: boolean('no_record_check_in').notNull().default(false),
    anonymousCheckIns: integer('anonymous_check_ins').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('gatherings_starts_idx').on(table.startsAt)],
);

export const invitationState = pgEnum('invitation_state', [
  /** On the list, not yet sent. */
  'listed',
  'invited',
  'accepted',
  'maybe',
  'declined',
  /** Accepted when the gathering was full; promoted in waitlist order. */
  'waitlisted',
  /** Accepted, then withdrew. */
  'cancelled',
]);

export const invitations = pgTable(
  'gathering_invitations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    gatheringId: uuid('gathering_id')
      .notNull()
      .references(() => gatherings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    state: invitationState('state').notNull().default('listed'),
    /** Order on the waitlist: when the invitee asked to come. */
    waitlistedAt: timestamp('waitlisted_at', { withTimezone: true }),
    /** May the name appear on a public attendee list (public_consented)? Asked on accepting. */
    listConsent: boolean('list_consent').notNull().default(false),
    /** Hash of the current answer token; a new one replaces it after every change, so a link
     * changes an answer once. The token itself is only ever in the e-mail. */
    answerTokenHash: text('answer_token_hash'),
    answerTokenExpiresAt: timestamp('answer_token_expires_at', { withTimezone: true }),
    invitedAt: timestamp('invited_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('gathering_invitations_once').on(table.gatheringId, table.personId),
    index('gathering_invitations_token_idx').on(table.answerTokenHash),
  ],
);

/** What an accepted invitee told us the gathering needs to know. Sealed (AES-256-GCM under
 * ENCRYPTION_KEY) because it holds health and family details: JSON of arrival, departure,
 * dietary and accessibility needs, visa letter, emergency contact. */
export const invitationLogistics = pgTable('gathering_logistics', {
  invitationId: uuid('invitation_id')
    .primaryKey()
    .references(() => invitations.id, { onDelete: 'cascade' }),
  sealed: bytea('sealed').notNull(),
  /** Not sealed: staff need to count and filter by it without opening every record. */
  needsVisaLetter: boolean('needs_visa_letter').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const agendaSessions = pgTable(
  'gathering_sessions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    gatheringId: uuid('gathering_id')
      .notNull()
      .references(() => gatherings.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    room: text('room').notNull().default(''),
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    /** e.g. "Russian-English consecutive"; empty when none. */
    interpretation: text('interpretation').notNull().default(''),
  },
  (table) => [index('gathering_sessions_gathering_idx').on(table.gatheringId, table.startsAt)],
);

export const sessionFacilitators = pgTable(
  'gathering_session_facilitators',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => agendaSessions.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.sessionId, table.personId] })],
);

/** Who was there (recorded check-in); ties between attendees are derived from it. */
export const attendance = pgTable(
  'gathering_attendance',
  {
    gatheringId: uuid('gathering_id')
      .notNull()
      .references(() => gatherings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }).notNull().defaultNow(),
    /** The account that checked them in. */
    checkedInBy: uuid('checked_in_by'),
  },
  (table) => [primaryKey({ columns: [table.gatheringId, table.personId] })],
);

/** Staff notes, under the Chatham House Rule: what was said, never who said it. */
export const gatheringNotes = pgTable('gathering_notes', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  gatheringId: uuid('gathering_id')
    .notNull()
    .references(() => gatherings.id, { onDelete: 'cascade' }),
  body: text('body').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
});

export const outcomeKind = pgEnum('gathering_outcome_kind', ['project', 'tie']);

/** A collaboration that began at a gathering: a project, or a tie between people. */
export const outcomes = pgTable('gathering_outcomes', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  gatheringId: uuid('gathering_id')
    .notNull()
    .references(() => gatherings.id, { onDelete: 'cascade' }),
  kind: outcomeKind('kind').notNull(),
  projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
  description: text('description').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const outcomePeople = pgTable(
  'gathering_outcome_people',
  {
    outcomeId: uuid('outcome_id')
      .notNull()
      .references(() => outcomes.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.outcomeId, table.personId] })],
);
