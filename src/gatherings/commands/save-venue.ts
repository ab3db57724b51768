// Creating, changing and removing venues. Audited by id only. A venue a gathering still names
// cannot be removed: the gathering would quietly lose its place.
import { eq } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { recordAudit } from '../../core/audit/audit.ts';
import { mayManageGatherings } from '../policy.ts';
import { gatherings, venues } from '../tables.ts';
import type { VenueInput } from '../venues.ts';
import type { GatheringCommandContext } from './context.ts';

export async function saveVenue(
  context: GatheringCommandContext,
  input: VenueInput,
  venueId?: string,
): Promise<string> {
  if (!mayManageGatherings(context.actor)) throw new HTTPException(404);
  return context.db.transaction(async (tx) => {
    const [saved] = venueId
      ? await tx
          .update(venues)
          .set(input)
          .where(eq(venues.id, venueId))
          .returning({ id: venues.id })
      : await tx.insert(venues).values(input).returning({ id: venues.id });
    if (!saved) throw new HTTPException(404);
    await recordAudit(tx, {
      action: venueId ? 'venue.updated' : 'venue.created',
      actor: context.actor,
      subject: { kind: 'venue', id: saved.id },
      requestId: context.requestId,
    });
    return saved.id;
  });
}

/** False when a gathering still takes place there (nothing is removed then). */
export async function deleteVenue(
  context: GatheringCommandContext,
  venueId: string,
): Promise<boolean> {
  if (!mayManageGatherings(context.actor)) throw new HTTPException(404);
  return context.db.transaction(async (tx) => {
    const [inUse] = await tx
      .select({ id: gatherings.id })
      .from(gatherings)
      .where(eq(gatherings.venueId, venueId))
      .limit(1);
    if (inUse) return false;
    const removed = await tx
      .delete(venues)
      .where(eq(venues.id, venueId))
      .returning({ id: venues.id });
    if (removed.length === 0) throw new HTTPException(404);
    await recordAudit(tx, {
      action: 'venue.deleted',
      actor: context.actor,
      subject: { kind: 'venue', id: venueId },
      requestId: context.requestId,
    });
    return true;
  });
}
