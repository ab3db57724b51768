import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Database } from '../core/db/client.ts';
import { openTestDatabase } from '../core/db/testing.ts';
import { media } from '../core/media/tables.ts';
import { unseal } from '../core/privacy/sealing.ts';
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
import type { DemoSummary } from './content.ts';
import { isDatabaseEmpty, loadDemo, resetDemo } from './load.ts';

let database: Database;
const encryptionKey = randomBytes(32);

before(async () => {
  database = await openTestDatabase();
});

after(async () => {
  await database.close();
});

async function countRows(): Promise<DemoSummary> {
  const { db } = database;
  return {
    organizations: await db.$count(organizations),
    people: await db.$count(people),
    contactChannels: await db.$count(contactChannels),
    affiliations: await db.$count(affiliations),
    programs: await db.$count(programs),
    projects: await db.$count(projects),
    pages: await db.$count(pages),
    pageRevisions: await db.$count(pageRevisions),
    articles: await db.$count(articles),
    articleRevisions: await db.$count(articleRevisions),
    articleAuthors: await db.$count(articleAuthors),
    articleTags: await db.$count(articleTags),
    articlePrograms: await db.$count(articlePrograms),
    programTexts: await db.$count(programTexts),
    projectTexts: await db.$count(projectTexts),
    partners: await db.$count(partners),
    programPartners: await db.$count(programPartners),
    programPeople: await db.$count(programPeople),
    timelineEntries: await db.$count(timelineEntries),
    timelineTexts: await db.$count(timelineTexts),
    notices: await db.$count(notices),
    noticeTexts: await db.$count(noticeTexts),
    media: await db.$count(media),
    venues: await db.$count(venues),
    gatherings: await db.$count(gatherings),
    invitations: await db.$count(invitations),
    logistics: await db.$count(invitationLogistics),
    sessions: await db.$count(agendaSessions),
    facilitators: await db.$count(sessionFacilitators),
    attendance: await db.$count(attendance),
    notes: await db.$count(gatheringNotes),
    outcomes: await db.$count(outcomes),
    outcomePeople: await db.$count(outcomePeople),
    newsletterResources: await db.$count(resources),
    newsletterIssues: await db.$count(newsletterIssues),
    newsletterIssueItems: await db.$count(issueItems),
    newsletterSubscribers: await db.$count(subscribers),
    newsletterDeliveries: await db.$count(deliveries),
    newsletterReplyThreads: await db.$count(replyThreads),
    newsletterReplyMessages: await db.$count(replyMessages),
  };
}

describe('loading the demo', () => {
  let loaded: DemoSummary;

  test('a new database is empty', async () => {
    assert.equal(await isDatabaseEmpty(database.db), true);
  });

  test('loadDemo inserts every row it reports, and reports progress up to the total', async () => {
    const reports: [number, number][] = [];
    loaded = await loadDemo(database.db, {
      encryptionKey,
      onProgress: (done, total) => reports.push([done, total]),
    });
    assert.ok(loaded.people >= 300);
    assert.ok(loaded.organizations >= 40);
    assert.ok(loaded.programs >= 8);
    assert.deepEqual(await countRows(), loaded);

    const total = Object.values(loaded).reduce((sum, count) => sum + count, 0);
    assert.deepEqual(reports.at(-1), [total, total]);
    for (let index = 1; index < reports.length; index += 1) {
      assert.ok((reports[index]?.[0] ?? 0) > (reports[index - 1]?.[0] ?? 0));
    }
    assert.equal(await isDatabaseEmpty(database.db), false);
  });

  test('names in other scripts survive the round trip', async () => {
    const rows = await database.db
      .select({ displayName: people.displayName, otherNames: people.otherNames })
      .from(people);
    assert.ok(rows.some((row) => /\p{Script=Hebrew}/u.test(row.displayName)));
    assert.ok(rows.some((row) => /\p{Script=Han}/u.test(row.displayName)));
    assert.ok(rows.every((row) => Array.isArray(row.otherNames)));
  });

  test('a load that fails halfway leaves nothing behind', async () => {
    // Another seed gives new ids, so organizations and people go in; the program slugs are
    // the same and unique, so the load fails near the end and must roll everything back.
    await assert.rejects(loadDemo(database.db, { seed: 2, people: 30, encryptionKey }));
    assert.deepEqual(await countRows(), loaded);
  });

  test('resetDemo removes other rows and gives the same counts again', async () => {
    await database.db.insert(people).values({ displayName: 'Someone Added By Hand' });
    const again = await resetDemo(database.db, { encryptionKey });
    assert.deepEqual(again, loaded);
    assert.deepEqual(await countRows(), loaded);
  });

  test('resetDemo can load a different size', async () => {
    const smaller = await resetDemo(database.db, { seed: 5, people: 25, encryptionKey });
    assert.equal(smaller.people, 25);
    assert.deepEqual(await countRows(), smaller);
  });

  test('contact channels of protected people are sealed, never in clear', async () => {
    const rows = await database.db
      .select({ tier: people.tier, value: contactChannels.value, sealed: contactChannels.sealed })
      .from(contactChannels)
      .innerJoin(people, eq(people.id, contactChannels.personId));
    const guarded = rows.filter((row) => row.tier === 'protected');
    assert.ok(guarded.length > 0, 'the demo has protected people with channels');
    for (const row of guarded) {
      assert.equal(row.value, null);
      assert.ok(row.sealed);
      assert.ok(unseal(encryptionKey, row.sealed).length > 0);
    }
    for (const row of rows.filter((row) => row.tier !== 'protected')) {
      assert.ok(row.value);
      assert.equal(row.sealed, null);
    }
  });
});
