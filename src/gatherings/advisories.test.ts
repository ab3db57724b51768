// Travel advisories: tied to the venue or its country, from now to the gathering's end, the most
// severe first, in the reader's language or the default one; shown on the invitee's page of the
// gathering and in the reminder, and as a site banner only when marked so.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { accounts } from '../accounts/tables.ts';
import { runJobs, signIn } from '../accounts/testing.ts';
import type { Database } from '../core/db/client.ts';
import { openTestDatabase } from '../core/db/testing.ts';
import { createJobQueue } from '../core/jobs/queue.ts';
import { listOutbox, readOutboxMessage } from '../core/mail/outbox-queries.ts';
import { buildTestApp } from '../core/web/testing.ts';
import { notices, noticeTexts } from '../site/notices/tables.ts';
import { advisoriesForGathering, advisoryText } from './advisories.ts';
import { reminderMailQueue } from './invitations/sending.ts';
import { gatheringPaths } from './paths.ts';
import { gatherings, invitations, venues } from './tables.ts';

const day = 24 * 60 * 60_000;

describe('travel advisories', () => {
  let database: Database;
  let esalen: string;
  let elsewhere: string;

  before(async () => {
    database = await openTestDatabase();
    const rows = await database.db
      .insert(venues)
      .values([
        { name: 'Esalen', country: 'US' },
        { name: 'Tbilisi hall', country: 'GE' },
      ])
      .returning({ id: venues.id });
    esalen = rows[0]?.id ?? '';
    elsewhere = rows[1]?.id ?? '';
  });
  after(() => database.close());

  async function advisory(
    message: string,
    tie: { venueId?: string; country?: string },
    startsAt: Date,
    endsAt: Date,
    severity: 'info' | 'warning' | 'critical' = 'warning',
    russian?: string,
  ): Promise<void> {
    const [row] = await database.db
      .insert(notices)
      .values({ ...tie, severity, startsAt, endsAt, siteBanner: false })
      .returning({ id: notices.id });
    assert.ok(row);
    await database.db
      .insert(noticeTexts)
      .values([
        { noticeId: row.id, locale: 'en', message },
        ...(russian ? [{ noticeId: row.id, locale: 'ru', message: russian }] : []),
      ]);
  }

  it('finds advisories for the venue and its country, from now to the end of the gathering', async () => {
    const now = new Date('2031-05-01T12:00:00Z');
    const gathering = {
      venueId: esalen,
      venueCountry: 'US',
      startsAt: new Date(now.getTime() + 7 * day),
      endsAt: new Date(now.getTime() + 10 * day),
    };
    const at = (days: number) => new Date(now.getTime() + days * day);
    await advisory('Highway 1 closed', { venueId: esalen }, at(8), at(9), 'critical', 'Трасса 1');
    await advisory('Travel warning', { country: 'US' }, at(-30), at(30), 'info');
    await advisory('Strike on travel days', { country: 'US' }, at(5), at(6));
    await advisory('Already over', { venueId: esalen }, at(-5), at(-1));
    await advisory('After the gathering', { venueId: esalen }, at(10), at(12));
    await advisory('Another venue', { venueId: elsewhere }, at(8), at(9));
    await advisory('Another country', { country: 'GE' }, at(8), at(9));
    const found = await advisoriesForGathering(database.db, gathering, now);
    assert.deepEqual(
      found.map((item) => advisoryText(item, 'en', 'en')?.message),
      ['Highway 1 closed', 'Strike on travel days', 'Travel warning'],
    );
    assert.deepEqual(
      found.map((item) => item.scope),
      ['venue', 'country', 'country'],
    );
    const [closure, strike] = found;
    assert.ok(closure && strike);
    assert.equal(advisoryText(closure, 'ru', 'en')?.message, 'Трасса 1');
    assert.equal(advisoryText(strike, 'ru', 'en')?.message, 'Strike on travel days', 'fallback');

    const ended = await advisoriesForGathering(database.db, gathering, at(11));
    assert.deepEqual(ended, [], 'a gathering that has ended has no travel advisories');
    const online = await advisoriesForGathering(
      database.db,
      { ...gathering, venueId: null, venueCountry: null },
      now,
    );
    assert.deepEqual(online, []);
  });
});

describe('travel advisories where invitees see them', () => {
  it('on the invitee page and in the reminder, and as a banner only when marked so', async () => {
    const t = await buildTestApp();
    try {
      const { db } = t.deps;
      const [venue] = await db
        .insert(venues)
        .values({ name: 'Esalen', country: 'US' })
        .returning({ id: venues.id });
      assert.ok(venue);
      const startsAt = new Date(Date.now() + 7 * day);
      const [gathering] = await db
        .insert(gatherings)
        .values({
          title: 'Big Sur retreat',
          kind: 'retreat',
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3 * day),
          timeZone: 'America/Los_Angeles',
          venueId: venue.id,
          status: 'confirmed',
        })
        .returning({ id: gatherings.id });
      assert.ok(gathering);
      const advise = async (message: string, tie: object, siteBanner: boolean) => {
        const [row] = await db
          .insert(notices)
          .values({
            ...tie,
            severity: 'warning',
            startsAt: new Date(startsAt.getTime() + day),
            endsAt: new Date(startsAt.getTime() + 2 * day),
            siteBanner,
          })
          .returning({ id: notices.id });
        assert.ok(row);
        await db.insert(noticeTexts).values({ noticeId: row.id, locale: 'en', message });
      };
      await advise('Highway 1 closed at Big Sur', { venueId: venue.id }, false);
      await advise('Wildfire smoke in California', { country: 'US' }, true);
      await advise('Floods in Georgia', { country: 'GE' }, false);

      const email = 'invitee@advisories.test';
      const cookie = await signIn(t, { email, roles: [] });
      const [account] = await db.select().from(accounts).where(eq(accounts.email, email));
      assert.ok(account?.personId);
      const [invitation] = await db
        .insert(invitations)
        .values({ gatheringId: gathering.id, personId: account.personId, state: 'accepted' })
        .returning({ id: invitations.id });
      assert.ok(invitation);

      const page = await (
        await t.app.request(gatheringPaths.myGathering(gathering.id), { headers: { cookie } })
      ).text();
      assert.match(page, /Highway 1 closed at Big Sur/);
      assert.match(page, /Wildfire smoke in California/);
      assert.doesNotMatch(page, /Floods in Georgia/);

      // Both fall on the gathering's days, still to come: neither is a banner yet.
      const home = await (await t.app.request('/en/contact')).text();
      assert.doesNotMatch(home, /Highway 1 closed|Wildfire smoke/);

      await createJobQueue(db).enqueue(reminderMailQueue, {
        invitationId: invitation.id,
        startsAt: startsAt.toISOString(),
        daysBefore: 7,
      });
      await runJobs(t);
      const { messages } = await listOutbox(db, { page: 1, pageSize: 10 });
      const sent = messages.find((message) => message.subject.startsWith('Reminder'));
      assert.ok(sent, 'the reminder was sent');
      assert.deepEqual(sent.recipients, [email]);
      const text = (await readOutboxMessage(db, sent.id))?.text ?? '';
      assert.match(text, /Highway 1 closed at Big Sur/);
      assert.match(text, /Wildfire smoke in California/);
      assert.doesNotMatch(text, /Floods in Georgia/);
    } finally {
      await t.close();
    }
  });
});
