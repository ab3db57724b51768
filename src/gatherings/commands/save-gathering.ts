// Creating and changing gatherings. Audited by id only (decision 008). A capacity below the
// number already accepted is refused rather than silently pushing people onto the waitlist.
import { eq } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { recordAudit } from '../../core/audit/audit.ts';
import {
  countAccepted,
  type GatheringInput,
  type GatheringStatus,
  statusTransitions,
} from '../gatherings.ts';
import { mayManageGatherings } from '../policy.ts';
import { gatherings, venues } from '../tables.ts';
import type { GatheringCommandContext } from './context.ts';

/** A refusal to show on the form, under the field it concerns. */
export class GatheringRefused extends Error {
  constructor(
    readonly field: 'capacity' | 'venueId' | 'status',
    readonly key:
      | 'gatherings.error.capacityBelowAccepted'
      | 'gatherings.error.venueMissing'
      | 'gatherings.error.transition',
    readonly values: Record<string, number | string> = {},
  ) {
    super(key);
  }
}

function authorize(context: GatheringCommandContext): void {
  if (!mayManageGatherings(context.actor)) throw new HTTPException(404);
}

async function checkVenue(context: GatheringCommandContext, input: GatheringInput): Promise<void> {
  if (!input.venueId) return;
  const [venue] = await context.db
    .select({ id: venues.id })
    .from(venues)
    .where(eq(venues.id, input.venueId));
  if (!venue) throw new GatheringRefused('venueId', 'gatherings.error.venueMissing');
}

export async function createGathering(
  context: GatheringCommandContext,
  input: GatheringInput,
): Promise<string> {
  authorize(context);
  await checkVenue(context, input);
  return context.db.transaction(async (tx) => {
    const [created] = await tx.insert(gatherings).values(input).returning({ id: gatherings.id });
    if (!created) throw new Error('The gathering was not created.');
    await recordAudit(tx, {
      action: 'gathering.created',
      actor: context.actor,
      subject: { kind: 'gathering', id: created.id },
      requestId: context.requestId,
    });
    return created.id;
  });
}

export async function updateGathering(
  context: GatheringCommandContext,
  gatheringId: string,
  input: GatheringInput,
): Promise<void> {
  authorize(context);
  await checkVenue(context, input);
  await context.db.transaction(async (tx) => {
    // Lock the gathering so an answer accepted meanwhile cannot slip under the new capacity.
    const [locked] = await tx
      .select({ id: gatherings.id })
      .from(gatherings)
      .where(eq(gatherings.id, gatheringId))
      .for('update');
    if (!locked) throw new HTTPException(404);
    const accepted = await countAccepted(tx, gatheringId);
    if (input.capacity !== null && input.capacity < accepted) {
      throw new GatheringRefused('capacity', 'gatherings.error.capacityBelowAccepted', {
        accepted,
      });
    }
    await tx
      .update(gatherings)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(gatherings.id, gatheringId));
    await recordAudit(tx, {
      action: 'gathering.updated',
      actor: context.actor,
      subject: { kind: 'gathering', id: gatheringId },
      requestId: context.requestId,
    });
  });
}

export async function changeGatheringStatus(
  context: GatheringCommandContext,
  gatheringId: string,
  to: GatheringStatus,
): Promise<void> {
  authorize(context);
  await context.db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: gatherings.status })
      .from(gatherings)
      .where(eq(gatherings.id, gatheringId))
      .for('update');
    if (!current) throw new HTTPException(404);
    if (!statusTransitions[current.status].includes(to)) {
      throw new GatheringRefused('status', 'gatherings.error.transition');
    }
    await tx
      .update(gatherings)
      .set({ status: to, updatedAt: new Date() })
      .where(eq(gatherings.id, gatheringId));
    await recordAudit(tx, {
      action: 'gathering.status_changed',
      actor: context.actor,
      subject: { kind: 'gathering', id: gatheringId },
      details: { from: current.status, to },
      requestId: context.requestId,
    });
  });
}
