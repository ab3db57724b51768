// What readers reach without an account. Sign-up (/{l}/newsletter/subscribe) gives the same
// answer for every address; the links in messages carry a signed token as their only
// credential: /newsletter/confirm/:token, /newsletter/preferences/:token and the one-click
// /newsletter/unsubscribe/:token (RFC 8058: a POST with no cookie and no CSRF field, exempted in
// app.ts). A GET never confirms or unsubscribes: link scanners open every link.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { hitRateLimit, rateLimitKey } from '../../core/rate-limit/rate-limit.ts';
import type { AppEnv } from '../../core/web/context.ts';
import { renderNotFound } from '../../core/web/errors.tsx';
import { setFlash } from '../../core/web/flash.ts';
import type { FieldErrors } from '../../core/web/forms.tsx';
import { pageShell } from '../../core/web/shell.ts';
import { localeSegment } from '../../site/locale-segment.ts';
import { enqueueSignUp } from './sign-up.ts';
import {
  confirmSubscriber,
  findSubscriber,
  preferencesFrom,
  type Subscriber,
  setPreferences,
  setSubscriberStatus,
} from './subscriptions.ts';
import { type TokenPurpose, verifyToken } from './tokens.ts';
import { ButtonPage, PreferencesPage, SubscribePage } from './views/public.tsx';

const signUpForm = z.object({
  name: z.string().trim().max(200, 'form.tooLong'),
  email: z
    .string()
    .trim()
    .min(1, 'form.required')
    .max(254, 'form.tooLong')
    .pipe(z.email('form.invalidEmail')),
});

/** Sign-ups per address and for everyone together, per hour: enough to retry a lost
 * confirmation, too few to flood someone's mailbox or the outgoing queue. */
export const signUpLimits = { perAddress: 3, overall: 300, windowMs: 60 * 60 * 1000 };

async function maySignUp(c: Context<AppEnv>, email: string): Promise<boolean> {
  const { db, config } = c.get('deps');
  const { windowMs } = signUpLimits;
  const address = await hitRateLimit(db, {
    key: rateLimitKey('newsletter-sign-up', email, config.secret),
    limit: signUpLimits.perAddress,
    windowMs,
  });
  const overall = await hitRateLimit(db, {
    key: 'newsletter-sign-up:all',
    limit: signUpLimits.overall,
    windowMs,
  });
  return address.allowed && overall.allowed;
}

function sentPage(c: Context<AppEnv>, status: 200 | 429) {
  const shell = pageShell(c);
  return c.html(
    <ButtonPage
      shell={shell}
      title={shell.t('audience.subscribe.sentTitle')}
      message={shell.t('audience.subscribe.sent')}
    />,
    status,
  );
}

/** The subscriber a link's token names: a 400 page for a token that is forged, altered, expired
 * or meant for something else; the 404 page when it names no one (any longer). */
async function subscriberOfLink(
  c: Context<AppEnv>,
  purpose: TokenPurpose,
): Promise<Subscriber | Response> {
  const { db, config } = c.get('deps');
  const id = verifyToken(config.secret, purpose, c.req.param('token') ?? '');
  if (id === undefined) {
    const shell = pageShell(c);
    return c.html(
      <ButtonPage
        shell={shell}
        title={shell.t('audience.link.invalidTitle')}
        message={shell.t('audience.link.invalid')}
      />,
      400,
    );
  }
  return (await findSubscriber(db, id)) ?? renderNotFound(c);
}

