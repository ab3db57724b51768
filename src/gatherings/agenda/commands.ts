// Changing an agenda: sessions and their facilitators, by coordinators only. Every change is
// checked against the gathering (a session lies within its dates and ends after it starts) and
// recorded in the audit log by id only: no titles, no names.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/client.ts';
import { visiblePeople } from '../../core/privacy/gate.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import type { FieldErrors } from '../../core/web/forms.tsx';
import { people } from '../../people/tables.ts';
import { mayManageGatherings } from '../policy.ts';
import { agendaSessions, gatherings, sessionFacilitators } from '../tables.ts';
import { zonedInputToDate } from '../zoned-time.ts';
import type { AgendaGathering } from './agenda.ts';

export interface AgendaContext {
  db: Db;
  actor: Viewer;
  requestId?: string;
}

/** BCP 47 tags as typed, separated by commas or spaces ("en, ru", "uk"). */
const languageTag = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

export const sessionForm = z.object({
  title: z.string().trim().min(1, 'form.required').max(200, 'form.tooLong'),
  description: z.string().trim().max(5000, 'form.tooLong').default(''),
  startsAt: z.string().trim().min(1, 'form.required'),
  endsAt: z.string().trim().min(1, 'form.required'),
  room: z.string().trim().max(200, 'form.tooLong').default(''),
  languages: z
    .string()
    .trim()
    .max(200, 'form.tooLong')
    .default('')
    .transform((value) => value.split(/[\s,]+/).filter(Boolean))
    .refine((tags) => tags.every((tag) => languageTag.test(tag)), 'agenda.error.languages'),
  interpretation: z.string().trim().max(200, 'form.tooLong').default(''),
});
export type SessionForm = z.infer<typeof sessionForm>;

export interface SessionValues {
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  room: string;
  languages: string[];
  interpretation: string;
}

/** The times typed in the gathering's zone as moments, or the errors that stop the save. */
export function checkSessionTimes(
  form: SessionForm,
  gathering: AgendaGathering,
): { ok: true; values: SessionValues } | { ok: false; errors: FieldErrors } {
  const startsAt = zonedInputToDate(form.startsAt, gathering.timeZone);
  const endsAt = zonedInputToDate(form.endsAt, gathering.timeZone);
  const errors: FieldErrors = {};
  if (!startsAt) errors.startsAt = { key: 'agenda.error.time' };
  if (!endsAt) errors.endsAt = { key: 'agenda.error.time' };
  if (startsAt && endsAt) {
    if (startsAt < gathering.startsAt || startsAt >= gathering.endsAt) {
      errors.startsAt = { key: 'agenda.error.outsideGathering' };
    }
    if (endsAt <= startsAt) errors.endsAt = { key: 'agenda.error.endBeforeStart' };
    else if (endsAt > gathering.endsAt) errors.endsAt = { key: 'agenda.error.outsideGathering' };
  }
  if (!startsAt || !endsAt || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, values: { ...form, startsAt, endsAt } };
}

function authorize(actor: Viewer) {
  if (!mayManageGatherings(actor)) throw new Error('Only coordinators change agendas.');
}

export async function createSession(
  context: AgendaContext,
  gatheringId: string,
  values: SessionValues,
): Promise<string> {
  authorize(context.actor);
  return context.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(agendaSessions)
      .values({ gatheringId, ...values })
      .returning({ id: agendaSessions.id });
    if (!created) throw new Error('The session was not created.');
    await audit(tx, context, 'gathering.session_created', gatheringId, { sessionId: created.id });
    return created.id;
  });
}

/** False when the session is not (or no longer) in this gathering: nothing changed. */
export async function updateSession(
  context: AgendaContext,
  gatheringId: string,
  sessionId: string,
  values: SessionValues,
): Promise<boolean> {
  authorize(context.actor);
  return context.db.transaction(async (tx) => {
    const updated = await tx
      .update(agendaSessions)
      .set(values)
      .where(inGathering(gatheringId, sessionId))
      .returning({ id: agendaSessions.id });
    if (updated.length === 0) return false;
    await audit(tx, context, 'gathering.session_updated', gatheringId, { sessionId });
    return true;
  });
}

export async function deleteSession(
  context: AgendaContext,
  gatheringId: string,
  sessionId: string,
): Promise<boolean> {
  authorize(context.actor);
  return context.db.transaction(async (tx) => {
    const deleted = await tx
      .delete(agendaSessions)
      .where(inGathering(gatheringId, sessionId))
      .returning({ id: agendaSessions.id });
    if (deleted.length === 0) return false;
    await audit(tx, context, 'gathering.session_deleted', gatheringId, { sessionId });
    return true;
  });
}

/** Adds a facilitator the coordinator may see; false when the session or person is not there
 * for them (the caller answers both alike). Adding one twice changes nothing. */
export async function addFacilitator(
  context: AgendaContext,
  gatheringId: string,
  sessionId: string,
  personId: string,
): Promise<boolean> {
  authorize(context.actor);
  return context.db.transaction(async (tx) => {
    const [session] = await tx
      .select({ id: agendaSessions.id })
      .from(agendaSessions)
      .where(inGathering(gatheringId, sessionId));
    const [person] = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.id, personId), visiblePeople(context.actor)));
    if (!session || !person) return false;
    const added = await tx
      .insert(sessionFacilitators)
      .values({ sessionId, personId })
      .onConflictDoNothing()
      .returning({ personId: sessionFacilitators.personId });
    if (added.length > 0) {
      await touchGathering(tx, gatheringId);
      await audit(tx, context, 'gathering.facilitator_added', gatheringId, { sessionId, personId });
    }
    return true;
  });
}

export async function removeFacilitator(
  context: AgendaContext,
  gatheringId: string,
  sessionId: string,
  personId: string,
): Promise<void> {
  authorize(context.actor);
  await context.db.transaction(async (tx) => {
    const removed = await tx
      .delete(sessionFacilitators)
      .where(
        and(
          eq(sessionFacilitators.sessionId, sessionId),
          eq(sessionFacilitators.personId, personId),
          sql`exists (select 1 from ${agendaSessions} where ${inGathering(gatheringId, sessionId)})`,
        ),
      )
      .returning({ personId: sessionFacilitators.personId });
    if (removed.length === 0) return;
    await touchGathering(tx, gatheringId);
    await audit(tx, context, 'gathering.facilitator_removed', gatheringId, { sessionId, personId });
  });
}

function inGathering(gatheringId: string, sessionId: string) {
  return and(eq(agendaSessions.id, sessionId), eq(agendaSessions.gatheringId, gatheringId));
}

/** Facilitators have no change trigger of their own: touching the gathering raises the site's
 * change counter (drizzle/0011), so a cached public page does not keep an old facilitator. */
async function touchGathering(db: Db, gatheringId: string) {
  await db.update(gatherings).set({ updatedAt: new Date() }).where(eq(gatherings.id, gatheringId));
}

async function audit(
  db: Db,
  context: AgendaContext,
  action: string,
  gatheringId: string,
  details: Record<string, string>,
) {
  await recordAudit(db, {
    action,
    actor: context.actor,
    subject: { kind: 'gathering', id: gatheringId },
    details,
    requestId: context.requestId,
  });
}
