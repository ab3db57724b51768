// What happens to a stored inbound message: parsed, offered to the handlers, and its row marked
// with the outcome. A row stays 'received' until this finishes, so a crash in between leaves it
// for dispatchPendingInbound at the next start.

import { and, asc, eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import type { Logger } from 'pino';
import type { Db } from '../db/client.ts';
import type { InboundEnvelope, InboundHandlers } from './inbound-handlers.ts';
import { inboundMessages } from './tables.ts';

export type InboundOutcome = 'handled' | 'unhandled' | 'failed';

export interface DispatchDependencies {
  db: Db;
  handlers: InboundHandlers;
  logger?: Logger;
}

export interface StoredInbound {
  id: string;
  raw: Buffer;
  envelope: InboundEnvelope;
}

export async function dispatchInbound(
  { db, handlers, logger }: DispatchDependencies,
  stored: StoredInbound,
): Promise<InboundOutcome> {
  let handlerName: string | undefined;
  let outcome: InboundOutcome;
  let errorText: string | undefined;
  try {
    const message = await simpleParser(stored.raw);
    const handler = handlers.find(message, stored.envelope);
    handlerName = handler?.name;
    if (handler) {
      await handler.handle(message, stored.envelope, { db, inboundId: stored.id });
      outcome = 'handled';
    } else {
      outcome = 'unhandled';
    }
  } catch (error) {
    outcome = 'failed';
    errorText = error instanceof Error ? error.message : String(error);
  }
  // Only a row still 'received' is settled, so two dispatchers never overwrite each other.
  await db
    .update(inboundMessages)
    .set({
      state: outcome,
      handler: handlerName ?? null,
      error: errorText ?? null,
      handledAt: new Date(),
    })
    .where(and(eq(inboundMessages.id, stored.id), eq(inboundMessages.state, 'received')));
  // The error text may quote the message (addresses, subjects): it stays in the row, not the log.
  logger?.info({ inboundId: stored.id, state: outcome, handler: handlerName }, 'inbound message');
  return outcome;
}

/**
 * Dispatches every message still 'received': those stored just before a crash or a shutdown.
 * Call it at startup before startInboundServer, so that it never races the listener for a
 * message the listener has just stored.
 */
export async function dispatchPendingInbound(
  dependencies: DispatchDependencies,
): Promise<Record<InboundOutcome, number>> {
  const { db } = dependencies;
  const counts: Record<InboundOutcome, number> = { handled: 0, unhandled: 0, failed: 0 };
  // Ids first and each message on its own, so a backlog of large messages is never all in memory.
  const pending = await db
    .select({ id: inboundMessages.id })
    .from(inboundMessages)
    .where(eq(inboundMessages.state, 'received'))
    .orderBy(asc(inboundMessages.receivedAt));
  for (const { id } of pending) {
    const [row] = await db
      .select()
      .from(inboundMessages)
      .where(and(eq(inboundMessages.id, id), eq(inboundMessages.state, 'received')));
    if (!row) continue;
    const outcome = await dispatchInbound(dependencies, {
      id: row.id,
      raw: row.raw,
      envelope: { from: row.envelopeFrom, to: row.envelopeTo },
    });
    counts[outcome] += 1;
  }
  return counts;
}
