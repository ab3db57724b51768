// Fixtures for the invitation tests: a gathering balanced across two sides, and people of
// every tier with e-mail channels (sealed for the protected one), written as the app writes them.
import { randomUUID } from 'node:crypto';
import { and, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { jobs } from '../../core/jobs/tables.ts';
import { waitFor } from '../../core/jobs/testing.ts';
import { startWorkers } from '../../core/jobs/worker.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import type { TestApp } from '../../core/web/testing.ts';
import { replaceContacts } from '../../people/contacts.ts';
import { people, type Tier } from '../../people/tables.ts';
import { gatherings, venues } from '../tables.ts';

export function coordinator(protectedClearance: boolean): Viewer {
  return {
    kind: 'account',
    accountId: randomUUID(),
    personId: null,
    roles: ['coordinator'],
    protectedClearance,
  };
}

export async function addGathering(db: Db, daysAhead = 30) {
  const [venue] = await db
    .insert(venues)
    .values({ name: 'Esalen', address: 'Big Sur, California', country: 'US' })
    .returning();
  const startsAt = new Date(Date.now() + daysAhead * 24 * 3600 * 1000);
  const [gathering] = await db
    .insert(gatherings)
    .values({
      title: 'Retreat by the ocean',
      kind: 'retreat',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 24 * 3600 * 1000),
      timeZone: 'America/Los_Angeles',
      venueId: venue?.id,
      sides: ['RU', 'UA'],
    })
    .returning();
  if (!venue || !gathering) throw new Error('fixture not written');
  return { venue, gathering };
}

export interface TestPerson {
  displayName: string;
  tier?: Tier;
  pseudonym?: string;
  residence?: string;
  citizenships?: string[];
  languages?: string[];
  fields?: string[];
  email?: string;
}

export async function addPerson(db: Db, key: Buffer, person: TestPerson): Promise<string> {
  const { email, ...columns } = person;
  const [row] = await db
    .insert(people)
    .values({ tier: 'public', ...columns })
    .returning({ id: people.id });
  if (!row) throw new Error('person not written');
  if (email) {
    await replaceContacts(
      db,
      key,
      row.id,
      [{ kind: 'email', value: email }],
      person.tier === 'protected',
    );
  }
  return row.id;
}

/** Runs the real job workers until no job of these queues is due (later ones stay queued). */
export async function runDueJobs(testApp: TestApp, queues: string[]): Promise<void> {
  const { db, handlers } = testApp.deps;
  const workers = startWorkers({ db, handlers: handlers.jobs, concurrency: 2, pollMs: 10 });
  try {
    await waitFor('the due jobs to be done', async () => {
      const open = await db
        .select({ id: jobs.id })
        .from(jobs)
        .where(
          and(
            inArray(jobs.queue, queues),
            inArray(jobs.state, ['queued', 'running']),
            lte(jobs.runAt, new Date()),
          ),
        );
      return open.length === 0 ? true : undefined;
    });
  } finally {
    await workers.stop();
  }
}
