// Works the delivery rows of one issue: claims a small batch, sends each message (one recipient,
// personalized) at the process's rate with a few SMTP transactions at once, and marks each row
// the moment SMTP has answered. Stops when the issue is paused or nothing is due.
import { eq } from 'drizzle-orm';
import type { Config } from '../../core/config.ts';
import type { Db } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/i18n.ts';
import { retryDelayMs } from '../../core/jobs/backoff.ts';
import { mailboxOf } from '../../core/mail/compose.ts';
import type { Mailer } from '../../core/mail/mailer.ts';
import {
  preferencesUrl,
  type Recipient,
  resolveRecipients,
  unsubscribeHeaders,
  unsubscribeUrl,
} from '../audience/recipients.ts';
import { type PreparedIssue, personalize, prepareIssue } from '../issues/render.ts';
import { replyAddress } from '../replies/reply-address.ts';
import { newsletterIssues } from '../tables.ts';
import {
  type ClaimedDelivery,
  claimDeliveries,
  finishOrNextDue,
  markDeferred,
  markFailed,
  markSent,
  markSkipped,
  releaseDeliveries,
} from './delivery-rows.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';
import { classifySendError } from './smtp-errors.ts';
import { bounceAddress } from './verp.ts';

export interface SenderDeps {
  db: Db;
  config: Config;
  mailer: Mailer;
}

export interface SenderOptions {
  ratePerSecond: number;
  concurrency: number;
  /** How long a claimed row stays ours; past it another sender takes it (default 2 minutes). */
  leaseMs?: number;
  /** After this many tries a temporary failure counts as final (default 6). */
  maxAttempts?: number;
  /** Backoff unit for deferred rows (default one minute). */
  retryBaseMs?: number;
}

/** What is left after a pass: all done, paused, or rows due again at a later moment. */
export type PassOutcome = 'done' | 'paused' | Date;

interface IssueContext {
  /** Rendered once per language the recipients read. */
  prepared: Map<Locale, PreparedIssue>;
  recipients: Map<string, Recipient>;
  webVersionUrls: Map<string, string> | null;
}

export interface IssueSender {
  sendDue(issueId: string, signal?: AbortSignal): Promise<PassOutcome>;
}

export function createIssueSender(deps: SenderDeps, options: SenderOptions): IssueSender {
  const limiter = createRateLimiter(options.ratePerSecond);
  const leaseMs = options.leaseMs ?? 120_000;
  // Rendering and resolving recipients happen once per issue in this process, not per message.
  const contexts = new Map<string, Promise<IssueContext>>();
  // A batch is about a second's worth of messages, so a pause takes effect within a second or so
  // and a batch is long done before its lease runs out.
  const batchSize = Math.max(options.concurrency, Math.min(200, options.ratePerSecond));

  const contextFor = (issueId: string) => {
    let context = contexts.get(issueId);
    if (!context) {
      context = loadContext(deps, issueId);
      context.catch(() => contexts.delete(issueId));
      contexts.set(issueId, context);
    }
    return context;
  };

  return {
    async sendDue(issueId, signal) {
      const context = await contextFor(issueId);
      while (!signal?.aborted) {
        if ((await issueStatus(deps.db, issueId)) !== 'sending') return 'paused';
        const batch = await claimDeliveries(deps.db, { issueId, limit: batchSize, leaseMs });
        if (batch.length === 0) break;
        await sendBatch(deps, options, limiter, issueId, context, batch, signal);
      }
      if (signal?.aborted) return new Date();
      const outcome = await finishOrNextDue(deps.db, issueId);
      if (outcome === 'done') contexts.delete(issueId);
      return outcome;
    },
  };
}

async function issueStatus(db: Db, issueId: string) {
  const [row] = await db
    .select({ status: newsletterIssues.status })
    .from(newsletterIssues)
    .where(eq(newsletterIssues.id, issueId));
  return row?.status;
}

async function loadContext(deps: SenderDeps, issueId: string): Promise<IssueContext> {
  const [issue] = await deps.db
    .select()
    .from(newsletterIssues)
    .where(eq(newsletterIssues.id, issueId));
  if (!issue) throw new Error(`No newsletter issue ${issueId}`);
  const { publicUrl } = deps.config;
  const recipients = await resolveRecipients(deps.db, issue, deps.config);
  const prepared = new Map<Locale, PreparedIssue>();
  for (const locale of new Set(recipients.map((recipient) => recipient.locale))) {
    prepared.set(locale, await prepareIssue(deps.db, issueId, { publicUrl, locale }));
  }
  return {
    prepared,
    recipients: new Map(recipients.map((recipient) => [recipient.subscriberId, recipient])),
    webVersionUrls: issue.public
      ? new Map(
          recipients.map((r) => [r.locale, `${publicUrl}/${r.locale}/newsletter/${issue.number}`]),
        )
      : null,
  };
}

async function sendBatch(
  deps: SenderDeps,
  options: SenderOptions,
  limiter: RateLimiter,
  issueId: string,
  context: IssueContext,
  batch: ClaimedDelivery[],
  signal: AbortSignal | undefined,
): Promise<void> {
  let next = 0;
  const unsent: number[] = [];
  const lane = async () => {
    for (let row = batch[next++]; row; row = batch[next++]) {
      if (signal?.aborted) {
        unsent.push(row.id);
        continue;
      }
      await sendOne(deps, options, limiter, issueId, context, row);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, lane));
  await releaseDeliveries(deps.db, unsent);
}

async function sendOne(
  deps: SenderDeps,
  options: SenderOptions,
  limiter: RateLimiter,
  issueId: string,
  context: IssueContext,
  row: ClaimedDelivery,
): Promise<void> {
  const recipient = context.recipients.get(row.subscriberId);
  if (!recipient) {
    await markSkipped(deps.db, row.id, 'no longer a recipient');
    return;
  }
  const { config } = deps;
  const prepared = context.prepared.get(recipient.locale) as PreparedIssue;
  const content = personalize(prepared, {
    greetingName: recipient.greetingName,
    variant: recipient.variant,
    unsubscribeUrl: unsubscribeUrl(config, recipient.subscriberId),
    preferencesUrl: preferencesUrl(config, recipient.subscriberId),
    webVersionUrl: context.webVersionUrls?.get(recipient.locale) ?? null,
    // Tracking is off by default, and never for protected recipients.
    tracking: null,
  });
  await limiter.take();
  try {
    const sent = await deps.mailer.send({
      to: recipient.address,
      subject: content.subject,
      html: content.html,
      text: content.text,
      // A protected recipient's mail shows no sender name that could name the organization.
      from: recipient.variant === 'neutral' ? mailboxOf(config.mail.from) : undefined,
      replyTo: replyAddress(config, issueId, recipient.subscriberId),
      returnPath: bounceAddress(config, row.id),
      headers: unsubscribeHeaders(config, recipient.subscriberId),
    });
    await markSent(deps.db, row.id, sent.messageId);
  } catch (error) {
    const failure = classifySendError(error);
    if (failure.permanent || row.attempts >= (options.maxAttempts ?? 6)) {
      await markFailed(deps.db, row.id, failure.summary);
    } else {
      const delay = retryDelayMs(row.attempts, {
        baseMs: options.retryBaseMs ?? 60_000,
        maxMs: 6 * 60 * 60 * 1000,
      });
      await markDeferred(deps.db, row.id, failure.summary, delay);
    }
  }
}
