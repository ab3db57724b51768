import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../core/db/backup-catalog.ts';
import type { Database } from '../../core/db/client.ts';
import { openTestDatabase } from '../../core/db/testing.ts';
import { loadDemo } from '../load.ts';

let database: Database;
const encryptionKey = randomBytes(32);
const now = new Date();

before(async () => {
  database = await openTestDatabase();
  await loadDemo(database.db, { encryptionKey, now });
});

after(async () => {
  await database.close();
});

/** Counts by a key (PostgreSQL returns counts as text, hence Number). */
async function countsBy(query: SQL): Promise<Record<string, number>> {
  const rows = await queryRows<{ key: string; n: unknown }>(database.db, query);
  return Object.fromEntries(rows.map((row) => [row.key, Number(row.n)]));
}

describe('demo newsletter', () => {
  test('hundreds of resources in every topic and language', async () => {
    const topics = await countsBy(
      sql`select topic as key, count(*) as n from newsletter_resources group by topic`,
    );
    assert.equal(Object.keys(topics).length, 5);
    assert.ok(Object.values(topics).reduce((sum, n) => sum + n, 0) >= 200);
    const languages = await countsBy(
      sql`select language as key, count(*) as n from newsletter_resources group by language`,
    );
    assert.deepEqual(Object.keys(languages).sort(), ['ar', 'de', 'en', 'he', 'ru', 'uk']);
  });

  test('52 sent issues before now, some public, and one draft', async () => {
    const statuses = await countsBy(sql`
      select status::text as key, count(*) as n from newsletter_issues group by status`);
    assert.deepEqual(statuses, { draft: 1, sent: 52 });
    const shapes = await countsBy(sql`
      select case when public then 'public' else 'private' end as key, count(*) as n
        from newsletter_issues
       where status = 'sent' and sent_at < now() and editor_note <> ''
         and (select count(*) from newsletter_issue_items i where i.issue_id = id) between 15 and 24
       group by public`);
    assert.equal((shapes.public ?? 0) + (shapes.private ?? 0), 52);
    assert.ok((shapes.public ?? 0) >= 8);
  });

  test('subscribers in every status, of every tier', async () => {
    const statuses = await countsBy(sql`
      select status::text as key, count(*) as n from newsletter_subscribers group by status`);
    for (const status of ['pending', 'active', 'unsubscribed', 'suspended']) {
      assert.ok((statuses[status] ?? 0) > 0, status);
    }
    const tiers = await countsBy(sql`
      select p.tier::text as key, count(*) as n
        from newsletter_subscribers s join people p on p.id = s.person_id group by p.tier`);
    assert.deepEqual(Object.keys(tiers).sort(), ['network', 'protected', 'public', 'staff']);
  });

  test('deliveries for the last four issues only, sent or bounced', async () => {
    const states = await countsBy(sql`
      select state::text as key, count(*) as n from newsletter_deliveries group by state`);
    assert.deepEqual(Object.keys(states).sort(), ['bounced', 'sent']);
    const issues = await countsBy(sql`
      select 'issues' as key, count(distinct issue_id) as n from newsletter_deliveries`);
    assert.equal(issues.issues, 4);
  });

  test('reply threads with messages in and out, tagged', async () => {
    const directions = await countsBy(sql`
      select direction::text as key, count(distinct thread_id) as n
        from newsletter_reply_messages group by direction`);
    assert.ok((directions.in ?? 0) >= 15);
    assert.ok((directions.out ?? 0) >= 10);
    const tags = await countsBy(sql`
      select tag as key, count(*) as n
        from newsletter_reply_threads, jsonb_array_elements_text(tags) as tag group by tag`);
    assert.deepEqual(Object.keys(tags).sort(), ['collaboration', 'correction', 'news']);
  });
});
