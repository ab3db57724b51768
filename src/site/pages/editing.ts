// Editing pages: the page kind for the shared editor (site/editing) and the commands, one per
// intent, that routes, the demo and tests call.
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
import { pageRevisions, pages } from './tables.ts';

export const pageKind: EditableKind = {
  subject: 'page',
  items: pages,
  revisions: pageRevisions,
  revisionOwner: pageRevisions.pageId,
  async appendRevision(db: Db, pageId: string, content: DraftContent, createdBy: string | null) {
    const [revision] = await db
      .insert(pageRevisions)
      .values({ pageId, ...content, createdBy })
      .returning({ id: pageRevisions.id });
    if (!revision) throw new Error('The page revision was not saved.');
    return revision.id;
  },
};

interface PageTarget {
  context: EditingContext;
  pageId: string;
}

export function createPage(input: { context: EditingContext; draft: NewDraft }) {
  return createDraft({ ...input, kind: pageKind });
}

export function savePageDraft(
  input: PageTarget & { draft: DraftContent & { slug: string } },
): Promise<number> {
  return saveDraft({
    context: input.context,
    kind: pageKind,
    id: input.pageId,
    draft: input.draft,
  });
}

export function publishPage(input: PageTarget): Promise<void> {
  return publishNow({ context: input.context, kind: pageKind, id: input.pageId });
}

export function schedulePage(input: PageTarget & { publishAt: Date }): Promise<void> {
  return schedulePublishing({
    context: input.context,
    kind: pageKind,
    id: input.pageId,
    publishAt: input.publishAt,
  });
}

export function unpublishPage(input: PageTarget): Promise<void> {
  return unpublish({ context: input.context, kind: pageKind, id: input.pageId });
}

export function restorePageRevision(input: PageTarget & { revisionId: number }): Promise<number> {
  return restoreRevision({
    context: input.context,
    kind: pageKind,
    id: input.pageId,
    revisionId: input.revisionId,
  });
}
