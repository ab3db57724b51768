// Venues: where gatherings happen, so that directions and travel advisories attach to a place.
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../core/db/client.ts';
import { recordId, type Venue } from './gatherings.ts';
import { venues } from './tables.ts';

export const venueForm = z.object({
  name: z.string().trim().min(1, 'form.required').max(200, 'form.tooLong'),
  address: z.string().trim().max(1000, 'form.tooLong').default(''),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => /^[A-Z]{2}$/.test(value), 'gatherings.error.country'),
  travelNotes: z.string().trim().max(10_000, 'form.tooLong').default(''),
});
export type VenueInput = z.output<typeof venueForm>;

export function listVenues(db: Db): Promise<Venue[]> {
  return db.select().from(venues).orderBy(asc(venues.name), asc(venues.id));
}

export async function findVenue(db: Db, id: string): Promise<Venue | undefined> {
  if (!recordId.safeParse(id).success) return undefined;
  const [row] = await db.select().from(venues).where(eq(venues.id, id));
  return row;
}
