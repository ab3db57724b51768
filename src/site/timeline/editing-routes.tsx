// /edit/timeline: editors list, add, change and remove timeline entries. Guarded by the editor
// role here and in app.ts; every command is audited by id.
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { type FieldErrors, parseForm } from '../../core/web/forms.tsx';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import { EditRefused, editingContext } from '../editing/context.ts';
import { recordId } from '../programs/validation.ts';
import { deleteTimelineEntry, saveTimelineEntry } from './commands.ts';
import {
  findTimelineEntry,
  listTimelineForEditing,
  programChoices,
  type TimelineEntryRow,
} from './editing.ts';
import { timelineForm } from './validation.ts';
import { TimelineFormPage, TimelineListEditPage } from './views/timeline-edit-pages.tsx';

async function renderForm(
  c: Context<AppEnv>,
  values: Record<string, string>,
  errors: FieldErrors,
  existing?: TimelineEntryRow,
) {
  const programs = await programChoices(c.get('deps').db);
  return c.html(
    <TimelineFormPage
      shell={pageShell(c)}
      existing={existing}
      programs={programs}
      values={values}
      errors={errors}
    />,
    Object.keys(errors).length > 0 ? 400 : 200,
  );
}

function formValues(entry: TimelineEntryRow): Record<string, string> {
  const values: Record<string, string> = {
    year: String(entry.year),
    month: entry.month === null ? '' : String(entry.month),
    imageMediaId: entry.imageMediaId ?? '',
    programId: entry.programId ?? '',
    articleId: entry.articleId ?? '',
  };
  for (const text of entry.texts) {
    values[`title_${text.locale}`] = text.title;
    values[`body_${text.locale}`] = text.body;
    values[`imageAlt_${text.locale}`] = text.imageAlt;
  }
  return values;
}

async function entryOf(c: Context<AppEnv>): Promise<TimelineEntryRow | undefined> {
  const id = recordId.safeParse(c.req.param('id'));
  return id.success ? findTimelineEntry(c.get('deps').db, id.data) : undefined;
}

async function save(c: Context<AppEnv>, existing?: TimelineEntryRow) {
  const form = await parseForm(c, timelineForm);
  if (!form.ok) return renderForm(c, form.values, form.errors, existing);
  try {
    await saveTimelineEntry(editingContext(c), existing?.id, form.data);
  } catch (error) {
    if (!(error instanceof EditRefused)) throw error;
    const body = await c.req.parseBody();
    const typed = Object.fromEntries(
      Object.entries(body).flatMap(([name, value]) =>
        typeof value === 'string' ? [[name, value]] : [],
      ),
    );
    return renderForm(c, typed, { [error.field]: { key: error.key } }, existing);
  }
  await setFlash(c, { kind: 'success', key: 'programs.edit.saved' });
  return c.redirect('/edit/timeline', 303);
}

export const timelineEditingRoutes = new Hono<AppEnv>()
  .use(requireRole('editor'))
  .get('/', async (c) => {
    const entries = await listTimelineForEditing(c.get('deps').db);
    return c.html(<TimelineListEditPage shell={pageShell(c)} entries={entries} />);
  })
  .get('/new', (c) => renderForm(c, {}, {}))
  .post('/new', (c) => save(c))
  .get('/:id', async (c) => {
    const entry = await entryOf(c);
    if (!entry) return renderNotFound(c);
    return renderForm(c, formValues(entry), {}, entry);
  })
  .post('/:id', async (c) => {
    const entry = await entryOf(c);
    if (!entry) return renderNotFound(c);
    return save(c, entry);
  })
  .post('/:id/delete', async (c) => {
    const entry = await entryOf(c);
    if (!entry) return renderNotFound(c);
    await deleteTimelineEntry(editingContext(c), entry.id);
    await setFlash(c, { kind: 'success', key: 'programs.edit.saved' });
    return c.redirect('/edit/timeline', 303);
  });
