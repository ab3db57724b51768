// Data rights: a person downloads everything held about them, and staff erase a person on their
// request. Erasure keeps the row (gatherings, donations and the audit log point at it) but
// empties it of everything identifying, and the gate hides an erased row from everyone.
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { accountCredentials, accounts, sessions } from '../accounts/tables.ts';
import { recordAudit } from '../core/audit/audit.ts';
import { auditEvents } from '../core/audit/tables.ts';
import type { Db } from '../core/db/client.ts';
import {
  type PresentedPerson,
  personColumns,
  presentPerson,
  visiblePeople,
} from '../core/privacy/gate.ts';
import { hasRole, type Viewer } from '../core/privacy/viewer.ts';
import { readContacts } from './contacts.ts';
import { listOwnAffiliations, loadOwnRow } from './own-profile.ts';
import { affiliations, consentRecords, contactChannels, people } from './tables.ts';

export const erasedDisplayName = 'Erased person';

/**
 * Everything held about the viewer's own person, as one JSON-ready object: the record, contact
 * channels (opened), affiliations, consent records, the accounts that sign in for them, and the
 * audit events about them or their accounts. Undefined when the viewer has no person.
 */
export async function exportOwnData(
  db: Db,
  encryptionKey: Buffer,
  viewer: Viewer,
  requestId?: string,
): Promise<Record<string, unknown> | undefined> {
  return db.transaction(async (tx) => {
    const row = await loadOwnRow(tx, viewer);
    if (!row || viewer.kind !== 'account') return undefined;
    const [contacts, affiliationList, consents, ownAccounts] = await Promise.all([
      readContacts(tx, encryptionKey, row.id),
      listOwnAffiliations(tx, row.id),
      tx
        .select({
          topic: consentRecords.topic,
          granted: consentRecords.granted,
          method: consentRecords.method,
          note: consentRecords.note,
          recordedAt: consentRecords.recordedAt,
        })
        .from(consentRecords)
        .where(eq(consentRecords.personId, row.id))
        .orderBy(asc(consentRecords.recordedAt)),
      tx
        .select({
          id: accounts.id,
          email: accounts.email,
          roles: accounts.roles,
          createdAt: accounts.createdAt,
        })
        .from(accounts)
        .where(eq(accounts.personId, row.id)),
    ]);
    const accountIds = ownAccounts.map((account) => account.id);
    const events = await tx
      .select({
        at: auditEvents.at,
        action: auditEvents.action,
        subjectKind: auditEvents.subjectKind,
        subjectId: auditEvents.subjectId,
      })
      .from(auditEvents)
      .where(
        or(
          and(eq(auditEvents.subjectKind, 'person'), eq(auditEvents.subjectId, row.id)),
          accountIds.length > 0
            ? and(
                eq(auditEvents.subjectKind, 'account'),
                inArray(auditEvents.subjectId, accountIds),
              )
            : undefined,
        ),
      )
      .orderBy(asc(auditEvents.at), asc(auditEvents.id));
    await recordAudit(tx, {
      action: 'person.exported',
      actor: viewer,
      subject: { kind: 'person', id: row.id },
      requestId,
    });
    const { archivedAt, ...person } = row;
    return {
      exportedAt: new Date().toISOString(),
      person: { ...person, archived: archivedAt !== null },
      contactChannels: contacts.map(({ kind, value, preferred }) => ({ kind, value, preferred })),
      affiliations: affiliationList,
      consentRecords: consents,
      accounts: ownAccounts,
      auditEvents: events,
    };
  });
}

/** The person as the administrator sees them, for the confirmation; undefined if hidden. */
export async function findPersonToErase(
  db: Db,
  viewer: Viewer,
  personId: string,
): Promise<PresentedPerson | undefined> {
  const [row] = await db
    .select(personColumns)
    .from(people)
    .where(and(visiblePeople(viewer), eq(people.id, personId)));
  return row && presentPerson(viewer, row);
}

/**
 * Erases a person, all at once or not at all: the row is emptied and marked erased, their
 * channels, affiliations and consent records go, and any account that signed in for them is
 * disabled, detached, stripped of its address and signed out. Administrators only; a person the
 * actor cannot see is answered like a missing one (false).
 */
export async function erasePerson(
  deps: { db: Db },
  { personId, actor, requestId }: { personId: string; actor: Viewer; requestId?: string },
): Promise<boolean> {
  if (!hasRole(actor, 'administrator')) throw new Error('Only administrators erase people.');
  return deps.db.transaction(async (tx) => {
    const [erased] = await tx
      .update(people)
      .set({
        displayName: erasedDisplayName,
        otherNames: [],
        pseudonym: null,
        residence: null,
        citizenships: [],
        languages: [],
        fields: [],
        bio: '',
        mergedIntoId: null,
        erasedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(and(eq(people.id, personId), visiblePeople(actor), isNull(people.erasedAt)))
      .returning({ id: people.id });
    if (!erased) return false;
    await tx.delete(contactChannels).where(eq(contactChannels.personId, personId));
    await tx.delete(affiliations).where(eq(affiliations.personId, personId));
    await tx.delete(consentRecords).where(eq(consentRecords.personId, personId));
    const detached = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.personId, personId));
    for (const { id } of detached) {
      // The address is unique and identifying: a placeholder keeps the row valid without it.
      await tx
        .update(accounts)
        .set({
          personId: null,
          name: erasedDisplayName,
          email: `erased-${id}@erased.invalid`,
          image: null,
          disabledAt: new Date(),
          updatedAt: new Date(),
        })
        .where(eq(accounts.id, id));
      await tx.delete(sessions).where(eq(sessions.userId, id));
      await tx.delete(accountCredentials).where(eq(accountCredentials.userId, id));
    }
    await recordAudit(tx, {
      action: 'person.erased',
      actor,
      subject: { kind: 'person', id: personId },
      details: { accountsDisabled: detached.length },
      requestId,
    });
    return true;
  });
}
