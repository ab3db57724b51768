// The staff editor of one kind (pages or articles), as a Hono sub-app: list, new, edit with
// preview, publish, schedule, unpublish, revisions and restore. Routes parse, call a command or
// query, and draw; the kind's own fields come in through EditorExtras.
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { type FieldErrors, parseForm } from '../../core/web/forms.tsx';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import { EditRefused, editingContext } from './context.ts';
import { type EditableItem, findEditable } from './editable.ts';
import {
  type EditorOptions,
  renderEditor,
  renderNewEditor,
  type SubmittedBody,
} from './editor.tsx';
import { createDraft, publishNow, saveDraft, schedulePublishing, unpublish } from './publishing.ts';
import { revisionRoutes } from './revision-routes.tsx';
import { formatUtcMoment, scheduleForm } from './schedule.ts';
import { listForEditing } from './status.ts';
import { draftForm, itemId, listFilter, newDraftForm } from './validation.ts';
import { EditingListPage } from './views/list-page.tsx';

function stringValues(body: SubmittedBody): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string' && name !== '_csrf') values[name] = value;
  }
  return values;
}

function refusalErrors(error: unknown): FieldErrors {
  if (error instanceof EditRefused) return { [error.field]: { key: error.key } };
  throw error;
}

export function editingRoutes<Extra>(options: EditorOptions<Extra>): Hono<AppEnv> {
  const { kind, basePath, extras } = options;

  async function loadItem(c: Context<AppEnv>): Promise<EditableItem | undefined> {
    const id = itemId.safeParse(c.req.param('id'));
    return id.success ? findEditable(c.get('deps').db, kind, id.data) : undefined;
  }

  async function savedValues(c: Context<AppEnv>, item: EditableItem) {
    const { title, slug, summary, body } = item;
    const kindValues = (await extras?.savedValues(c.get('deps').db, item.id)) ?? {};
    return { title, slug, summary, body, ...kindValues };
  }

  /** The kind's own fields, parsed beside the draft: errors from both show together. */
  async function parseExtras(c: Context<AppEnv>) {
    if (!extras) return { ok: true as const, data: undefined };
    return extras.parse(c.get('deps').db, await c.req.parseBody({ all: true }));
  }

  async function submitted(c: Context<AppEnv>) {
    const body = await c.req.parseBody({ all: true });
    return { ...stringValues(body), ...extras?.submittedValues(body) };
  }

  const app = new Hono<AppEnv>()
    // Guarded here as well as in app.ts, so the editor is safe wherever it is mounted.
    .use('*', requireRole('editor'))
    .get('/', async (c) => {
      const { locale } = listFilter.parse(c.req.query());
      const shell = pageShell(c);
      const entries = await listForEditing(c.get('deps').db, kind, {
        locale: locale || undefined,
      });
      return c.html(
        <EditingListPage
          shell={shell}
          heading={shell.t(options.texts.list)}
          newLabel={shell.t(options.texts.create)}
          basePath={basePath}
          entries={entries}
          locale={locale || undefined}
        />,
      );
    })
    .get('/new', async (c) => {
      const { translationOf, locale } = c.req.query();
      const original = itemId.safeParse(translationOf).success
        ? await findEditable(c.get('deps').db, kind, translationOf ?? '')
        : undefined;
      const values: Record<string, string> = {
        locale: locale ?? pageShell(c).locale,
        translationOf: original?.id ?? '',
        // A translation usually keeps the address of its original, in its own language.
        slug: original?.slug ?? '',
      };
      return renderNewEditor(c, options, { values, errors: {} });
    })
    .post('/new/preview', async (c) =>
      renderNewEditor(c, options, { values: await submitted(c), errors: {}, preview: true }),
    )
    .post('/new', async (c) => {
      const form = await parseForm(c, newDraftForm(options.reservedSlugs));
      const kindForm = await parseExtras(c);
      const values = await submitted(c);
      if (!form.ok || !kindForm.ok) {
        const errors = { ...(form.ok ? {} : form.errors), ...(kindForm.ok ? {} : kindForm.errors) };
        return renderNewEditor(c, options, { values, errors });
      }
      try {
        const id = await createDraft({
          context: editingContext(c),
          kind,
          draft: form.data,
          alsoInTransaction: (db, createdId) =>
            extras && kindForm.data !== undefined
              ? extras.save(db, createdId, kindForm.data)
              : Promise.resolve(),
        });
        await setFlash(c, { kind: 'success', key: options.texts.created });
        return c.redirect(`${basePath}/${id}`, 303);
      } catch (error) {
        return renderNewEditor(c, options, { values, errors: refusalErrors(error) });
      }
    })
    .get('/:id', async (c) => {
      const item = await loadItem(c);
      if (!item) return renderNotFound(c);
      return renderEditor(c, options, item, { values: await savedValues(c, item), errors: {} });
    })
    .post('/:id/preview', async (c) => {
      const item = await loadItem(c);
      if (!item) return renderNotFound(c);
      const values = await submitted(c);
      return renderEditor(c, options, item, { values, errors: {}, preview: true });
    })
    .post('/:id', async (c) => {
      const item = await loadItem(c);
      if (!item) return renderNotFound(c);
      const form = await parseForm(c, draftForm(options.reservedSlugs));
      const kindForm = await parseExtras(c);
      const values = await submitted(c);
      if (!form.ok || !kindForm.ok) {
        const errors = { ...(form.ok ? {} : form.errors), ...(kindForm.ok ? {} : kindForm.errors) };
        return renderEditor(c, options, item, { values, errors });
      }
      try {
        await saveDraft({
          context: editingContext(c),
          kind,
          id: item.id,
          draft: form.data,
          alsoInTransaction: (db) =>
            extras && kindForm.data !== undefined
              ? extras.save(db, item.id, kindForm.data)
              : Promise.resolve(),
        });
      } catch (error) {
        return renderEditor(c, options, item, { values, errors: refusalErrors(error) });
      }
      await setFlash(c, { kind: 'success', key: 'edit.saved' });
      return c.redirect(`${basePath}/${item.id}`, 303);
    })
    .post('/:id/publish', async (c) => {
      const item = await loadItem(c);
      if (!item) return renderNotFound(c);
      await publishNow({ context: editingContext(c), kind, id: item.id });
      await setFlash(c, { kind: 'success', key: 'edit.published' });
      return c.redirect(`${basePath}/${item.id}`, 303);
    })
    .post('/:id/schedule', async (c) => {
      const item = await loadItem(c);
      if (!item) return renderNotFound(c);
      const form = await parseForm(c, scheduleForm());
      const shown = async (errors: FieldErrors, scheduleValue: string) =>
        renderEditor(c, options, item, {
          values: await savedValues(c, item),
          errors,
          scheduleValue,
        });
      if (!form.ok) return shown(form.errors, form.values.publishAt ?? '');
      try {
        await schedulePublishing({
          context: editingContext(c),
          kind,
          id: item.id,
          publishAt: form.data.publishAt,
        });
      } catch (error) {
        return shown(refusalErrors(error), formatUtcMoment(form.data.publishAt));
      }
      await setFlash(c, { kind: 'success', key: 'edit.scheduled' });
      return c.redirect(`${basePath}/${item.id}`, 303);
    })
    .post('/:id/unpublish', async (c) => {
      const item = await loadItem(c);
      if (!item) return renderNotFound(c);
      await unpublish({ context: editingContext(c), kind, id: item.id });
      await setFlash(c, { kind: 'success', key: 'edit.unpublished' });
      return c.redirect(`${basePath}/${item.id}`, 303);
    });
  app.route('/', revisionRoutes(kind, basePath, loadItem));
  return app;
}
