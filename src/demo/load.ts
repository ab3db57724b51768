// Puts generated demo content into a database, all or nothing: everything goes in one
// transaction, so a failure halfway leaves the database as it was. Contact channels of protected
// demo people are sealed on the way in, as the application seals real ones; article covers are
// drawn and taken in as any upload is; gathering logistics are sealed as the answer form seals
// them.
import { eq, getTableColumns, isNotNull, sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../core/db/client.ts';
import { importImage } from '../core/media/media.ts';
import { media } from '../core/media/tables.ts';
import { seal } from '../core/privacy/sealing.ts';
import {
  agendaSessions,
  attendance,
  gatheringNotes,
  gatherings,
  invitationLogistics,
  invitations,
  outcomePeople,
  outcomes,
  sessionFacilitators,
  venues,
} from '../gatherings/tables.ts';
import {
  deliveries,
  issueItems,
  newsletterIssues,
  replyMessages,
  replyThreads,
  resources,
  subscribers,
} from '../newsletter/tables.ts';
import { affiliations, contactChannels, organizations, people } from '../people/tables.ts';
import {
  articleAuthors,
  articlePrograms,
  articleRevisions,
  articles,
  articleTags,
} from '../site/articles/tables.ts';
import { notices, noticeTexts } from '../site/notices/tables.ts';
import { pageRevisions, pages } from '../site/pages/tables.ts';
import {
  partners,
  programPartners,
  programPeople,
  programs,
  programTexts,
  projects,
  projectTexts,
} from '../site/tables.ts';
import { timelineEntries, timelineTexts } from '../site/timeline/tables.ts';
import { type DemoContent, type DemoSummary, summarize } from './content.ts';
import type { DemoGatherings } from './gatherings/content.ts';
import { generateGatherings } from './gatherings/generate.ts';
import { type DemoOptions, generateDemo } from './generate.ts';
import type { DemoNewsletter } from './newsletter/content.ts';
import { generateNewsletter } from './newsletter/generate.ts';
import type { DemoSite } from './site/content.ts';
import { generateSite } from './site/generate.ts';

export interface LoadDemoOptions extends DemoOptions {
  /** config.encryptionKey: seals the contact channels of protected people. */
  encryptionKey: Buffer;
  /** Called after each batch with the rows inserted so far and the rows to insert in all. */
  onProgress?: (done: number, total: number) => void;
  /** The moment the site's current content counts from (the notice in force, scheduled
   * articles, gatherings still to come); the clock by default. */
  now?: Date;
}

type Transaction = Parameters<Parameters<Db['transaction']>[0]>[0];

/** PostgreSQL accepts at most 65,535 bound parameters in one statement. */
const maxParameters = 65_535;
/** Past this, bigger statements stop paying off and only cost memory (PGlite's above all). */
const maxRowsPerBatch = 1_000;

interface Demo {
  content: DemoContent;
  site: DemoSite;
  gatherings: DemoGatherings;
  newsletter: DemoNewsletter;
}

function generateAll(options: LoadDemoOptions): Demo {
  const now = options.now ?? new Date();
  const content = generateDemo(options);
  const site = generateSite(content, now);
  return {
    content,
    site,
    gatherings: generateGatherings(content, site, now),
    newsletter: generateNewsletter(content, now),
  };
}

export async function loadDemo(db: Db, options: LoadDemoOptions): Promise<DemoSummary> {
  const demo = generateAll(options);
  await db.transaction((tx) => insertContent(tx, demo, options));
  return summarize(demo.content, demo.site, demo.gatherings, demo.newsletter);
}

/** Removes every row of the demo's tables, whatever put it there, and loads the demo again. */
export async function resetDemo(db: Db, options: LoadDemoOptions): Promise<DemoSummary> {
  const demo = generateAll(options);
  await db.transaction(async (tx) => {
    // Rows that refer to others go first. DELETE rather than TRUNCATE ... CASCADE, so that rows
    // of other capabilities referring to people are removed only where their foreign keys say
    // so, never silently.
    for (const table of [
      // Issues take their items, deliveries and reply threads with them; then resources are
      // free to go. Subscribers go with their people.
      newsletterIssues,
      resources,
      timelineEntries,
      articles,
      pages,
      notices,
      gatherings,
      venues,
      partners,
      media,
      affiliations,
      contactChannels,
      projects,
      people,
      organizations,
      programs,
    ]) {
      await tx.delete(table);
    }
    await insertContent(tx, demo, options);
  });
  return summarize(demo.content, demo.site, demo.gatherings, demo.newsletter);
}

/** No people and no programs: a new installation, where start-up may load the demo. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  // Only whether a row exists, never what it holds: this reads no one's data, so it need not
  // go through the privacy gate.
  const [person] = await db.select({ id: people.id }).from(people).limit(1);
  const [program] = await db.select({ id: programs.id }).from(programs).limit(1);
  return person === undefined && program === undefined;
}

async function insertContent(
  tx: Transaction,
  { content, site, gatherings: gathered, newsletter }: Demo,
  { encryptionKey, onProgress }: LoadDemoOptions,
): Promise<void> {
  const summary = summarize(content, site, gathered, newsletter);
  const total = Object.values(summary).reduce((sum, count) => sum + count, 0);
  let done = 0;
  const progress = (rows: number) => {
    done += rows;
    onProgress?.(done, total);
  };
  // Tables that others refer to go first.
  await insertInBatches(tx, organizations, content.organizations, progress);
  await insertInBatches(tx, people, content.people, progress);
  await insertInBatches(tx, contactChannels, sealProtected(content, encryptionKey), progress);
  await insertInBatches(tx, affiliations, content.affiliations, progress);
  await insertInBatches(tx, programs, content.programs, progress);
  await insertInBatches(tx, projects, content.projects, progress);
  await insertSite(tx, site, progress);
  await insertGatherings(tx, gathered, encryptionKey, progress);
  await insertNewsletter(tx, newsletter, progress);
}

async function insertNewsletter(
  tx: Transaction,
  demo: DemoNewsletter,
  progress: (rows: number) => void,
): Promise<void> {
  await insertInBatches(tx, resources, demo.resources, progress);
  await insertInBatches(tx, newsletterIssues, demo.issues, progress);
  await insertInBatches(tx, issueItems, demo.issueItems, progress);
  await insertInBatches(tx, subscribers, demo.subscribers, progress);
  await insertInBatches(tx, deliveries, demo.deliveries, progress);
  await insertInBatches(tx, replyThreads, demo.replyThreads, progress);
  await insertInBatches(tx, replyMessages, demo.replyMessages, progress);
}

async function insertSite(
  tx: Transaction,
  site: DemoSite,
  progress: (rows: number) => void,
): Promise<void> {
  await insertInBatches(tx, programTexts, site.programTexts, progress);
  await insertInBatches(tx, projectTexts, site.projectTexts, progress);
  await insertInBatches(tx, partners, site.partners, progress);
  await insertInBatches(tx, programPartners, site.programPartners, progress);
  await insertInBatches(tx, programPeople, site.programPeople, progress);
  await insertInBatches(tx, pages, site.pages, progress);
  await insertInBatches(tx, pageRevisions, site.pageRevisions, progress);

  // Loaded here, not at the top: drawing covers needs sharp, which then stays out of every
  // server start that finds its database already filled (importImage loads it lazily too).
  const { drawCover } = await import('./site/covers.ts');
  const coverOf = new Map<string, string>();
  for (const cover of site.covers) {
    const { id } = await importImage(tx, await drawCover(cover.palette), {
      altText: cover.altText,
    });
    for (const articleId of cover.articleIds) coverOf.set(articleId, id);
    progress(1);
  }
  const withCovers = site.articles.map((article) => ({
    ...article,
    coverMediaId: coverOf.get(article.id) ?? null,
  }));
  await insertInBatches(tx, articles, withCovers, progress);
  await insertInBatches(tx, articleRevisions, site.articleRevisions, progress);
  await insertInBatches(tx, articleAuthors, site.articleAuthors, progress);
  await insertInBatches(tx, articleTags, site.articleTags, progress);
  await insertInBatches(tx, articlePrograms, site.articlePrograms, progress);
  await insertInBatches(tx, timelineEntries, site.timelineEntries, progress);
  await insertInBatches(tx, timelineTexts, site.timelineTexts, progress);
  await insertInBatches(tx, notices, site.notices, progress);
  await insertInBatches(tx, noticeTexts, site.noticeTexts, progress);

  // Whatever has a publication time (past or scheduled) is published as its newest revision;
  // drafts have none and stay unpublished. The database numbered the revisions on the way in.
  await tx
    .update(pages)
    .set({
      publishedRevisionId: sql`(select max(${pageRevisions.id}) from ${pageRevisions} where ${pageRevisions.pageId} = ${pages.id})`,
    })
    .where(isNotNull(pages.publishAt));
  await tx
    .update(articles)
    .set({
      publishedRevisionId: sql`(select max(${articleRevisions.id}) from ${articleRevisions} where ${articleRevisions.articleId} = ${articles.id})`,
    })
    .where(isNotNull(articles.publishAt));
}

async function insertGatherings(
  tx: Transaction,
  demo: DemoGatherings,
  encryptionKey: Buffer,
  progress: (rows: number) => void,
): Promise<void> {
  await insertInBatches(tx, venues, demo.venues, progress);
  for (const { noticeId, venueId } of demo.venueNotices) {
    await tx.update(notices).set({ venueId }).where(eq(notices.id, noticeId));
  }
  await insertInBatches(tx, notices, demo.advisories, progress);
  await insertInBatches(tx, noticeTexts, demo.advisoryTexts, progress);
  await insertInBatches(tx, gatherings, demo.gatherings, progress);
  await insertInBatches(tx, invitations, demo.invitations, progress);
  const sealed = demo.logistics.map(({ invitationId, logistics }) => ({
    invitationId,
    sealed: seal(encryptionKey, JSON.stringify(logistics)),
    needsVisaLetter: logistics.needsVisaLetter,
  }));
  await insertInBatches(tx, invitationLogistics, sealed, progress);
  await insertInBatches(tx, agendaSessions, demo.sessions, progress);
  await insertInBatches(tx, sessionFacilitators, demo.facilitators, progress);
  await insertInBatches(tx, attendance, demo.attendance, progress);
  await insertInBatches(tx, gatheringNotes, demo.notes, progress);
  await insertInBatches(tx, outcomes, demo.outcomes, progress);
  await insertInBatches(tx, outcomePeople, demo.outcomePeople, progress);
}

/** The channels as stored: in clear, but sealed (no value in clear) for protected people. */
function sealProtected(content: DemoContent, key: Buffer): (typeof contactChannels.$inferInsert)[] {
  const isProtected = new Set(
    content.people.filter((person) => person.tier === 'protected').map((person) => person.id),
  );
  return content.contactChannels.map((channel) =>
    isProtected.has(channel.personId)
      ? { ...channel, value: null, sealed: seal(key, channel.value) }
      : channel,
  );
}

async function insertInBatches<T extends PgTable>(
  tx: Transaction,
  table: T,
  rows: readonly PgInsertValue<T>[],
  progress: (rows: number) => void,
): Promise<void> {
  // Every column of a row may become a parameter, so the column count bounds the batch.
  const columns = Object.keys(getTableColumns(table)).length;
  const batchSize = Math.min(maxRowsPerBatch, Math.floor(maxParameters / columns));
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await tx.insert(table).values(batch);
    progress(batch.length);
  }
}
