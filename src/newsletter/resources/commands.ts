// Saving and removing resources, audited by id only. A resource an issue uses cannot be removed:
// the issue (perhaps already sent, perhaps public) would silently lose an item.
import { eq } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { recordAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/client.ts';
import { hasRole, type Viewer } from '../../core/privacy/viewer.ts';
import { issueItems, resources } from '../tables.ts';
import type { ResourceInput } from './resources.ts';

export interface ResourceCommandContext {
  db: Db;
  actor: Viewer;
  requestId?: string;
}

function assertEditor(actor: Viewer): void {
  if (!hasRole(actor, 'editor')) throw new HTTPException(404);
}

export async function saveResource(
  context: ResourceCommandContext,
  input: ResourceInput,
  resourceId?: string,
): Promise<string> {
  assertEditor(context.actor);
  return context.db.transaction(async (tx) => {
    const [saved] = resourceId
      ? await tx
          .update(resources)
          .set(input)
          .where(eq(resources.id, resourceId))
          .returning({ id: resources.id })
      : await tx
          .insert(resources)
          .values({
            ...input,
            createdBy: context.actor.kind === 'account' ? context.actor.accountId : null,
          })
          .returning({ id: resources.id });
    if (!saved) throw new HTTPException(404);
    await recordAudit(tx, {
      action: resourceId ? 'newsletter.resource_updated' : 'newsletter.resource_created',
      actor: context.actor,
      subject: { kind: 'newsletter_resource', id: saved.id },
      requestId: context.requestId,
    });
    return saved.id;
  });
}

/** False when an issue uses the resource (nothing is removed then). */
export async function deleteResource(
  context: ResourceCommandContext,
  resourceId: string,
): Promise<boolean> {
  assertEditor(context.actor);
  return context.db.transaction(async (tx) => {
    const [inUse] = await tx
      .select({ issueId: issueItems.issueId })
      .from(issueItems)
      .where(eq(issueItems.resourceId, resourceId))
      .limit(1);
    if (inUse) return false;
    const removed = await tx
      .delete(resources)
      .where(eq(resources.id, resourceId))
      .returning({ id: resources.id });
    if (removed.length === 0) throw new HTTPException(404);
    await recordAudit(tx, {
      action: 'newsletter.resource_deleted',
      actor: context.actor,
      subject: { kind: 'newsletter_resource', id: resourceId },
      requestId: context.requestId,
    });
    return true;
  });
}
