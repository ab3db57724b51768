// The next moment the public site changes by itself, with no one writing anything: a scheduled
// page or article comes out, a notice starts or ends, a public gathering begins or ends. Cached
// pages are good until then.
import { sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';

/** The earliest scheduled change after `now`, or undefined when nothing is scheduled. */
export async function nextScheduledChange(db: Db, now: Date): Promise<Date | undefined> {
  const at = now.toISOString();
  const result = (await db.execute(sql`
    select least(
      (select min(publish_at) from pages
        where published_revision_id is not null and publish_at > ${at}),
      (select min(publish_at) from articles
        where published_revision_id is not null and publish_at > ${at}),
      (select min(starts_at) from notices where starts_at > ${at}),
      (select min(ends_at) from notices where ends_at > ${at}),
      -- A public gathering moves from upcoming to past, and its travel advisories go.
      (select min(starts_at) from gatherings where public and starts_at > ${at}),
      (select min(ends_at) from gatherings where public and ends_at > ${at})
    ) as next`)) as unknown as { rows: { next: string | Date | null }[] };
  const next = result.rows[0]?.next;
  return next ? new Date(next) : undefined;
}
