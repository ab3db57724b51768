// Change counters: numbers that database triggers raise whenever a group of tables changes, so
// that a process can keep answers in memory and know, with one tiny query, when they went
// stale. They hold no data, only versions. The triggers are in the migrations (0005).
//   people    people, affiliations, organizations
//   accounts  accounts (any change), sessions (changed or removed; not created)
//   site      everything the public site shows: pages, articles, programs, timeline, notices,
//             media (0009). Public pages also show people, so they watch `people` too.
import { bigint, pgTable, text } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

export const changeCounters = pgTable('change_counters', {
  name: text('name').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
});

export interface ChangeVersions {
  people: number;
  accounts: number;
  site: number;
}

// Requests that arrive while a read is on its way share it rather than queue one more: the
// answer is at most one query old. It is forgotten the moment it arrives.
const readsUnderWay = new WeakMap<Db, Promise<ChangeVersions>>();

export function readChangeVersions(db: Db): Promise<ChangeVersions> {
  const underWay = readsUnderWay.get(db);
  if (underWay) return underWay;
  const read = db
    .select()
    .from(changeCounters)
    .then((rows) => {
      const version = (name: string) => rows.find((row) => row.name === name)?.version ?? 0;
      return {
        people: version('people'),
        accounts: version('accounts'),
        site: version('site'),
      };
    })
    .finally(() => readsUnderWay.delete(db));
  readsUnderWay.set(db, read);
  return read;
}

/** A bounded map of answers that are good while a change counter keeps its version. */
export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: number; value: T }>();

  constructor(private readonly maxEntries: number) {}

  get(key: string, version: number): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, version: number, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    // Maps keep insertion order: the first key is the one used least recently.
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
