// "Send a test to me": one copy of an issue, the standard variant, to the signed-in editor's own
// account address and nobody else, through a job like all mail. Its personal links lead back to
// the compose page, so clicking around in a test unsubscribes no one.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { accounts } from '../../accounts/tables.ts';
import { translator } from '../../core/i18n/i18n.ts';
import { createJobQueue } from '../../core/jobs/queue.ts';
import type { Deps } from '../../core/web/context.ts';
import { issuePaths } from './issues.ts';
import { personalize, prepareIssue } from './render.ts';

export const testSendQueue = 'newsletter.issue-test';

export async function enqueueTestSend(deps: Pick<Deps, 'db'>, issueId: string, accountId: string) {
  await createJobQueue(deps.db).enqueue(testSendQueue, { issueId, accountId });
}

export function registerTestSendJob(deps: Pick<Deps, 'db' | 'mailer' | 'config' | 'handlers'>) {
  const payload = z.object({ issueId: z.uuid(), accountId: z.string().min(1) });
  deps.handlers.jobs.register(testSendQueue, payload, async ({ issueId, accountId }) => {
    const [account] = await deps.db
      .select({ email: accounts.email })
      .from(accounts)
      .where(eq(accounts.id, accountId));
    if (!account) return;
    const { publicUrl, defaultLocale } = deps.config;
    const prepared = await prepareIssue(deps.db, issueId, { publicUrl, locale: defaultLocale });
    const composePage = new URL(issuePaths.compose(issueId), publicUrl).href;
    const copy = personalize(prepared, {
      greetingName: null,
      variant: 'standard',
      unsubscribeUrl: composePage,
      preferencesUrl: composePage,
      webVersionUrl: null,
      tracking: null,
    });
    await deps.mailer.send({
      to: account.email,
      subject: translator(defaultLocale)('issues.testSubject', { subject: copy.subject }),
      html: copy.html,
      text: copy.text,
    });
  });
}
