// Contact channels, in clear or sealed. A protected person's channels hold no value in clear:
// only `sealed`, encrypted under ENCRYPTION_KEY, which the database never sees. Everything that
// writes channels goes through here, so a channel cannot be written in clear by mistake.
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../core/db/client.ts';
import { seal, unseal } from '../core/privacy/sealing.ts';
import { contactChannels, type contactKind } from './tables.ts';

export type ContactKind = (typeof contactKind.enumValues)[number];

export interface Contact {
  kind: ContactKind;
  value: string;
}

export interface StoredContact extends Contact {
  id: string;
  preferred: number;
  sealed: boolean;
}

/** Every channel of a person, opened. Call only for a viewer the gate lets see contacts. */
export async function readContacts(
  db: Db,
  key: Buffer,
  personId: string,
): Promise<StoredContact[]> {
  const rows = await db
    .select()
    .from(contactChannels)
    .where(eq(contactChannels.personId, personId))
    .orderBy(asc(contactChannels.preferred), asc(contactChannels.kind), asc(contactChannels.id));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    preferred: row.preferred,
    sealed: row.sealed !== null,
    value: row.sealed !== null ? unseal(key, row.sealed) : (row.value ?? ''),
  }));
}

/** Replaces a person's channels; sealed when the person is protected. The first is preferred. */
export async function replaceContacts(
  db: Db,
  key: Buffer,
  personId: string,
  contacts: readonly Contact[],
  sealed: boolean,
): Promise<void> {
  await db.delete(contactChannels).where(eq(contactChannels.personId, personId));
  if (contacts.length === 0) return;
  await db.insert(contactChannels).values(
    contacts.map((contact, index) => ({
      personId,
      kind: contact.kind,
      preferred: index === 0 ? 1 : 0,
      ...(sealed
        ? { value: null, sealed: seal(key, contact.value) }
        : { value: contact.value, sealed: null }),
    })),
  );
}

/** Seals (or opens) every channel of a person in place, for a move into (or out of) protection. */
export async function setContactsSealed(
  db: Db,
  key: Buffer,
  personId: string,
  sealed: boolean,
): Promise<void> {
  const pending = await db
    .select()
    .from(contactChannels)
    .where(
      and(
        eq(contactChannels.personId, personId),
        sealed ? isNotNull(contactChannels.value) : isNotNull(contactChannels.sealed),
      ),
    );
  for (const row of pending) {
    const change =
      sealed && row.value !== null
        ? { value: null, sealed: seal(key, row.value) }
        : { value: row.sealed ? unseal(key, row.sealed) : null, sealed: null };
    await db.update(contactChannels).set(change).where(eq(contactChannels.id, row.id));
  }
}
