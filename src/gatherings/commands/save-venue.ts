// Creating and changing venues. Audited by id only.
import { eq } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { recordAudit } from '../../core/audit/audit.ts';
import { mayManageGatherings } from '../policy.ts';
import { venues } from '../tables.ts';
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
