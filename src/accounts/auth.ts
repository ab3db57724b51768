// better-auth, configured for tracktwo: it owns tokens, sessions and cookies; we own the tables
// (src/accounts/tables.ts), the pages and the mail. Sign-in is by one-time link or a passkey;
// staff add a second factor (TOTP with backup codes, or a passkey: second-factor.ts, passkeys.ts
// and decision 009).
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
// The minimal entry leaves out Kysely, which only direct database connections need: we go
// through the Drizzle adapter, and start-up is half a second quicker without it.
import { betterAuth } from 'better-auth/minimal';
import { magicLink } from 'better-auth/plugins/magic-link';
import { twoFactor } from 'better-auth/plugins/two-factor';
import { recordAudit } from '../core/audit/audit.ts';
import type { Config } from '../core/config.ts';
import type { Db } from '../core/db/client.ts';
import type { Logger } from '../core/log.ts';
import type { Mailer } from '../core/mail/mailer.ts';
import { findAccountByEmail, findAccountById } from './accounts.ts';
import { invitationIdentifierPrefix } from './invitation-token.ts';
import { passkeyPlugin, passkeyRules, passkeySignInPath } from './passkeys.ts';
import { sessionAfterSecondFactor } from './second-factor.ts';
import { noteIssuedLink } from './sign-in-links.ts';
import {
  accountCredentials,
  accounts,
  passkeys,
  sessions,
  twoFactors,
  verifications,
} from './tables.ts';
import { signInMessage } from './views/sign-in-mail.tsx';

/** Where better-auth's HTTP endpoints live (see authApiRoutes in routes.tsx). */
export const authApiPath = '/api/auth';

/** How long a sign-in link works. Short: it sits in a mailbox that others may read later. */
export const signInLinkMinutes = 15;

/** How often a session in use is written back (its expiry slid forward). */
export const sessionTouchSeconds = 60;

export function createAuth({
  config,
  db,
  mailer,
  logger,
}: {
  config: Config;
  db: Db;
  mailer: Mailer;
  logger: Logger;
}) {
  const https = config.publicUrl.startsWith('https://');
  return betterAuth({
    appName: 'tracktwo',
    baseURL: config.publicUrl,
    basePath: authApiPath,
    secret: config.secret,
    trustedOrigins: [config.publicUrl],
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { accounts, sessions, accountCredentials, twoFactors, verifications, passkeys },
    }),
    // Our words on better-auth's models (see tables.ts): its user is our account, its account
    // is one of an account's credentials.
    user: {
      modelName: 'accounts',
      additionalFields: {
        // input: false, so that no better-auth endpoint lets an account set them on itself.
        personId: { type: 'string', required: false, input: false },
        roles: { type: 'json', required: false, defaultValue: [], input: false },
        disabledAt: { type: 'date', required: false, input: false },
        protectedClearance: {
          type: 'boolean',
          required: false,
          defaultValue: false,
          input: false,
        },
      },
    },
    session: {
      modelName: 'sessions',
      // better-auth slides a session's expiry as it is used; our own limits (idle time for staff,
      // an absolute lifetime) sit on top in identifyViewer. A session in use is touched about
      // once a minute, so the idle time is known to the minute.
      expiresIn: config.sessions.maxHours * 3600,
      updateAge: sessionTouchSeconds,
      additionalFields: {
        mfaVerifiedAt: { type: 'date', required: false, input: false },
      },
    },
    account: { modelName: 'accountCredentials' },
    verification: {
      modelName: 'verifications',
      // Invitations are better-auth verification values too (invitations.ts); like sign-in
      // links, only a hash of their token is stored.
      storeIdentifier: { default: 'plain', overrides: { [invitationIdentifierPrefix]: 'hashed' } },
    },
    advanced: {
      database: { generateId: 'uuid' },
      // better-auth's secure cookies carry the __Secure- prefix; __Host- is stricter (no Domain,
      // path /), so that a neighbouring subdomain cannot plant a session cookie for us. It is the
      // same prefix as our CSRF cookie's.
      useSecureCookies: false,
      cookiePrefix: https ? '__Host-tracktwo' : 'tracktwo',
      defaultCookieAttributes: { secure: https },
    },
    telemetry: { enabled: false },
    logger: {
      level: 'warn',
      // Only the message: better-auth's extra arguments may hold addresses or tokens.
      log: (level, message, ...args) => {
        const err = args.find((arg) => arg instanceof Error);
        logger[level]({ source: 'better-auth', err }, message);
      },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account may still hold a valid link; it must not become a session.
          before: async (session, context) => {
            const account = await findAccountById(db, session.userId);
            if (account === undefined || account.disabled) return false;
            // A session opened with a passkey (its holder checked, see passkeys.ts) has passed
            // the second factor from its first moment.
            if (context?.path === passkeySignInPath) {
              return { data: { ...session, mfaVerifiedAt: new Date() } };
            }
            return true;
          },
          // Every new session is a sign-in step that succeeded (a link followed, or a second
          // factor passed, which replaces the session): recorded by id only.
          after: async (session) => {
            await recordAudit(db, {
              action: session.mfaVerifiedAt
                ? 'sign_in.session_verified'
                : 'sign_in.session_started',
              subject: { kind: 'account', id: session.userId },
            });
          },
        },
      },
    },
    plugins: [
      magicLink({
        expiresIn: signInLinkMinutes * 60,
        disableSignUp: true,
        // Only a hash of each link's token is stored: a copy of the database opens no account.
        storeToken: 'hashed',
        sendMagicLink: async ({ email, url }) => {
          // better-auth makes a link for any address; only active accounts get one by mail.
          const account = await findAccountByEmail(db, email);
          if (!account || account.disabled) return;
          if (noteIssuedLink(url)) return;
          await mailer.send(
            signInMessage({ to: account.email, url, expiresInMinutes: signInLinkMinutes }),
          );
        },
      }),
      twoFactor({
        issuer: 'tracktwo',
        // Accounts have no password: the session from a one-time link is what enrols.
        allowPasswordless: true,
        schema: { twoFactor: { modelName: 'twoFactors' } },
      }),
      sessionAfterSecondFactor(),
      passkeyPlugin(config),
      passkeyRules(db),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
