// Every setting tracktwo reads comes from here: the environment (and an optional .env file),
// parsed once with zod and passed down. No other module reads process.env.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';

// 0 asks the system for any free port (tests and benchmarks use it).
const port = z.coerce
  .number({ message: 'a port number from 0 to 65535' })
  .int('a whole port number from 0 to 65535')
  .min(0, 'a port number from 0 to 65535')
  .max(65535, 'a port number from 0 to 65535');

const positiveInt = (what: string) => z.coerce.number({ message: what }).int(what).positive(what);

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

const envSchema = z.object({
  TRACKTWO_DATA: z.string().min(1, 'a folder path').default('./data'),
  DATABASE_URL: optionalText.refine(
    (value) => value === undefined || /^postgres(ql)?:\/\//.test(value),
    'a postgres:// or postgresql:// connection URL',
  ),
  PORT: port.default(3000),
  HOST: z.string().min(1, 'a host name or address').default('localhost'),
  PUBLIC_URL: optionalText.refine(
    (value) => value === undefined || /^https?:\/\/[^/]+/.test(value),
    'an absolute http:// or https:// URL, such as https://tracktwo.example.org',
  ),
  SECRET: optionalText.refine(
    (value) => value === undefined || value.length >= 32,
    'at least 32 characters (for example: openssl rand -hex 32)',
  ),
  ENCRYPTION_KEY: optionalText.refine(
    (value) => value === undefined || /^[0-9a-fA-F]{64}$/.test(value),
    '64 hexadecimal characters, a 256-bit key (for example: openssl rand -hex 32)',
  ),
  TRUST_PROXY: flag.default(false),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  DEFAULT_LOCALE: z.enum(['en', 'ru', 'uk'], { message: 'one of en, ru, uk' }).default('en'),
  SMTP_URL: optionalText.refine(
    (value) => value === undefined || /^smtps?:\/\//.test(value),
    'an smtp:// or smtps:// URL, such as smtp://user:password@mail.example.org:587',
  ),
  SMTP_POOL_SIZE: positiveInt('a whole number of connections above 0').default(5),
  MAIL_FROM: z
    .string()
    .regex(
      /^([^<>]*<)?[^@\s<>]+@[^@\s<>]+>?$/,
      'an address such as "Track Two <office@example.org>"',
    )
    .default('tracktwo <no-reply@localhost>'),
  DKIM_DOMAIN: optionalText,
  DKIM_SELECTOR: optionalText,
  DKIM_PRIVATE_KEY_FILE: optionalText,
  INBOUND_SMTP_PORT: port.optional(),
  INBOUND_SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  JOB_CONCURRENCY: positiveInt('a whole number of workers above 0').default(4),
  JOB_POLL_MS: positiveInt('milliseconds above 0').default(1000),
  NEWSLETTER_SEND_RATE: positiveInt('a whole number of messages per second above 0').default(50),
  NEWSLETTER_SEND_CONCURRENCY: positiveInt('a whole number of SMTP transactions above 0').default(
    4,
  ),
  DIRECTORY_PAGES_PER_10_MINUTES: positiveInt('a whole number of pages above 0').default(120),
  STAFF_IDLE_MINUTES: positiveInt('a whole number of minutes above 0').default(30),
  SESSION_MAX_HOURS: positiveInt('a whole number of hours above 0').default(168),
  NEWSLETTER_TRACKING: flag.default(false),
});

type Env = z.infer<typeof envSchema>;

