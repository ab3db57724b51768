// Creating and editing an organization. Audited by id only: the name is not personal data, but
// the log holds ids by rule (decision 008).
import { and, eq, isNull } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { recordAudit } from '../../core/audit/audit.ts';
import { authorize } from '../policy.ts';
import { organizations } from '../tables.ts';
import type { OrganizationInput } from '../validation.ts';
import type { CommandContext } from './context.ts';

export async function createOrganization(
  context: CommandContext,
  input: OrganizationInput,
): Promise<string> {
  authorize(context.actor, 'edit');
  return context.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(organizations)
      .values(input)
      .returning({ id: organizations.id });
    if (!created) throw new Error('The organization was not created.');
    await recordAudit(tx, {
      action: 'organization.created',
      actor: context.actor,
      subject: { kind: 'organization', id: created.id },
      requestId: context.requestId,
    });
    return created.id;
  });
}

/** Saves the form over an organization that was not merged away (merged ones are 404). */
export async function updateOrganization(
  context: CommandContext,
  organizationId: string,
  input: OrganizationInput,
): Promise<void> {
  authorize(context.actor, 'edit');
  await context.db.transaction(async (tx) => {
    const changed = await tx
      .update(organizations)
      .set(input)
      .where(and(eq(organizations.id, organizationId), isNull(organizations.mergedIntoId)))
      .returning({ id: organizations.id });
    if (changed.length === 0) throw new HTTPException(404);
    await recordAudit(tx, {
      action: 'organization.updated',
      actor: context.actor,
      subject: { kind: 'organization', id: organizationId },
      requestId: context.requestId,
    });
  });
}
