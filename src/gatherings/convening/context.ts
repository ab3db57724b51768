// What the convening pages share: the gathering they work on, loaded by the :id of the address
// they are mounted under, and what every command is given (who acts, for the audit log).

import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { z } from 'zod';
import type { Db } from '../../core/db/client.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import type { AppEnv } from '../../core/web/context.ts';
import { gatherings } from '../tables.ts';

export interface ConveningContext {
  db: Db;
  actor: Viewer;
  requestId?: string;
}

export interface ConveningGathering {
  id: string;
  title: string;
  noRecordCheckIn: boolean;
  anonymousCheckIns: number;
}

const gatheringId = z.uuid();

/** The gathering named by the address, or undefined for a malformed or unknown id (the caller
 * answers both with the same 404). */
export async function loadGathering(c: Context<AppEnv>): Promise<ConveningGathering | undefined> {
  const parsed = gatheringId.safeParse(c.req.param('id'));
  if (!parsed.success) return undefined;
  const [row] = await c
    .get('deps')
    .db.select({
      id: gatherings.id,
      title: gatherings.title,
      noRecordCheckIn: gatherings.noRecordCheckIn,
      anonymousCheckIns: gatherings.anonymousCheckIns,
    })
    .from(gatherings)
    .where(eq(gatherings.id, parsed.data));
  return row;
}

export function conveningContext(c: Context<AppEnv>): ConveningContext {
  return { db: c.get('deps').db, actor: c.get('viewer'), requestId: c.get('requestId') };
}

/** The staff address of a convening page of a gathering. */
export function conveningPath(
  gatheringId: string,
  page: 'check-in' | 'notes' | 'outcomes' | 'follow-up',
): string {
  return `/gatherings/${gatheringId}/${page}`;
}
