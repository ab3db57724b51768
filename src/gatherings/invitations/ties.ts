// Ties derived from attendance: people who were checked in at the same gathering. A no-record
// check-in keeps only a count, so it makes no ties, which is the point of it.
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { attendance } from '../tables.ts';

/** The ids of everyone who attended at least one gathering together with `personId`. Callers
 * show them only through the privacy gate. */
export async function attendedTogether(db: Db, personId: string): Promise<string[]> {
  const theirGatherings = db
    .select({ gatheringId: attendance.gatheringId })
    .from(attendance)
    .where(eq(attendance.personId, personId));
  const rows = await db
    .selectDistinct({ personId: attendance.personId })
    .from(attendance)
    .where(
      and(inArray(attendance.gatheringId, theirGatherings), ne(attendance.personId, personId)),
    );
  return rows.map((row) => row.personId);
}
