// Creating and changing a partner organization as the site presents it. The logo must be an
// image already in the media library, the organization one already in the network.
import { eq } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { recordAudit } from '../../../core/audit/audit.ts';
import type { Db } from '../../../core/db/client.ts';
import { media } from '../../../core/media/tables.ts';
import { organizations } from '../../../people/tables.ts';
import { authorizeEditing, type EditingContext, EditRefused } from '../../editing/context.ts';
import { partners } from '../../tables.ts';
import type { PartnerInput } from '../validation.ts';

async function refuseUnknownLinks(db: Db, input: PartnerInput): Promise<void> {
  if (input.logoMediaId) {
    const [found] = await db
      .select({ id: media.id })
      .from(media)
      .where(eq(media.id, input.logoMediaId));
    if (!found) throw new EditRefused('logoMediaId', 'programs.error.media');
  }
  if (input.organizationId) {
    const [found] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.id, input.organizationId));
    if (!found) throw new EditRefused('organizationId', 'programs.error.choice');
  }
}

export async function createPartner(context: EditingContext, input: PartnerInput): Promise<string> {
  authorizeEditing(context.actor);
  return context.db.transaction(async (tx) => {
    await refuseUnknownLinks(tx, input);
    const [created] = await tx.insert(partners).values(input).returning({ id: partners.id });
    if (!created) throw new Error('The partner was not created.');
    await recordAudit(tx, {
      action: 'partner.created',
      actor: context.actor,
      subject: { kind: 'partner', id: created.id },
      requestId: context.requestId,
    });
    return created.id;
  });
}

export async function updatePartner(
  context: EditingContext,
  partnerId: string,
  input: PartnerInput,
): Promise<void> {
  authorizeEditing(context.actor);
  await context.db.transaction(async (tx) => {
    await refuseUnknownLinks(tx, input);
    const changed = await tx
      .update(partners)
      .set(input)
      .where(eq(partners.id, partnerId))
      .returning({ id: partners.id });
    if (changed.length === 0) throw new HTTPException(404);
    await recordAudit(tx, {
      action: 'partner.updated',
      actor: context.actor,
      subject: { kind: 'partner', id: partnerId },
      requestId: context.requestId,
    });
  });
}
