// Reply threads as staff see them: only threads whose person the viewer may see (the privacy
// gate decides, and names protected people by pseudonym unless the viewer is cleared).
import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import {
  type PresentedPerson,
  personColumns,
  presentPerson,
  visiblePeople,
} from '../../core/privacy/gate.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { people } from '../../people/tables.ts';
import { newsletterIssues, replyMessages, replyThreads } from '../tables.ts';

export const replyTags = ['news', 'collaboration', 'correction'] as const;

export interface ThreadSummary {
  id: string;
  issueNumber: number;
  person: PresentedPerson;
  tags: string[];
  lastMessageAt: Date | null;
}

export async function listThreads(db: Db, viewer: Viewer): Promise<ThreadSummary[]> {
  const rows = await db
    .select({
      id: replyThreads.id,
      issueNumber: newsletterIssues.number,
      tags: replyThreads.tags,
      lastMessageAt: max(replyMessages.at),
      person: personColumns,
    })
    .from(replyThreads)
    .innerJoin(newsletterIssues, eq(newsletterIssues.id, replyThreads.issueId))
    .innerJoin(people, and(eq(people.id, replyThreads.personId), visiblePeople(viewer)))
    .leftJoin(replyMessages, eq(replyMessages.threadId, replyThreads.id))
    .groupBy(replyThreads.id, newsletterIssues.number, ...Object.values(personColumns))
    .orderBy(desc(max(replyMessages.at)));
  return rows.flatMap(({ person, ...thread }) => {
    const presented = presentPerson(viewer, person);
    return presented ? [{ ...thread, person: presented }] : [];
  });
}

export interface ThreadDetail {
  id: string;
  issueId: string;
  issueNumber: number;
  issueTitle: string;
  personId: string;
  person: PresentedPerson;
  tags: string[];
  messages: (typeof replyMessages.$inferSelect)[];
}

/** The thread, or undefined when it does not exist or its person is hidden from the viewer. */
export async function readThread(
  db: Db,
  viewer: Viewer,
  threadId: string,
): Promise<ThreadDetail | undefined> {
  const [row] = await db
    .select({
      id: replyThreads.id,
      issueId: newsletterIssues.id,
      issueNumber: newsletterIssues.number,
      issueTitle: newsletterIssues.title,
      tags: replyThreads.tags,
      person: personColumns,
    })
    .from(replyThreads)
    .innerJoin(newsletterIssues, eq(newsletterIssues.id, replyThreads.issueId))
    .innerJoin(people, and(eq(people.id, replyThreads.personId), visiblePeople(viewer)))
    .where(eq(replyThreads.id, threadId));
  const person = row && presentPerson(viewer, row.person);
  if (!row || !person) return undefined;
  const messages = await db
    .select()
    .from(replyMessages)
    .where(eq(replyMessages.threadId, threadId))
    .orderBy(asc(replyMessages.at), asc(replyMessages.id));
  return { ...row, personId: row.person.id, person, messages };
}

export async function setThreadTags(db: Db, threadId: string, tags: string[]): Promise<void> {
  await db
    .update(replyThreads)
    .set({ tags: replyTags.filter((tag) => tags.includes(tag)), updatedAt: new Date() })
    .where(eq(replyThreads.id, threadId));
}
