// The weekly resources newsletter: curated resources, weekly issues, subscribers (who are people,
// read through the privacy gate), one delivery row per issue and recipient, and the replies and
// bounces that come back through the inbound SMTP listener.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
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
import { inboundMessages } from '../core/mail/tables.ts';
import { people } from '../people/tables.ts';

export const newsletterTopic = pgEnum('newsletter_topic', [
  'russia_ukraine_war',
  'israel_hamas_war',
  'climate',
  'nuclear_and_cyber',
  'other',
]);
/** So readers can weigh what they read (disinformation is part of both wars). */
export const sourceLabel = pgEnum('source_label', [
  'independent',
  'state_affiliated',
  'official',
  'partisan',
  'analysis',
  'academic',
]);

export const resources = pgTable(
  'newsletter_resources',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** An http(s) link, or empty for a document described here only. */
    url: text('url').notNull().default(''),
    title: text('title').notNull(),
    outlet: text('outlet').notNull().default(''),
    /** BCP 47 tag of the resource's language. */
    language: text('language').notNull(),
    publishedOn: date('published_on', { mode: 'string' }),
    topic: newsletterTopic('topic').notNull(),
    summary: text('summary').notNull().default(''),
    sourceLabel: sourceLabel('source_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (table) => [index('newsletter_resources_topic_idx').on(table.topic, table.createdAt)],
);

export const issueStatus = pgEnum('newsletter_issue_status', [
  'draft',
  'scheduled',
  'sending',
  'paused',
  'sent',
]);

/** Who an issue goes to: subscribers matching every given filter (empty: no filter). */
export interface AudienceSegment {
  countries: string[];
  programIds: string[];
  languages: string[];
}

export const newsletterIssues = pgTable('newsletter_issues', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  /** The issue's number, shown as "No. 142". */
  number: integer('number').notNull().unique(),
  title: text('title').notNull(),
  /** Markdown. */
  editorNote: text('editor_note').notNull().default(''),
  status: issueStatus('status').notNull().default('draft'),
  segment: jsonb('segment')
    .$type<AudienceSegment>()
    .notNull()
    .default({ countries: [], programIds: [], languages: [] }),
  scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
  sentAt: timestamp('sent_at', { withTimezone: true }),
  /** A web version and a place in the public archive and its feeds. */
  public: boolean('public').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const issueItems = pgTable(
  'newsletter_issue_items',
  {
    issueId: uuid('issue_id')
      .notNull()
      .references(() => newsletterIssues.id, { onDelete: 'cascade' }),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'restrict' }),
    /** Order within the issue; sections follow the topics' order. */
    position: integer('position').notNull(),
  },
  (table) => [primaryKey({ columns: [table.issueId, table.resourceId] })],
);

export const subscriberStatus = pgEnum('subscriber_status', [
  /** Signed up on the public site, not yet confirmed (double opt-in). */
  'pending',
  'active',
  'unsubscribed',
  /** A hard bounce or a complaint: no more mail until staff look. */
  'suspended',
]);

export const subscribers = pgTable('newsletter_subscribers', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  personId: uuid('person_id')
    .notNull()
    .unique()
    .references(() => people.id, { onDelete: 'cascade' }),
  status: subscriberStatus('status').notNull().default('pending'),
  /** Topics wanted; empty: all. */
  topics: jsonb('topics').$type<string[]>().notNull().default([]),
  /** Languages of resources wanted; empty: all. */
  languages: jsonb('languages').$type<string[]>().notNull().default([]),
  softBounces: integer('soft_bounces').notNull().default(0),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const deliveryState = pgEnum('delivery_state', [
  'queued',
  /** Claimed by a sender; if it crashed, the lease runs out and the row is queued again. */
  'sending',
  'sent',
  /** Will be tried again (a temporary SMTP failure or a soft bounce). */
  'deferred',
  'failed',
  'bounced',
  /** Not sent: unsubscribed or suspended since the send began, or no address. */
  'skipped',
]);

/** One row per (issue, recipient): the whole truth of a send, so a crash loses nothing. */
export const deliveries = pgTable(
  'newsletter_deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    issueId: uuid('issue_id')
      .notNull()
      .references(() => newsletterIssues.id, { onDelete: 'cascade' }),
    subscriberId: uuid('subscriber_id')
      .notNull()
      .references(() => subscribers.id, { onDelete: 'cascade' }),
    state: deliveryState('state').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** While 'sending': until when the claim holds. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    /** The class and SMTP code of the last failure; never an address. */
    lastError: text('last_error'),
    messageId: text('message_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** Tracking, off by default and never for protected recipients. */
    openedAt: timestamp('opened_at', { withTimezone: true }),
    clickedAt: timestamp('clicked_at', { withTimezone: true }),
  },
  (table) => [
    unique('newsletter_deliveries_once').on(table.issueId, table.subscriberId),
    index('newsletter_deliveries_work_idx').on(table.issueId, table.state),
  ],
);

export const bounceKind = pgEnum('bounce_kind', ['hard', 'soft', 'complaint']);

export const bounces = pgTable('newsletter_bounces', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  deliveryId: bigint('delivery_id', { mode: 'number' }).references(() => deliveries.id, {
    onDelete: 'set null',
  }),
  kind: bounceKind('kind').notNull(),
  /** The DSN status code (5.1.1) or the feedback type (abuse). */
  detail: text('detail').notNull().default(''),
  inboundId: uuid('inbound_id').references(() => inboundMessages.id, { onDelete: 'set null' }),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
});

export const replyTag = pgEnum('reply_tag', ['news', 'collaboration', 'correction']);

/** A reader's replies to one issue, and staff answers, as one conversation. */
export const replyThreads = pgTable(
  'newsletter_reply_threads',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    issueId: uuid('issue_id')
      .notNull()
      .references(() => newsletterIssues.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('newsletter_reply_threads_once').on(table.issueId, table.personId)],
);

export const replyDirection = pgEnum('reply_direction', ['in', 'out']);

export const replyMessages = pgTable(
  'newsletter_reply_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => replyThreads.id, { onDelete: 'cascade' }),
    direction: replyDirection('direction').notNull(),
    /** The reader's own words: quoted text, signatures' tracking and HTML stripped. */
    body: text('body').notNull(),
    /** Names, types and sizes of attachments (kept in the inbound message). */
    attachments: jsonb('attachments')
      .$type<{ filename: string; contentType: string; size: number }[]>()
      .notNull()
      .default([]),
    inboundId: uuid('inbound_id').references(() => inboundMessages.id, { onDelete: 'set null' }),
    /** The staff account that wrote an answer. */
    sentBy: uuid('sent_by'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('newsletter_reply_messages_thread_idx').on(table.threadId, table.at)],
);
