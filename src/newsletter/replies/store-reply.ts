// A reader's reply, stored on the thread of its issue and its person: one thread per (issue,
// person), found or created, so a second reply to the same issue lands beside the first.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { newsletterIssues, replyMessages, replyThreads, subscribers } from '../tables.ts';
import type { AttachmentMeta } from './clean-reply.ts';
import type { ReplyTarget } from './reply-address.ts';

export interface IncomingReply {
  body: string;
  attachments: AttachmentMeta[];
  inboundId: string;
}

/** The thread the reply went to; throws when its issue or subscriber has been deleted since. */
export async function storeReply(
  db: Db,
  target: ReplyTarget,
  reply: IncomingReply,
): Promise<string> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ personId: subscribers.personId, issueId: newsletterIssues.id })
      .from(subscribers)
      .innerJoin(newsletterIssues, eq(newsletterIssues.id, target.issueId))
      .where(eq(subscribers.id, target.subscriberId));
    if (!found) throw new Error('The issue or the subscriber of this reply no longer exists.');
    await tx
      .insert(replyThreads)
      .values({ issueId: found.issueId, personId: found.personId })
      .onConflictDoNothing();
    const [thread] = await tx
      .update(replyThreads)
      .set({ updatedAt: new Date() })
      .where(
        and(eq(replyThreads.issueId, found.issueId), eq(replyThreads.personId, found.personId)),
      )
      .returning({ id: replyThreads.id });
    if (!thread) throw new Error('The reply thread could not be created.');
    await tx.insert(replyMessages).values({
      threadId: thread.id,
      direction: 'in',
      body: reply.body,
      attachments: reply.attachments,
      inboundId: reply.inboundId,
    });
    return thread.id;
  });
}