const signUpRoutes = new Hono<AppEnv>()
  .get(`/${localeSegment}/newsletter/subscribe`, (c) =>
    c.html(
      <SubscribePage
        shell={pageShell(c)}
        action={c.req.path}
        values={{ name: '', email: '', topics: [], languages: [] }}
        errors={{}}
      />,
    ),
  )
  .post(`/${localeSegment}/newsletter/subscribe`, async (c) => {
    const body = await c.req.parseBody({ all: true });
    const preferences = preferencesFrom(body);
    const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    const parsed = signUpForm.safeParse({ name: text('name'), email: text('email') });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        errors[field] ??= {
          key: issue.message as 'form.required',
          values: 'maximum' in issue ? { max: Number(issue.maximum) } : undefined,
        };
      }
      return c.html(
        <SubscribePage
          shell={pageShell(c)}
          action={c.req.path}
          values={{ name: text('name'), email: text('email'), ...preferences }}
          errors={errors}
        />,
        422,
      );
    }
    // Throttled or not, known or not: the same page, so the answer tells nothing about an address.
    if (!(await maySignUp(c, parsed.data.email))) return sentPage(c, 429);
    await enqueueSignUp(c.get('deps'), {
      ...parsed.data,
      ...preferences,
      locale: c.get('locale'),
    });
    return sentPage(c, 200);
  })
  .get('/newsletter/confirm/:token', async (c) => {
    const subscriber = await subscriberOfLink(c, 'confirm');
    if (subscriber instanceof Response) return subscriber;
    const shell = pageShell(c);
    return c.html(
      <ButtonPage
        shell={shell}
        title={shell.t('audience.confirm.title')}
        message={shell.t('audience.confirm.ask')}
        button={{ action: c.req.path, label: shell.t('audience.confirm.button') }}
      />,
    );
  })
  .post('/newsletter/confirm/:token', async (c) => {
    const subscriber = await subscriberOfLink(c, 'confirm');
    if (subscriber instanceof Response) return subscriber;
    const outcome = await confirmSubscriber(c.get('deps').db, subscriber.id);
    if (outcome === 'invalid') return renderNotFound(c);
    const shell = pageShell(c);
    return c.html(
      <ButtonPage
        shell={shell}
        title={shell.t('audience.confirm.doneTitle')}
        message={shell.t('audience.confirm.done')}
      />,
    );
  });

const linkRoutes = new Hono<AppEnv>()
  .get('/newsletter/unsubscribe/:token', async (c) => {
    const subscriber = await subscriberOfLink(c, 'unsubscribe');
    if (subscriber instanceof Response) return subscriber;
    const shell = pageShell(c);
    const already = subscriber.status === 'unsubscribed';
    return c.html(
      <ButtonPage
        shell={shell}
        title={shell.t('audience.unsubscribe.title')}
        message={shell.t(already ? 'audience.unsubscribe.done' : 'audience.unsubscribe.ask')}
        button={
          already
            ? undefined
            : { action: c.req.path, label: shell.t('audience.unsubscribe.button') }
        }
      />,
    );
  })
  .post('/newsletter/unsubscribe/:token', async (c) => {
    const subscriber = await subscriberOfLink(c, 'unsubscribe');
    if (subscriber instanceof Response) return subscriber;
    await setSubscriberStatus(c.get('deps').db, subscriber.id, 'unsubscribed');
    const shell = pageShell(c);
    return c.html(
      <ButtonPage
        shell={shell}
        title={shell.t('audience.unsubscribe.title')}
        message={shell.t('audience.unsubscribe.done')}
      />,
    );
  })
  .get('/newsletter/preferences/:token', async (c) => {
    const subscriber = await subscriberOfLink(c, 'preferences');
    if (subscriber instanceof Response) return subscriber;
    return c.html(
      <PreferencesPage
        shell={pageShell(c)}
        action={c.req.path}
        unsubscribeAction={`${c.req.path}/unsubscribe`}
        value={subscriber}
        subscribed={subscriber.status === 'active'}
      />,
    );
  })
  .post('/newsletter/preferences/:token', async (c) => {
    const subscriber = await subscriberOfLink(c, 'preferences');
    if (subscriber instanceof Response) return subscriber;
    await setPreferences(
      c.get('deps').db,
      subscriber.id,
      preferencesFrom(await c.req.parseBody({ all: true })),
    );
    await setFlash(c, { kind: 'success', key: 'audience.preferences.saved' });
    return c.redirect(c.req.path, 303);
  })
  .post('/newsletter/preferences/:token/unsubscribe', async (c) => {
    const subscriber = await subscriberOfLink(c, 'preferences');
    if (subscriber instanceof Response) return subscriber;
    await setSubscriberStatus(c.get('deps').db, subscriber.id, 'unsubscribed');
    await setFlash(c, { kind: 'success', key: 'audience.unsubscribe.done' });
    return c.redirect(c.req.path.replace(/\/unsubscribe$/, ''), 303);
  });

export const subscribePublicRoutes = new Hono<AppEnv>()
  .route('/', signUpRoutes)
  .route('/', linkRoutes);
