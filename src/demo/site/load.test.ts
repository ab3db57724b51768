import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../core/db/backup-catalog.ts';
import type { Database } from '../../core/db/client.ts';
import { openTestDatabase } from '../../core/db/testing.ts';
import { loadDemo } from '../load.ts';

let database: Database;

before(async () => {
  database = await openTestDatabase();
  await loadDemo(database.db, { encryptionKey: randomBytes(32) });
});

after(async () => {
  await database.close();
});

/** One row of numbers from a query, as numbers whatever the engine returns. */
async function numbers<K extends string>(query: SQL): Promise<Record<K, number>> {
  const [row] = await queryRows<Record<K, unknown>>(database.db, query);
  return Object.fromEntries(
    Object.entries(row ?? {}).map(([key, value]) => [key, Number(value)]),
  ) as Record<K, number>;
}

describe('the demo site as loaded', () => {
  test('every page is published in en, ru and uk as its one revision', async () => {
    const counts = await numbers<'pages' | 'keys' | 'locales'>(sql`
      select count(*) as pages, count(distinct p.translation_key) as keys,
             count(distinct p.locale) as locales
        from pages p join page_revisions r on r.id = p.published_revision_id
       where p.publish_at <= now() and r.body = p.body and r.page_id = p.id`);
    assert.deepEqual(counts, { pages: 18, keys: 6, locales: 3 });
  });

  test('at least 30 articles are public now, each showing its newest revision', async () => {
    const counts = await numbers<'published' | 'newest' | 'locales'>(sql`
      select count(*) as published,
             count(*) filter (where r.id = (select max(id) from article_revisions
                                             where article_id = a.id)) as newest,
             count(distinct a.locale) as locales
        from articles a join article_revisions r on r.id = a.published_revision_id
       where a.publish_at <= now() and r.body = a.body`);
    assert.ok(counts.published >= 30, `${counts.published} published`);
    assert.equal(counts.newest, counts.published);
    assert.equal(counts.locales, 3);
  });

  test('drafts are unpublished, scheduled articles wait, revised ones say so', async () => {
    const counts = await numbers<'drafts' | 'scheduled' | 'revised' | 'translated'>(sql`
      select count(*) filter (where publish_at is null and published_revision_id is null) as drafts,
             count(*) filter (where publish_at > now() and published_revision_id is not null)
               as scheduled,
             count(*) filter (where revised_at > publish_at) as revised,
             (select count(*) from (select translation_key from articles group by translation_key
                                    having count(*) > 1) t) as translated
        from articles`);
    assert.ok(counts.drafts >= 2);
    assert.ok(counts.scheduled >= 3);
    assert.ok(counts.revised >= 2);
    assert.ok(counts.translated >= 5);
  });

  test('covers are images with every variant, shared by translations', async () => {
    const counts = await numbers<'covered' | 'media' | 'formats'>(sql`
      select count(*) as covered, count(distinct a.cover_media_id) as media,
             (select count(distinct format) from media_variants) as formats
        from articles a join media m on m.id = a.cover_media_id`);
    assert.ok(counts.media >= 3);
    assert.ok(counts.covered > counts.media);
    assert.equal(counts.formats, 3);
  });

  test('articles have authors, tags and programs', async () => {
    const counts = await numbers<'unsigned' | 'untagged' | 'unfiled'>(sql`
      select count(*) filter (where not exists (select 1 from article_authors w
                                                 where w.article_id = a.id)) as unsigned,
             count(*) filter (where not exists (select 1 from article_tags t
                                                 where t.article_id = a.id)) as untagged,
             count(*) filter (where not exists (select 1 from article_programs p
                                                 where p.article_id = a.id)) as unfiled
        from articles a where a.publish_at is not null`);
    assert.deepEqual(counts, { unsigned: 0, untagged: 0, unfiled: 0 });
  });

  test('the timeline runs from 1980 to this year, in three languages', async () => {
    const counts = await numbers<'first' | 'last' | 'thisYear' | 'untranslated'>(sql`
      select min(year) as first, max(year) as last,
             extract(year from now()) as "thisYear",
             count(*) filter (where (select count(*) from timeline_texts t
                                      where t.entry_id = e.id) < 3) as untranslated
        from timeline_entries e`);
    assert.equal(counts.first, 1980);
    assert.equal(counts.last, counts.thisYear);
    assert.equal(counts.untranslated, 0);
  });

  test('exactly one notice is in force now, with its text in three languages', async () => {
    const counts = await numbers<'inForce' | 'texts'>(sql`
      select count(distinct n.id) as "inForce", count(t.locale) as texts
        from notices n join notice_texts t on t.notice_id = n.id
       where n.starts_at <= now() and now() < n.ends_at`);
    assert.deepEqual(counts, { inForce: 1, texts: 3 });
  });

  test('programs have texts, partners and people', async () => {
    const counts = await numbers<'withEnglish' | 'withPartners' | 'withPeople'>(sql`
      select count(*) filter (where exists (select 1 from program_texts t
                                             where t.program_id = p.id and t.locale = 'en'))
               as "withEnglish",
             count(*) filter (where exists (select 1 from program_partners x
                                             where x.program_id = p.id)) as "withPartners",
             count(*) filter (where exists (select 1 from program_people x
                                             where x.program_id = p.id)) as "withPeople"
        from programs p where p.published`);
    assert.equal(counts.withEnglish, 8);
    assert.ok(counts.withPartners >= 3);
    assert.equal(counts.withPeople, 8);
  });
});
