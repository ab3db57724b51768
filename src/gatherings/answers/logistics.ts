// What an accepted invitee tells the gathering: travel times, dietary and accessibility needs, a
// visa letter, someone to call in an emergency. Stored sealed (health and family details); only
// whether a visa letter is needed stays in clear, so staff can count letters to write.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { seal, unseal } from '../../core/privacy/sealing.ts';
import { invitationLogistics } from '../tables.ts';

export interface Logistics {
  /** ISO moments in UTC; null when not given. */
  arrival: string | null;
  departure: string | null;
  dietary: string;
  accessibility: string;
  needsVisaLetter: boolean;
  emergencyContactName: string;
  emergencyContactPhone: string;
}

/** What logistics needs of a person seen by pseudonym only: no emergency contact (it names
 * family and reaches them), everything the organizers must plan for. */
export type MinimalLogistics = Omit<Logistics, 'emergencyContactName' | 'emergencyContactPhone'>;

export async function saveLogistics(
  db: Db,
  key: Buffer,
  invitationId: string,
  logistics: Logistics,
): Promise<void> {
  const values = {
    sealed: seal(key, JSON.stringify(logistics)),
    needsVisaLetter: logistics.needsVisaLetter,
    updatedAt: sql`now()`,
  };
  await db
    .insert(invitationLogistics)
    .values({ invitationId, ...values })
    .onConflictDoUpdate({ target: invitationLogistics.invitationId, set: values });
}

export function openLogistics(key: Buffer, sealed: Buffer): Logistics {
  return JSON.parse(unseal(key, sealed)) as Logistics;
}

export async function readLogistics(
  db: Db,
  key: Buffer,
  invitationId: string,
): Promise<Logistics | undefined> {
  const [row] = await db
    .select({ sealed: invitationLogistics.sealed })
    .from(invitationLogistics)
    .where(eq(invitationLogistics.invitationId, invitationId));
  return row ? openLogistics(key, row.sealed) : undefined;
}

/** The logistics a viewer may read of a person: whole when the gate lets them see the person's
 * contacts, the minimal part otherwise. */
export function logisticsFor(
  logistics: Logistics,
  mayShowContacts: boolean,
): Logistics | MinimalLogistics {
  if (mayShowContacts) return logistics;
  const { emergencyContactName: _name, emergencyContactPhone: _phone, ...minimal } = logistics;
  return minimal;
}
