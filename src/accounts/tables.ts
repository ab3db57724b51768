// Accounts: the sign-ins of people, as better-auth stores them. better-auth names its models
// user, session, account and verification; our words differ (an account is a sign-in for a
// person, see shared/DOMAIN.md), so the tables carry our names and src/accounts/auth.ts tells
// better-auth which model is which. The columns carry our names too, but their property names
// are better-auth's field names (userId is the account a row belongs to): better-auth 1.7's
// Drizzle adapter maps a renamed field twice in lookups, which breaks as soon as a new name is
// also one of its field names (account.userId -> accountId -> providerAccountId). Every column
// better-auth writes must exist here; its schema check refuses to start otherwise.
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { StaffRole } from '../core/privacy/viewer.ts';
import { people } from '../people/tables.ts';

/** better-auth's "user". The e-mail is also a contact channel of the person: sign-in needs it
 * here, in one place, unique. */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    name: text('name').notNull(),
    /** Always stored in lower case; better-auth looks addresses up that way. */
    email: text('email').notNull().unique(),
    /** Set by the first sign-in through a link sent to this address. */
    emailVerified: boolean('email_verified').notNull().default(false),
    image: text('image'),
    /** The person this account signs in for; none for a bare technical account. */
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    /** Staff roles; empty for participants. */
    roles: jsonb('roles').$type<StaffRole[]>().notNull().default([]),
    /** Staff cleared to see protected people in full (granted by an administrator). */
    protectedClearance: boolean('protected_clearance').notNull().default(false),
    /** A disabled account can neither sign in nor use a session it already has. */
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Set by better-auth's two-factor plugin once a TOTP secret is confirmed with a code. */
    twoFactorEnabled: boolean('two_factor_enabled').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('accounts_person_idx').on(table.personId)],
);

/** better-auth's "session": one row per signed-in browser. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** The account signed in. */
    userId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    token: text('token').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    /** When this session passed a second factor; staff roles count only after it. A session
     * is replaced (new token) when it passes, so the value is set once, at creation. */
    mfaVerifiedAt: timestamp('mfa_verified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('sessions_account_idx').on(table.userId)],
);

/** better-auth's "account": a way to sign in to an account (a passkey's provider, a password,
 * an identity provider). Magic links need none; passkeys and TOTP will add rows here. */
export const accountCredentials = pgTable(
  'account_credentials',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** The account this credential signs in to. */
    userId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** The identifier at the provider (better-auth's name, not our account). */
    accountId: text('provider_account_id').notNull(),
    providerId: text('provider_id').notNull(),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('account_credentials_account_idx').on(table.userId)],
);

/** better-auth's "verification": pending one-time values such as sign-in links (hashed). */
export const verifications = pgTable(
  'verifications',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('verifications_identifier_idx').on(table.identifier)],
);

/** better-auth's "twoFactor": an account's TOTP secret and backup codes, both encrypted by
 * better-auth with the server secret, and its count of failed codes (it locks after too many). */
export const twoFactors = pgTable(
  'two_factors',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** The account this second factor belongs to. */
    userId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    secret: text('secret').notNull(),
    backupCodes: text('backup_codes').notNull(),
    /** False between enrolment and the first correct code. */
    verified: boolean('verified').notNull().default(true),
    failedVerificationCount: integer('failed_verification_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
  },
  (table) => [index('two_factors_account_idx').on(table.userId)],
);

/** better-auth's "passkey" (its passkey plugin): a WebAuthn credential that signs in to an
 * account. Only the public key is stored; the private key never leaves the authenticator. */
export const passkeys = pgTable(
  'passkeys',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** The name the account gave it, to tell its passkeys apart. */
    name: text('name'),
    publicKey: text('public_key').notNull(),
    /** The account this passkey signs in to. */
    userId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** The authenticator's id for the credential (base64url), looked up at every sign-in. */
    credentialID: text('credential_id').notNull().unique(),
    /** The authenticator's signature counter, which helps spot a cloned authenticator. */
    counter: integer('counter').notNull(),
    deviceType: text('device_type').notNull(),
    backedUp: boolean('backed_up').notNull(),
    transports: text('transports'),
    /** The authenticator's model (not the device), as it reports it; often all zeros. */
    aaguid: text('aaguid'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('passkeys_account_idx').on(table.userId)],
);
