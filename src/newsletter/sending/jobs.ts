// The background side of sending: a pass works an issue's due rows and, when some are due only
// later (deferred, or leased by a sender that may have died), leaves a pass for that moment.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Deps } from '../../core/web/context.ts';
import { newsletterIssues } from '../tables.ts';
import { createIssueSender } from './sender.ts';
import { enqueueSendPass, scheduledStartQueue, sendQueue, startSend } from './start.ts';

export function registerSendingJobs(deps: Deps): void {
  const sender = createIssueSender(deps, {
    ratePerSecond: deps.config.newsletter.sendRatePerSecond,
    concurrency: deps.config.newsletter.sendConcurrency,
  });
  deps.handlers.jobs.register(
    sendQueue,
    z.object({ issueId: z.uuid() }),
    async ({ issueId }, { signal }) => {
      const outcome = await sender.sendDue(issueId, signal);
      if (outcome instanceof Date) await enqueueSendPass(deps.db, issueId, outcome);
    },
  );
  deps.handlers.jobs.register(
    scheduledStartQueue,
    z.object({ issueId: z.uuid(), at: z.iso.datetime() }),
    async ({ issueId, at }) => {
      // Only if it is still scheduled for this moment: staff may have moved or cancelled it.
      const [issue] = await deps.db
        .select({ scheduledAt: newsletterIssues.scheduledAt })
        .from(newsletterIssues)
        .where(and(eq(newsletterIssues.id, issueId), eq(newsletterIssues.status, 'scheduled')));
      if (issue?.scheduledAt?.getTime() !== new Date(at).getTime()) return;
      await startSend(deps, issueId);
    },
  );
}