export interface Config {
  dataDir: string;
  databaseUrl: string | undefined;
  port: number;
  host: string;
  publicUrl: string;
  secret: string;
  /** Seals contact channels of protected people; kept outside the database. */
  encryptionKey: Buffer;
  trustProxy: boolean;
  logLevel: Env['LOG_LEVEL'];
  defaultLocale: Env['DEFAULT_LOCALE'];
  mail: {
    smtpUrl: string | undefined;
    poolSize: number;
    from: string;
    dkim:
      | { domainName: string; keySelector: string; privateKey: string; headerFieldNames?: string }
      | undefined;
    inbound: { port: number; host: string } | undefined;
  };
  jobs: { concurrency: number; pollMs: number };
  /** Newsletter sends: messages per second across the process, SMTP transactions at once.
   * Opens and clicks are recorded only when `tracking` is on (never for protected recipients). */
  newsletter: { sendRatePerSecond: number; sendConcurrency: number; tracking: boolean };
  /** A staff session ends after this long unused; every session ends this long after sign-in. */
  sessions: { staffIdleMinutes: number; maxHours: number };
  /** Directory pages one account may open in ten minutes: enough to find people, too few to
   * copy the network. */
  directoryPagesPer10Minutes: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; expected: string }[]) {
    super(
      `tracktwo cannot start: the configuration is invalid.\n${problems
        .map((problem) => `  ${problem.variable}: expected ${problem.expected}`)
        .join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads `.env` from the working folder, if there is one; real environment variables win. */
export function environmentWithDotenv(
  env: NodeJS.ProcessEnv,
  dotenvPath = '.env',
): Record<string, string | undefined> {
  if (!existsSync(dotenvPath)) return { ...env };
  return { ...parseDotenv(readFileSync(dotenvPath)), ...env };
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? '(environment)'),
        expected: issue.message,
      })),
    );
  }
  const values = parsed.data;
  const dataDir = resolve(values.TRACKTWO_DATA);
  const dkimParts = [values.DKIM_DOMAIN, values.DKIM_SELECTOR, values.DKIM_PRIVATE_KEY_FILE];
  if (dkimParts.some(Boolean) && !dkimParts.every(Boolean)) {
    throw new ConfigError([
      {
        variable: 'DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY_FILE',
        expected: 'all three set together, or none of them',
      },
    ]);
  }
  return {
    dataDir,
    databaseUrl: values.DATABASE_URL,
    port: values.PORT,
    host: values.HOST,
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, ''),
    secret: values.SECRET ?? keptInDataDir(dataDir, 'secret.key'),
    encryptionKey: Buffer.from(
      values.ENCRYPTION_KEY ?? keptInDataDir(dataDir, 'encryption.key'),
      'hex',
    ),
    trustProxy: values.TRUST_PROXY,
    logLevel: values.LOG_LEVEL,
    defaultLocale: values.DEFAULT_LOCALE,
    mail: {
      smtpUrl: values.SMTP_URL,
      poolSize: values.SMTP_POOL_SIZE,
      from: values.MAIL_FROM,
      dkim: values.DKIM_PRIVATE_KEY_FILE
        ? {
            domainName: values.DKIM_DOMAIN as string,
            keySelector: values.DKIM_SELECTOR as string,
            privateKey: readDkimKey(values.DKIM_PRIVATE_KEY_FILE),
            headerFieldNames: dkimSignedHeaders,
          }
        : undefined,
      inbound:
        values.INBOUND_SMTP_PORT === undefined
          ? undefined
          : { port: values.INBOUND_SMTP_PORT, host: values.INBOUND_SMTP_HOST },
    },
    jobs: { concurrency: values.JOB_CONCURRENCY, pollMs: values.JOB_POLL_MS },
    newsletter: {
      sendRatePerSecond: values.NEWSLETTER_SEND_RATE,
      sendConcurrency: values.NEWSLETTER_SEND_CONCURRENCY,
      tracking: values.NEWSLETTER_TRACKING,
    },
    sessions: { staffIdleMinutes: values.STAFF_IDLE_MINUTES, maxHours: values.SESSION_MAX_HOURS },
    directoryPagesPer10Minutes: values.DIRECTORY_PAGES_PER_10_MINUTES,
  };
}

// nodemailer's default list leaves out List-Unsubscribe and List-Unsubscribe-Post; RFC 8058 asks
// for both to be signed, or a relay could add a one-click link of its own.
const dkimSignedHeaders = [
  'From',
  'Sender',
  'Reply-To',
  'Subject',
  'Date',
  'Message-ID',
  'To',
  'Cc',
  'MIME-Version',
  'Content-Type',
  'Content-Transfer-Encoding',
  'In-Reply-To',
  'References',
  'List-Unsubscribe',
  'List-Unsubscribe-Post',
  'List-Id',
].join(':');

function readDkimKey(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError([
      { variable: 'DKIM_PRIVATE_KEY_FILE', expected: `a readable PEM file (cannot read ${path})` },
    ]);
  }
}

// A single-machine install should not need hand-made keys: each is made on first start and kept
// beside the data (never inside the database), readable only by its owner. Deployments set
// SECRET and ENCRYPTION_KEY explicitly and keep them apart from the database and its backups.
function keptInDataDir(dataDir: string, name: string): string {
  const path = join(dataDir, name);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The settings as `tracktwo config` shows them: secrets and passwords masked. */
export function describeConfig(config: Config): Record<string, string> {
  const mask = (value: string | undefined) => (value ? '********' : '(not set)');
  const maskUrlPassword = (value: string | undefined) =>
    value ? value.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:********@') : '(not set)';
  return {
    TRACKTWO_DATA: config.dataDir,
    DATABASE_URL: config.databaseUrl
      ? maskUrlPassword(config.databaseUrl)
      : '(not set: embedded PGlite)',
    PORT: String(config.port),
    HOST: config.host,
    PUBLIC_URL: config.publicUrl,
    SECRET: mask(config.secret),
    ENCRYPTION_KEY: mask(config.encryptionKey.toString('hex')),
    TRUST_PROXY: String(config.trustProxy),
    LOG_LEVEL: config.logLevel,
    DEFAULT_LOCALE: config.defaultLocale,
    SMTP_URL: config.mail.smtpUrl
      ? maskUrlPassword(config.mail.smtpUrl)
      : '(not set: mail goes to the outbox)',
    SMTP_POOL_SIZE: String(config.mail.poolSize),
    MAIL_FROM: config.mail.from,
    DKIM_DOMAIN: config.mail.dkim?.domainName ?? '(not set)',
    DKIM_SELECTOR: config.mail.dkim?.keySelector ?? '(not set)',
    DKIM_PRIVATE_KEY_FILE: mask(config.mail.dkim?.privateKey),
    INBOUND_SMTP_PORT: config.mail.inbound ? String(config.mail.inbound.port) : '(not set)',
    INBOUND_SMTP_HOST: config.mail.inbound?.host ?? '(not set)',
    JOB_CONCURRENCY: String(config.jobs.concurrency),
    JOB_POLL_MS: String(config.jobs.pollMs),
    NEWSLETTER_SEND_RATE: String(config.newsletter.sendRatePerSecond),
    NEWSLETTER_SEND_CONCURRENCY: String(config.newsletter.sendConcurrency),
    STAFF_IDLE_MINUTES: String(config.sessions.staffIdleMinutes),
    DIRECTORY_PAGES_PER_10_MINUTES: String(config.directoryPagesPer10Minutes),
    SESSION_MAX_HOURS: String(config.sessions.maxHours),
    NEWSLETTER_TRACKING: String(config.newsletter.tracking),
  };
}
