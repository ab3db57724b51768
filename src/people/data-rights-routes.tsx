// /people/:id/erase: an administrator erases a person at their request, after ticking a box
// that says so. Only these two paths are guarded here: the sub-app is mounted at /people beside
// the staff people pages, and must not add a guard to theirs.
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../core/web/context.ts';
import { renderNotFound } from '../core/web/errors.tsx';
import { setFlash } from '../core/web/flash.ts';
import { parseForm } from '../core/web/forms.tsx';
import { requireRole } from '../core/web/guards.ts';
import { pageShell } from '../core/web/shell.ts';
import { erasePerson, findPersonToErase } from './data-rights.ts';
import { recordId } from './validation.ts';
import { ErasePersonPage } from './views/data-rights-erase.tsx';

const confirmation = z.object({
  confirm: z.literal('yes', { error: 'dataRights.confirmRequired' }),
});

export const dataRightsRoutes = new Hono<AppEnv>()
  .use('/:id/erase', requireRole('administrator'))
  .get('/:id/erase', async (c) => {
    const person = await findVisible(c);
    if (!person) return renderNotFound(c);
    return c.html(
      <ErasePersonPage shell={pageShell(c)} personId={person.id} name={person.name} errors={{}} />,
    );
  })
  .post('/:id/erase', async (c) => {
    const person = await findVisible(c);
    if (!person) return renderNotFound(c);
    const form = await parseForm(c, confirmation);
    if (!form.ok) {
      return c.html(
        <ErasePersonPage
          shell={pageShell(c)}
          personId={person.id}
          name={person.name}
          errors={form.errors}
        />,
        400,
      );
    }
    const erased = await erasePerson(c.get('deps'), {
      personId: person.id,
      actor: c.get('viewer'),
      requestId: c.get('requestId'),
    });
    if (!erased) return renderNotFound(c);
    await setFlash(c, { kind: 'success', key: 'dataRights.erased' });
    return c.redirect('/people', 303);
  });

function findVisible(c: Context<AppEnv>) {
  const id = recordId.safeParse(c.req.param('id'));
  return id.success ? findPersonToErase(c.get('deps').db, c.get('viewer'), id.data) : undefined;
}
