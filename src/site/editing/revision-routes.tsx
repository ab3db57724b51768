// An item's revisions: the list, one revision drawn as the public would read it, and restoring
// one into the draft.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { renderMarkdown } from '../../core/markdown/render.ts';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { pageShell } from '../../core/web/shell.ts';
import { editingContext } from './context.ts';
import { type EditableItem, type EditableKind, findRevision, listRevisions } from './editable.ts';
import { restoreRevision } from './publishing.ts';
import { revisionAuthorNames } from './revision-authors.ts';
import { revisionNumber } from './validation.ts';
import { RevisionPage, RevisionsPage } from './views/revisions-page.tsx';

export function revisionRoutes(
  kind: EditableKind,
  basePath: string,
  loadItem: (c: Context<AppEnv>) => Promise<EditableItem | undefined>,
): Hono<AppEnv> {
  async function loadRevision(c: Context<AppEnv>) {
    const item = await loadItem(c);
    const number = revisionNumber.safeParse(c.req.param('revisionId'));
    if (!item || !number.success) return undefined;
    const revision = await findRevision(c.get('deps').db, kind, item.id, number.data);
    return revision && { item, revision };
  }

  return new Hono<AppEnv>()
    .get('/:id/revisions', async (c) => {
      const item = await loadItem(c);
      if (!item) return renderNotFound(c);
      const { db } = c.get('deps');
      const revisions = await listRevisions(db, kind, item.id);
      const names = await revisionAuthorNames(
        db,
        c.get('viewer'),
        revisions.map((revision) => revision.createdBy),
      );
      return c.html(
        <RevisionsPage
          shell={pageShell(c)}
          itemPath={`${basePath}/${item.id}`}
          itemTitle={item.title}
          publishedRevisionId={item.publishedRevisionId}
          revisions={revisions.map((revision) => ({
            ...revision,
            author: names.get(revision.createdBy ?? '') ?? '',
          }))}
        />,
      );
    })
    .get('/:id/revisions/:revisionId', async (c) => {
      const found = await loadRevision(c);
      if (!found) return renderNotFound(c);
      const { item, revision } = found;
      const names = await revisionAuthorNames(c.get('deps').db, c.get('viewer'), [
        revision.createdBy,
      ]);
      return c.html(
        <RevisionPage
          shell={pageShell(c)}
          itemPath={`${basePath}/${item.id}`}
          revision={{ ...revision, author: names.get(revision.createdBy ?? '') ?? '' }}
          html={renderMarkdown(revision.body)}
        />,
      );
    })
    .post('/:id/revisions/:revisionId/restore', async (c) => {
      const found = await loadRevision(c);
      if (!found) return renderNotFound(c);
      await restoreRevision({
        context: editingContext(c),
        kind,
        id: found.item.id,
        revisionId: found.revision.id,
      });
      await setFlash(c, { kind: 'success', key: 'edit.restored' });
      return c.redirect(`${basePath}/${found.item.id}`, 303);
    });
}
