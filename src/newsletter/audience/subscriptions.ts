// A subscriber's state and preferences, changed by staff, by the person through a signed link, or
// by a bounce. Every change of status stamps status_changed_at, so staff can see when and the
// sender can skip anyone who left after a send began.
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../core/db/client.ts';
import { newsletterTopic, type subscriberStatus, subscribers } from '../tables.ts';

export type SubscriberStatus = (typeof subscriberStatus.enumValues)[number];
export type Subscriber = typeof subscribers.$inferSelect;

export const topicChoices = newsletterTopic.enumValues;
/** Languages of resources a subscriber may ask for: the interface's, and those the editors
 * most often include. */
export const languageChoices = ['en', 'ru', 'uk', 'he', 'ar', 'de', 'fr'] as const;

export interface Preferences {
  topics: string[];
  languages: string[];
}

/** Checkbox groups as they arrive (one value, several, or none), kept to the known choices. */
export function preferencesFrom(body: Record<string, unknown>): Preferences {
  const pick = (name: string, allowed: readonly string[]) => {
    const raw = body[name];
    const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    return [...new Set(values.filter((v): v is string => typeof v === 'string'))].filter((v) =>
      allowed.includes(v),
    );
  };
  return { topics: pick('topics', topicChoices), languages: pick('languages', languageChoices) };
}

export const subscriberIdSchema = z.uuid();

export async function findSubscriber(db: Db, id: string): Promise<Subscriber | undefined> {
  if (!subscriberIdSchema.safeParse(id).success) return undefined;
  const [row] = await db.select().from(subscribers).where(eq(subscribers.id, id));
  return row;
}

/** Sets the status; false when there is no such subscriber. Setting the same status again
 * changes nothing (an unsubscribe link clicked twice keeps the first date). */
export async function setSubscriberStatus(
  db: Db,
  id: string,
  status: SubscriberStatus,
): Promise<boolean> {
  if (!(await findSubscriber(db, id))) return false;
  const now = new Date();
  await db
    .update(subscribers)
    .set({
      status,
      statusChangedAt: now,
      ...(status === 'active' ? { confirmedAt: now } : {}),
    })
    .where(and(eq(subscribers.id, id), ne(subscribers.status, status)));
  return true;
}

export async function setPreferences(db: Db, id: string, preferences: Preferences): Promise<void> {
  await db
    .update(subscribers)
    .set({ topics: preferences.topics, languages: preferences.languages })
    .where(eq(subscribers.id, id));
}

/** Double opt-in: only a pending subscriber becomes active by confirming. */
export async function confirmSubscriber(
  db: Db,
  id: string,
): Promise<'confirmed' | 'already' | 'invalid'> {
  const subscriber = await findSubscriber(db, id);
  if (!subscriber) return 'invalid';
  if (subscriber.status === 'active') return 'already';
  if (subscriber.status !== 'pending') return 'invalid';
  await setSubscriberStatus(db, id, 'active');
  return 'confirmed';
}
