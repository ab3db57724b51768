// A staff answer to a reader: stored on the thread as direction 'out' together with the job that
// sends it, so an answer is never recorded without being sent or sent without being recorded.
// One recipient, the thread's person; replies to it come back to the same thread.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../core/db/client.ts';
import { createJobQueue } from '../../core/jobs/queue.ts';
import type { Deps } from '../../core/web/context.ts';
import { readContacts } from '../../people/contacts.ts';
import { newsletterIssues, replyMessages, replyThreads, subscribers } from '../tables.ts';
import { replyAddress } from './reply-address.ts';

export const replyAnswerQueue = 'newsletter.reply-answer';

export async function recordAnswer(
  db: Db,
  threadId: string,
  body: string,
  sentBy: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [message] = await tx
      .insert(replyMessages)
      .values({ threadId, direction: 'out', body, sentBy })
      .returning({ id: replyMessages.id });
    await tx
      .update(replyThreads)
      .set({ updatedAt: new Date() })
      .where(eq(replyThreads.id, threadId));
    await createJobQueue(tx).enqueue(replyAnswerQueue, { messageId: message?.id });
  });
}

export function registerReplyAnswerJob(deps: Pick<Deps, 'db' | 'mailer' | 'config' | 'handlers'>) {
  const payload = z.object({ messageId: z.number().int().positive() });
  deps.handlers.jobs.register(replyAnswerQueue, payload, async ({ messageId }) => {
    const [row] = await deps.db
      .select({
        body: replyMessages.body,
        personId: replyThreads.personId,
        issueId: newsletterIssues.id,
        issueTitle: newsletterIssues.title,
        subscriberId: subscribers.id,
      })
      .from(replyMessages)
      .innerJoin(replyThreads, eq(replyThreads.id, replyMessages.threadId))
      .innerJoin(newsletterIssues, eq(newsletterIssues.id, replyThreads.issueId))
      .leftJoin(subscribers, eq(subscribers.personId, replyThreads.personId))
      .where(and(eq(replyMessages.id, messageId), eq(replyMessages.direction, 'out')));
    // Deleted since, with its thread: nothing to send and nothing to retry.
    if (!row) return;
    const contacts = await readContacts(deps.db, deps.config.encryptionKey, row.personId);
    const address = contacts
      .filter((contact) => contact.kind === 'email')
      .sort((a, b) => b.preferred - a.preferred)[0]?.value;
    if (!address) return;
    await deps.mailer.send({
      to: address,
      subject: `Re: ${row.issueTitle}`,
      text: row.body,
      replyTo: row.subscriberId
        ? replyAddress(deps.config, row.issueId, row.subscriberId)
        : undefined,
    });
  });
}
