// Staff pages of newsletter replies, mounted at /newsletter/replies: the threads, one thread,
// tagging, answering, and turning a reply into a resource. Editors only; each route guards
// itself. A thread whose person the viewer may not see answers 404, like a missing one.

import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import { parseForm } from '../../core/web/forms.tsx';
import { requireRole } from '../../core/web/guards.ts';
import { pageShell } from '../../core/web/shell.ts';
import { replyMessages } from '../tables.ts';
import { recordAnswer } from './answer-job.ts';
import {
  createResourceFromReply,
  prefillFromReply,
  resourceFromReplySchema,
} from './resource-from-reply.ts';
import { listThreads, readThread, replyTags, setThreadTags } from './threads.ts';
import { type ThreadForms, ThreadPage } from './views/thread-page.tsx';
import { ThreadsPage } from './views/threads-page.tsx';

const threadIdSchema = z.uuid();
const messageIdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const tagsSchema = z.array(z.enum(replyTags));
const answerSchema = z.object({
  body: z.string().trim().min(1, 'form.required').max(20_000, 'form.tooLong'),
});

async function threadOf(c: Context<AppEnv>) {
  const id = threadIdSchema.safeParse(c.req.param('id'));
  if (!id.success) return undefined;
  return readThread(c.get('deps').db, c.get('viewer'), id.data);
}

function accountIdOf(c: Context<AppEnv>): string {
  const viewer = c.get('viewer');
  if (viewer.kind !== 'account') throw new Error('requireRole lets accounts only through.');
  return viewer.accountId;
}

async function incomingMessage(c: Context<AppEnv>, threadId: string) {
  const id = messageIdSchema.safeParse(c.req.param('messageId'));
  if (!id.success) return undefined;
  const [message] = await c
    .get('deps')
    .db.select({ id: replyMessages.id, body: replyMessages.body })
    .from(replyMessages)
    .where(
      and(
        eq(replyMessages.id, id.data),
        eq(replyMessages.threadId, threadId),
        eq(replyMessages.direction, 'in'),
      ),
    );
  return message;
}

export const replyRoutes = new Hono<AppEnv>()
  .use(requireRole('editor'))
  .get('/', async (c) => {
    const threads = await listThreads(c.get('deps').db, c.get('viewer'));
    c.header('cache-control', 'no-store');
    return c.html(<ThreadsPage shell={pageShell(c)} threads={threads} />);
  })
  .get('/:id', async (c) => {
    const thread = await threadOf(c);
    if (!thread) return renderNotFound(c);
    c.header('cache-control', 'no-store');
    return c.html(<ThreadPage shell={pageShell(c)} thread={thread} />);
  })
  .post('/:id/tags', async (c) => {
    const thread = await threadOf(c);
    if (!thread) return renderNotFound(c);
    const body = await c.req.parseBody({ all: true });
    const tags = tagsSchema.safeParse([body.tags ?? []].flat());
    // The form offers only known tags: anything else was forged, and changes nothing.
    if (!tags.success) return c.html(<ThreadPage shell={pageShell(c)} thread={thread} />, 400);
    await setThreadTags(c.get('deps').db, thread.id, tags.data);
    await setFlash(c, { kind: 'success', key: 'replies.tagsSaved' });
    return c.redirect(`/newsletter/replies/${thread.id}`, 303);
  })
  .post('/:id/answer', async (c) => {
    const thread = await threadOf(c);
    if (!thread) return renderNotFound(c);
    const form = await parseForm(c, answerSchema);
    if (!form.ok) {
      const answer: ThreadForms['answer'] = form;
      return c.html(<ThreadPage shell={pageShell(c)} thread={thread} answer={answer} />, 400);
    }
    await recordAnswer(c.get('deps').db, thread.id, form.data.body, accountIdOf(c));
    await setFlash(c, { kind: 'success', key: 'replies.answerQueued' });
    return c.redirect(`/newsletter/replies/${thread.id}`, 303);
  })
  .get('/:id/resource/:messageId', async (c) => {
    const thread = await threadOf(c);
    const message = thread && (await incomingMessage(c, thread.id));
    if (!thread || !message) return renderNotFound(c);
    const resource = { messageId: message.id, values: prefillFromReply(message.body), errors: {} };
    return c.html(<ThreadPage shell={pageShell(c)} thread={thread} resource={resource} />);
  })
  .post('/:id/resource/:messageId', async (c) => {
    const thread = await threadOf(c);
    const message = thread && (await incomingMessage(c, thread.id));
    if (!thread || !message) return renderNotFound(c);
    const form = await parseForm(c, resourceFromReplySchema);
    if (!form.ok) {
      const resource = { messageId: message.id, values: form.values, errors: form.errors };
      return c.html(<ThreadPage shell={pageShell(c)} thread={thread} resource={resource} />, 400);
    }
    await createResourceFromReply(c.get('deps').db, form.data, accountIdOf(c));
    await setFlash(c, { kind: 'success', key: 'replies.resourceCreated' });
    return c.redirect(`/newsletter/replies/${thread.id}`, 303);
  });
