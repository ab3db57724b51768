// Alerts: something an administrator should look at soon (a flood of failed sign-ins, a large
// export). An alert is an audit event `alert.<kind>` plus one e-mail to each administrator. The
// mail carries ids and a link to /admin/audit, never a name or an address: mail leaves our
// hands, and an administrator reads the rest signed in.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { accounts } from '../../accounts/tables.ts';
import type { Db } from '../db/client.ts';
import { translator } from '../i18n/i18n.ts';
import { createJobQueue } from '../jobs/queue.ts';
import { hitRateLimit } from '../rate-limit/rate-limit.ts';
import type { Deps } from '../web/context.ts';
import { recordAudit } from './audit.ts';
import { auditEvents } from './tables.ts';

export interface Alert {
  /** A short machine name: 'sign_in_flood', 'export_large'... The event is `alert.<kind>`. */
  kind: string;
  subject?: { kind: string; id: string };
  /** Facts for the audit log; the same rules as recordAudit (no personal data). */
  details: Record<string, unknown>;
  requestId?: string;
}

const alertKind = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/);
const hour = 60 * 60 * 1000;

const fanOutQueue = 'alert-administrators';
const mailQueue = 'alert-administrator-mail';

/**
 * Raises an alert unless the same kind for the same subject was raised in the current hour (a
 * fixed window, so two alerts can at worst fall either side of an hour's start). Returns whether
 * it was raised. Everything happens in one transaction: the count, the audit event and the job.
 */
export async function alertAdministrators(deps: { db: Db }, alert: Alert): Promise<boolean> {
  const kind = alertKind.parse(alert.kind);
  const subjectKey = alert.subject ? `${alert.subject.kind}:${alert.subject.id}` : '-';
  return deps.db.transaction(async (tx) => {
    const { allowed } = await hitRateLimit(tx, {
      key: `alert:${kind}:${subjectKey}`,
      limit: 1,
      windowMs: hour,
    });
    if (!allowed) return false;
    const { id } = await recordAudit(tx, {
      action: `alert.${kind}`,
      subject: alert.subject,
      details: alert.details,
      requestId: alert.requestId,
    });
    await createJobQueue(tx).enqueue(fanOutQueue, { auditEventId: id });
    return true;
  });
}

const fanOutPayload = z.object({ auditEventId: z.number().int().positive() });
const mailPayload = z.object({ auditEventId: z.number().int().positive(), accountId: z.uuid() });

/**
 * Two steps, so that a retry never mails an administrator twice: the first job makes one job per
 * administrator (each with a unique key), and each of those sends one message.
 */
export function registerAlertJobs(deps: Pick<Deps, 'db' | 'mailer' | 'config' | 'handlers'>) {
  deps.handlers.jobs.register(fanOutQueue, fanOutPayload, async ({ auditEventId }) => {
    const administrators = await deps.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(
        and(sql`${accounts.roles} @> '["administrator"]'::jsonb`, isNull(accounts.disabledAt)),
      );
    const queue = createJobQueue(deps.db);
    for (const { id: accountId } of administrators) {
      await queue.enqueue(
        mailQueue,
        { auditEventId, accountId },
        { uniqueKey: `${mailQueue}:${auditEventId}:${accountId}` },
      );
    }
  });

  deps.handlers.jobs.register(mailQueue, mailPayload, async ({ auditEventId, accountId }) => {
    const [recipient] = await deps.db
      .select({ email: accounts.email })
      .from(accounts)
      .where(and(eq(accounts.id, accountId), isNull(accounts.disabledAt)));
    const [event] = await deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.id, auditEventId));
    // Disabled since the alert was raised: nothing to send, and nothing to retry.
    if (!recipient || !event) return;
    const t = translator(deps.config.defaultLocale);
    const query = new URLSearchParams({ action: event.action });
    const subject =
      event.subjectKind && event.subjectId ? `${event.subjectKind} ${event.subjectId}` : '-';
    await deps.mailer.send({
      to: recipient.email,
      subject: t('audit.alertMailSubject', { kind: event.action.replace(/^alert\./, '') }),
      text: t('audit.alertMailText', {
        action: event.action,
        subject,
        event: event.id,
        at: event.at.toISOString(),
        link: `${deps.config.publicUrl}/admin/audit?${query}`,
      }),
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  });
}
