// Editing articles: the article kind for the shared editor (site/editing) and the commands, one
// per intent, that routes, the demo and tests call. Authors are in article-authors.ts, tags,
// programs and the cover in article-details.ts.
import { eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import type { EditingContext } from '../editing/context.ts';
import type { DraftContent, EditableKind } from '../editing/editable.ts';
import {
  createDraft,
  type NewDraft,
  publishNow,
  restoreRevision,
  saveDraft,
  schedulePublishing,
  unpublish,
} from '../editing/publishing.ts';
import { type ArticleDetails, saveArticleDetails } from './article-details.ts';
import { articleRevisions, articles } from './tables.ts';

export const articleKind: EditableKind = {
  subject: 'article',
  items: articles,
  revisions: articleRevisions,
  revisionOwner: articleRevisions.articleId,
  async appendRevision(db: Db, articleId: string, content: DraftContent, createdBy: string | null) {
    const [revision] = await db
      .insert(articleRevisions)
      .values({ articleId, ...content, createdBy })
      .returning({ id: articleRevisions.id });
    if (!revision) throw new Error('The article revision was not saved.');
    return revision.id;
  },
  async markRevised(db: Db, articleId: string, at: Date | null) {
    await db.update(articles).set({ revisedAt: at }).where(eq(articles.id, articleId));
  },
};

interface ArticleTarget {
  context: EditingContext;
  articleId: string;
}

export function createArticle(input: {
  context: EditingContext;
  draft: NewDraft;
  details?: ArticleDetails;
}): Promise<string> {
  const { details } = input;
  return createDraft({
    context: input.context,
    kind: articleKind,
    draft: input.draft,
    alsoInTransaction: details
      ? (db, articleId) => saveArticleDetails(db, articleId, details)
      : undefined,
  });
}

/** Saves the draft; tags, programs and the cover, when given, in the same transaction. They are
 * not part of revisions: the public sees them as soon as they are saved. */
export function saveArticleDraft(
  input: ArticleTarget & { draft: DraftContent & { slug: string }; details?: ArticleDetails },
): Promise<number> {
  const { details, articleId } = input;
  return saveDraft({
    context: input.context,
    kind: articleKind,
    id: articleId,
    draft: input.draft,
    alsoInTransaction: details ? (db) => saveArticleDetails(db, articleId, details) : undefined,
  });
}

export function publishArticle(input: ArticleTarget): Promise<void> {
  return publishNow({ context: input.context, kind: articleKind, id: input.articleId });
}

export function scheduleArticle(input: ArticleTarget & { publishAt: Date }): Promise<void> {
  return schedulePublishing({
    context: input.context,
    kind: articleKind,
    id: input.articleId,
    publishAt: input.publishAt,
  });
}

export function unpublishArticle(input: ArticleTarget): Promise<void> {
  return unpublish({ context: input.context, kind: articleKind, id: input.articleId });
}

export function restoreArticleRevision(
  input: ArticleTarget & { revisionId: number },
): Promise<number> {
  return restoreRevision({
    context: input.context,
    kind: articleKind,
    id: input.articleId,
    revisionId: input.revisionId,
  });
}
