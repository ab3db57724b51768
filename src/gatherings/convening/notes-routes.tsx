// /gatherings/:id/notes (mounted by the app): Chatham House notes. Saving, or the check button,
// looks for invitees' names first; a note that names someone is saved only when the editor
// ticks "save anyway".
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { type FieldErrors, parseForm } from '../../core/web/forms.tsx';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import {
  type ConveningGathering,
  conveningContext,
  conveningPath,
  loadGathering,
} from './context.ts';
import { findNames } from './name-scan.ts';
import { listNotes, maxNoteLength, saveNote } from './notes.ts';
import { inviteeNames } from './people.ts';
import { NotesPage } from './views/notes-page.tsx';

const noteForm = z.object({
  body: z.string().trim().min(1, 'form.required').max(maxNoteLength, 'form.tooLong'),
  intent: z.enum(['check', 'save']).default('save'),
  saveAnyway: z.literal('yes').optional(),
});

async function renderNotes(
  c: Context<AppEnv>,
  gathering: ConveningGathering,
  draft: { body: string; errors: FieldErrors; namesFound?: string[] },
  status: 200 | 400 = 200,
) {
  const notes = await listNotes(c.get('deps').db, gathering.id);
  return c.html(
    <NotesPage
      shell={pageShell(c)}
      gathering={gathering}
      action={conveningPath(gathering.id, 'notes')}
      body={draft.body}
      errors={draft.errors}
      namesFound={draft.namesFound}
      notes={notes}
    />,
    status,
  );
}

export const noteRoutes = new Hono<AppEnv>()
  .use(requireRole('coordinator'))
  .get('/', async (c) => {
    const gathering = await loadGathering(c);
    if (!gathering) return renderNotFound(c);
    return renderNotes(c, gathering, { body: '', errors: {} });
  })
  .post('/', async (c) => {
    const gathering = await loadGathering(c);
    if (!gathering) return renderNotFound(c);
    const form = await parseForm(c, noteForm);
    if (!form.ok) {
      return renderNotes(c, gathering, { body: form.values.body ?? '', errors: form.errors }, 400);
    }
    const { body, intent, saveAnyway } = form.data;
    const names = await inviteeNames(c.get('deps').db, c.get('viewer'), gathering.id);
    const namesFound = findNames(body, names);
    if (intent === 'check') return renderNotes(c, gathering, { body, errors: {}, namesFound });
    if (namesFound.length > 0 && !saveAnyway) {
      return renderNotes(c, gathering, { body, errors: {}, namesFound }, 400);
    }
    await saveNote(conveningContext(c), gathering.id, body, namesFound.length);
    await setFlash(c, { kind: 'success', key: 'notes.saved' });
    return c.redirect(conveningPath(gathering.id, 'notes'), 303);
  });
