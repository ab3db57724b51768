// Travel advisories: tied to the venue or its country, from now to the gathering's end, the most
// severe first, in the reader's language or the default one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../core/db/client.ts';
import { openTestDatabase } from '../core/db/testing.ts';
import { notices, noticeTexts } from '../site/notices/tables.ts';
import { advisoriesForGathering, advisoryText } from './advisories.ts';
import { venues } from './tables.ts';

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
