// /gatherings/:id/follow-up (mounted by the app): a message to everyone who came, previewed
// before it is sent, one message per recipient.
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
import { renderFollowUp, sendFollowUp } from './follow-up.ts';
import { participantsOf } from './people.ts';
import { FollowUpPage } from './views/follow-up-page.tsx';

const messageForm = z.object({
  subject: z.string().trim().min(1, 'form.required').max(200, 'form.tooLong'),
  body: z.string().trim().min(1, 'form.required').max(50_000, 'form.tooLong'),
});

async function renderFollowUpPage(
  c: Context<AppEnv>,
  gathering: ConveningGathering,
  draft: {
    values: Record<string, string>;
    errors: FieldErrors;
    preview?: { subject: string; html: string };
  },
) {
  const recipients = await participantsOf(c.get('deps').db, c.get('viewer'), gathering);
  return c.html(
    <FollowUpPage
      shell={pageShell(c)}
      gathering={gathering}
      action={conveningPath(gathering.id, 'follow-up')}
      recipients={recipients.length}
      {...draft}
    />,
    Object.keys(draft.errors).length > 0 ? 400 : 200,
  );
}

export const followUpRoutes = new Hono<AppEnv>()
  .use(requireRole('coordinator'))
  .get('/', async (c) => {
    const gathering = await loadGathering(c);
    if (!gathering) return renderNotFound(c);
    return renderFollowUpPage(c, gathering, { values: {}, errors: {} });
  })
  .post('/preview', async (c) => {
    const gathering = await loadGathering(c);
    if (!gathering) return renderNotFound(c);
    const form = await parseForm(c, messageForm);
    if (!form.ok) return renderFollowUpPage(c, gathering, form);
    const { subject, html } = renderFollowUp(form.data);
    return renderFollowUpPage(c, gathering, {
      values: form.data,
      errors: {},
      preview: { subject, html },
    });
  })
  .post('/send', async (c) => {
    const gathering = await loadGathering(c);
    if (!gathering) return renderNotFound(c);
    const form = await parseForm(c, messageForm);
    if (!form.ok) return renderFollowUpPage(c, gathering, form);
    const context = { ...conveningContext(c), encryptionKey: c.get('deps').config.encryptionKey };
    await sendFollowUp(context, gathering, form.data);
    await setFlash(c, { kind: 'success', key: 'followUp.sent' });
    return c.redirect(conveningPath(gathering.id, 'follow-up'), 303);
  });
