// Reading gatherings and checking the gathering form. Times are typed in the gathering's own time
// zone (zoned-time.ts) and stored in UTC; the zone itself is checked against what Intl knows.
import { and, asc, count, desc, eq, gte, lt, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../core/db/client.ts';
import { gatheringKind, gatherings, invitations, venues } from './tables.ts';
import { zonedInputToDate } from './zoned-time.ts';

export type Gathering = typeof gatherings.$inferSelect;
export type Venue = typeof venues.$inferSelect;
export type GatheringStatus = Gathering['status'];

export const recordId = z.string().uuid();

/** Which status may follow which: forward through the life of a gathering, or one step back
 * when something was moved on too early. */
export const statusTransitions: Record<GatheringStatus, GatheringStatus[]> = {
  draft: ['inviting'],
  inviting: ['draft', 'confirmed'],
  confirmed: ['inviting', 'held'],
  held: ['confirmed', 'archived'],
  archived: ['held'],
};

export function isValidTimeZone(zone: string): boolean {
  if (zone === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function splitLanguages(value: string): string[] {
  return value
    .split(',')
    .map((language) => language.trim())
    .filter((language) => language !== '');
}

/** A well-formed BCP 47 tag, as Intl reads them ("en", "pt-BR", "sr-Latn"). */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((value) => value === '' || /^[A-Z]{2}$/.test(value), 'gatherings.error.country');

export const gatheringForm = z
  .object({
    title: z.string().trim().min(1, 'form.required').max(200, 'form.tooLong'),
    kind: z.enum(gatheringKind.enumValues, { message: 'form.required' }),
    programId: z
      .string()
      .trim()
      .refine((value) => value === '' || recordId.safeParse(value).success, 'form.required')
      .default(''),
    timeZone: z
      .string()
      .trim()
      .refine((value) => isValidTimeZone(value), 'gatherings.error.timeZone'),
    starts: z.string().trim().min(1, 'form.required'),
    ends: z.string().trim().min(1, 'form.required'),
    venueId: z.string().trim().max(100).default(''),
    onlineUrl: z
      .string()
      .trim()
      .max(2000)
      .refine(
        (value) => value === '' || /^https:\/\/\S+$/.test(value),
        'gatherings.error.onlineUrl',
      )
      .default(''),
    languages: z
      .string()
      .trim()
      .max(200, 'form.tooLong')
      .refine((value) => splitLanguages(value).every(isLanguageTag), 'gatherings.error.languages')
      .default(''),
    capacity: z
      .string()
      .trim()
      .refine((value) => value === '' || /^\d{1,6}$/.test(value), 'gatherings.error.capacity')
      .default(''),
    description: z.string().max(50_000, 'form.tooLong').default(''),
    attendeeList: z.enum(['staff_only', 'confirmed_attendees', 'public_consented']),
    public: z.string().optional(),
    sideA: countryCode.default(''),
    sideB: countryCode.default(''),
  })
  .superRefine((form, context) => {
    const zoneKnown = isValidTimeZone(form.timeZone);
    const starts = zoneKnown ? zonedInputToDate(form.starts, form.timeZone) : undefined;
    const ends = zoneKnown ? zonedInputToDate(form.ends, form.timeZone) : undefined;
    if (zoneKnown && !starts)
      context.addIssue({ code: 'custom', path: ['starts'], message: 'gatherings.error.dateTime' });
    if (zoneKnown && !ends)
      context.addIssue({ code: 'custom', path: ['ends'], message: 'gatherings.error.dateTime' });
    if (starts && ends && ends <= starts)
      context.addIssue({ code: 'custom', path: ['ends'], message: 'gatherings.error.endsBefore' });
    if (form.venueId !== '' && !recordId.safeParse(form.venueId).success)
      context.addIssue({ code: 'custom', path: ['venueId'], message: 'form.required' });
    if (form.venueId === '' && form.onlineUrl === '')
      context.addIssue({ code: 'custom', path: ['venueId'], message: 'gatherings.error.place' });
    if (
      (form.sideA === '') !== (form.sideB === '') ||
      (form.sideA !== '' && form.sideA === form.sideB)
    )
      context.addIssue({ code: 'custom', path: ['sideB'], message: 'gatherings.error.sides' });
  })
  .transform((form) => ({
    title: form.title,
    kind: form.kind,
    programId: form.programId || null,
    timeZone: form.timeZone,
    startsAt: zonedInputToDate(form.starts, form.timeZone) as Date,
    endsAt: zonedInputToDate(form.ends, form.timeZone) as Date,
    venueId: form.venueId || null,
    onlineUrl: form.onlineUrl || null,
    languages: [...new Set(splitLanguages(form.languages))],
    capacity: form.capacity === '' ? null : Number(form.capacity),
    description: form.description,
    attendeeList: form.attendeeList,
    public: form.public === 'on',
    sides: form.sideA === '' ? null : ([form.sideA, form.sideB] as [string, string]),
  }));
export type GatheringInput = z.output<typeof gatheringForm>;

export async function findGathering(db: Db, id: string): Promise<Gathering | undefined> {
  if (!recordId.safeParse(id).success) return undefined;
  const [row] = await db.select().from(gatherings).where(eq(gatherings.id, id));
  return row;
}

export async function findVenueOf(db: Db, gathering: Gathering): Promise<Venue | undefined> {
  if (!gathering.venueId) return undefined;
  const [row] = await db.select().from(venues).where(eq(venues.id, gathering.venueId));
  return row;
}

export async function countAccepted(db: Db, gatheringId: string): Promise<number> {
  const [row] = await db
    .select({ accepted: count() })
    .from(invitations)
    .where(and(eq(invitations.gatheringId, gatheringId), eq(invitations.state, 'accepted')));
  return row?.accepted ?? 0;
}

/** For staff: upcoming first (soonest first), then past (latest first). */
export async function listGatherings(db: Db, now: Date) {
  const [upcoming, past] = await Promise.all([
    db
      .select()
      .from(gatherings)
      .where(gte(gatherings.endsAt, now))
      .orderBy(asc(gatherings.startsAt)),
    db
      .select()
      .from(gatherings)
      .where(lt(gatherings.endsAt, now))
      .orderBy(desc(gatherings.startsAt)),
  ]);
  return { upcoming, past };
}

/** For the public site: gatherings marked public that are past their draft. */
export async function listPublicGatherings(db: Db, now: Date) {
  const shown = and(eq(gatherings.public, true), ne(gatherings.status, 'draft'));
  const [upcoming, past] = await Promise.all([
    db
      .select()
      .from(gatherings)
      .where(and(shown, gte(gatherings.endsAt, now)))
      .orderBy(asc(gatherings.startsAt)),
    db
      .select()
      .from(gatherings)
      .where(and(shown, lt(gatherings.endsAt, now)))
      .orderBy(desc(gatherings.startsAt)),
  ]);
  return { upcoming, past };
}

export async function findPublicGathering(db: Db, id: string): Promise<Gathering | undefined> {
  const gathering = await findGathering(db, id);
  return gathering?.public && gathering.status !== 'draft' ? gathering : undefined;
}
