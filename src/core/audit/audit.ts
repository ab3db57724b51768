// Recording and reading the audit log. The log says who did what to which record, by id only:
// details may hold tiers, counts, job ids, the request id, never a name, an address or a token.
// The log outlives every erasure (rows cannot be changed or removed, see drizzle/0002), so
// personal data written here could never be taken back; recordAudit refuses it as a safety net.
import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Viewer } from '../privacy/viewer.ts';
import { auditEvents } from './tables.ts';

export interface AuditEventInput {
  /** A dotted name: 'person.tier_changed', 'alert.sign_in_flood'... */
  action: string;
  /** Who did it; null or an anonymous viewer for the system or a visitor. */
  actor?: Viewer | null;
  subject?: { kind: string; id: string };
  /** Facts about the event, never personal data (see personalKeyWords). */
  details?: Record<string, unknown>;
  /** The request that caused it, so the log and the request log can be joined. */
  requestId?: string;
}

export interface AuditEvent {
  id: number;
  at: Date;
  action: string;
  actorAccountId: string | null;
  subjectKind: string | null;
  subjectId: string | null;
  details: Record<string, unknown>;
}

/** Thrown when details look like they hold personal data; nothing was recorded. */
export class PersonalDataInAuditError extends Error {
  constructor(where: string) {
    super(`Audit details must not hold personal data (refused: ${where})`);
    this.name = 'PersonalDataInAuditError';
  }
}

// Words that, as any word of a detail key (camelCase, snake_case or kebab-case), mark the value
// as personal data or a secret. Deliberately broad: a refused key costs a rename, a recorded
// address costs a participant's safety and can never be erased.
const personalKeyWords = new Set([
  'name',
  'displayname',
  'fullname',
  'firstname',
  'lastname',
  'surname',
  'pseudonym',
  'email',
  'address',
  'phone',
  'mobile',
  'telephone',
  'token',
  'password',
  'secret',
  'cookie',
  'ip',
  'birthday',
  'birthdate',
]);

// An e-mail address in a value is refused whatever its key is called.
const looksLikeAddress = /[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}/i;

function keyWords(key: string): string[] {
  const whole = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return [whole, ...words];
}

function assertNoPersonalData(value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (looksLikeAddress.test(value)) throw new PersonalDataInAuditError(`${path} (an address)`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      assertNoPersonalData(item, `${path}[${index}]`);
    });
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (keyWords(key).some((word) => personalKeyWords.has(word))) {
        throw new PersonalDataInAuditError(`${path}.${key}`);
      }
      assertNoPersonalData(inner, `${path}.${key}`);
    }
  }
}

/**
 * Appends one event. `db` may be a transaction, so a command records its audit event in the same
 * transaction as its change: both happen, or neither. Returns the new event's id.
 */
export async function recordAudit(db: Db, event: AuditEventInput): Promise<{ id: number }> {
  const details = { ...event.details };
  assertNoPersonalData(details, 'details');
  if (event.requestId !== undefined) details.requestId = event.requestId;
  const [row] = await db
    .insert(auditEvents)
    .values({
      action: event.action,
      actorAccountId: event.actor?.kind === 'account' ? event.actor.accountId : null,
      subjectKind: event.subject?.kind ?? null,
      subjectId: event.subject?.id ?? null,
      details,
    })
    .returning({ id: auditEvents.id });
  if (!row) throw new Error('The audit event was not recorded.');
  return row;
}

export interface AuditQuery {
  action?: string;
  /** Must be a UUID (validate input with zod before it gets here). */
  actorAccountId?: string;
  subjectKind?: string;
  subjectId?: string;
  /** Events at or after this moment. */
  from?: Date;
  /** Events before this moment. */
  to?: Date;
  /** From 1. */
  page: number;
  pageSize: number;
}

/** One page of events matching every given filter, newest first, and how many match in all. */
export async function listAudit(
  db: Db,
  query: AuditQuery,
): Promise<{ events: AuditEvent[]; total: number }> {
  const limit = Math.max(1, Math.floor(query.pageSize));
  const offset = (Math.max(1, Math.floor(query.page)) - 1) * limit;
  const conditions: (SQL | undefined)[] = [
    query.action === undefined ? undefined : eq(auditEvents.action, query.action),
    query.actorAccountId === undefined
      ? undefined
      : eq(auditEvents.actorAccountId, query.actorAccountId),
    query.subjectKind === undefined ? undefined : eq(auditEvents.subjectKind, query.subjectKind),
    query.subjectId === undefined ? undefined : eq(auditEvents.subjectId, query.subjectId),
    query.from === undefined ? undefined : gte(auditEvents.at, query.from),
    query.to === undefined ? undefined : lt(auditEvents.at, query.to),
  ];
  const where = and(...conditions);
  const [events, totals] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(auditEvents).where(where),
  ]);
  return { events, total: totals[0]?.total ?? 0 };
}
