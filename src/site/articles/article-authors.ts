// An article's authors: people chosen by editors through the privacy gate, as staff see them.
// Whether an author is named on the public site is the gate's decision there (tier public), not
// this file's. Names travel only in POST bodies and pages, never in addresses or the log.
import { and, asc, eq, max } from 'drizzle-orm';
import { recordAudit } from '../../core/audit/audit.ts';
import type { Db } from '../../core/db/client.ts';
import {
  type PresentedPerson,
  personColumns,
  presentPerson,
  visiblePeople,
} from '../../core/privacy/gate.ts';
import type { Viewer } from '../../core/privacy/viewer.ts';
import { people } from '../../people/tables.ts';
import { authorizeEditing, type EditingContext, EditRefused } from '../editing/context.ts';
import { articleAuthors, articles } from './tables.ts';

/** The authors in their order, as this viewer may see them (hidden ones are left out). */
export async function listArticleAuthors(
  db: Db,
  viewer: Viewer,
  articleId: string,
): Promise<PresentedPerson[]> {
  const rows = await db
    .select(personColumns)
    .from(articleAuthors)
    .innerJoin(people, eq(people.id, articleAuthors.personId))
    .where(and(eq(articleAuthors.articleId, articleId), visiblePeople(viewer)))
    .orderBy(asc(articleAuthors.position), asc(people.id));
  return rows.flatMap((row) => presentPerson(viewer, row) ?? []);
}

interface AuthorChange {
  context: EditingContext;
  articleId: string;
  personId: string;
}

async function assertArticle(db: Db, articleId: string) {
  const [row] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (!row) throw new EditRefused('form', 'edit.missing');
}

/** Adds a person the editor may see as the last author; adding one twice changes nothing. */
export async function addArticleAuthor({ context, articleId, personId }: AuthorChange) {
  authorizeEditing(context.actor);
  await context.db.transaction(async (tx) => {
    await assertArticle(tx, articleId);
    const [visible] = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.id, personId), visiblePeople(context.actor)));
    if (!visible) throw new EditRefused('personId', 'edit.noPeopleFound');
    const [last] = await tx
      .select({ position: max(articleAuthors.position) })
      .from(articleAuthors)
      .where(eq(articleAuthors.articleId, articleId));
    const added = await tx
      .insert(articleAuthors)
      .values({ articleId, personId, position: (last?.position ?? -1) + 1 })
      .onConflictDoNothing()
      .returning({ personId: articleAuthors.personId });
    if (added.length === 0) return;
    await recordAudit(tx, {
      action: 'article.author_added',
      actor: context.actor,
      subject: { kind: 'article', id: articleId },
      details: { personId },
      requestId: context.requestId,
    });
  });
}

export async function removeArticleAuthor({ context, articleId, personId }: AuthorChange) {
  authorizeEditing(context.actor);
  await context.db.transaction(async (tx) => {
    const removed = await tx
      .delete(articleAuthors)
      .where(and(eq(articleAuthors.articleId, articleId), eq(articleAuthors.personId, personId)))
      .returning({ personId: articleAuthors.personId });
    if (removed.length === 0) return;
    await recordAudit(tx, {
      action: 'article.author_removed',
      actor: context.actor,
      subject: { kind: 'article', id: articleId },
      details: { personId },
      requestId: context.requestId,
    });
  });
}
