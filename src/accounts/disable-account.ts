// Disabling an account: it can no longer sign in, and every session it has ends in the same
// transaction (the rows go, so no cookie anywhere opens anything, even before a request checks).
import { eq } from 'drizzle-orm';
import { recordAudit } from '../core/audit/audit.ts';
import type { Db } from '../core/db/client.ts';
import type { Viewer } from '../core/privacy/viewer.ts';
import { accounts, sessions } from './tables.ts';

export async function disableAccount(
  db: Db,
  { accountId, actor }: { accountId: string; actor: Viewer | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .update(accounts)
      .set({ disabledAt: now, updatedAt: now })
      .where(eq(accounts.id, accountId));
    const ended = await tx
      .delete(sessions)
      .where(eq(sessions.userId, accountId))
      .returning({ id: sessions.id });
    await recordAudit(tx, {
      action: 'account.disabled',
      actor,
      subject: { kind: 'account', id: accountId },
      details: { sessionsEnded: ended.length },
    });
  });
}
