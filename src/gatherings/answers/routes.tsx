// Answering by link, without an account. /answer/<token> trades the token for a short-lived
// cookie and moves on to /answer at once, so the token leaves the address bar, the history and
// any Referer; the request log records route patterns only. The cookie is HttpOnly, Lax, and
// scoped to /answer.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../core/web/context.ts';
import { parseForm } from '../../core/web/forms.tsx';
import { isHttps } from '../../core/web/https.ts';
import { MessagePage } from '../../core/web/layout.tsx';
import { pageShell } from '../../core/web/shell.ts';
import { findInvitationByToken } from '../invitations/answer-token.ts';
import { answerFormSchema } from './answer-form.ts';
import { loadAnswerPage } from './answer-page-data.ts';
import { submitAnswer } from './answers.ts';
import { AnswerDonePage, AnswerPage } from './views/answer-page.tsx';

const cookiePath = '/answer';
const cookieMaxAge = 30 * 60;

function cookieName(c: Context): string {
  return isHttps(c) ? '__Secure-tt_answer' : 'tt_answer';
}

/** The same page for a token that is unknown, expired, replaced or mangled: nothing tells a
 * guesser whether an invitation is behind it. */
function renderLinkDead(c: Context<AppEnv>) {
  const shell = pageShell(c);
  c.header('cache-control', 'no-store');
  return c.html(
    <MessagePage
      shell={shell}
      title={shell.t('answer.dead.title')}
      message={shell.t('answer.dead.body')}
    />,
    410,
  );
}

async function invitationOfCookie(c: Context<AppEnv>) {
  const token = getCookie(c, cookieName(c));
  if (!token) return undefined;
  const invitation = await findInvitationByToken(c.get('deps').db, token);
  return invitation ? { token, invitation } : undefined;
}

export const answerRoutes = new Hono<AppEnv>()
  .get('/answer/:token', async (c) => {
    const token = c.req.param('token');
    const invitation = await findInvitationByToken(c.get('deps').db, token);
    if (!invitation) return renderLinkDead(c);
    setCookie(c, cookieName(c), token, {
      path: cookiePath,
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c),
      maxAge: cookieMaxAge,
    });
    c.header('cache-control', 'no-store');
    return c.redirect('/answer', 303);
  })
  .get('/answer', async (c) => {
    const opened = await invitationOfCookie(c);
    if (!opened) return renderLinkDead(c);
    const { db, config } = c.get('deps');
    const data = await loadAnswerPage(db, config.encryptionKey, opened.invitation);
    if (!data) return renderLinkDead(c);
    c.header('cache-control', 'no-store');
    return c.html(<AnswerPage shell={pageShell(c)} data={data} />);
  })
  .post('/answer', async (c) => {
    const opened = await invitationOfCookie(c);
    if (!opened) return renderLinkDead(c);
    const { db, config } = c.get('deps');
    const data = await loadAnswerPage(db, config.encryptionKey, opened.invitation);
    if (!data) return renderLinkDead(c);
    c.header('cache-control', 'no-store');
    const form = await parseForm(c, answerFormSchema(data.timeZone));
    if (!form.ok) {
      return c.html(
        <AnswerPage shell={pageShell(c)} data={data} errors={form.errors} values={form.values} />,
        400,
      );
    }
    const result = await submitAnswer(
      { db, encryptionKey: config.encryptionKey },
      opened.token,
      form.data,
    );
    if (!result) return renderLinkDead(c);
    deleteCookie(c, cookieName(c), { path: cookiePath, secure: isHttps(c) });
    return c.html(<AnswerDonePage shell={pageShell(c)} title={data.title} state={result.state} />);
  });
