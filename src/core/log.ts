// Structured logs as JSON lines. Personal data never belongs in a log line: the redaction list
// below is a safety net for mistakes, not a licence to log people. Log ids, never names,
// addresses, tokens or cookies.
import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

const personalOrSecret = [
  'name',
  'displayName',
  'pseudonym',
  'email',
  'to',
  'from',
  'phone',
  'token',
  'password',
  'secret',
  'cookie',
  'authorization',
  'subject',
];

export const redactedPaths = [
  ...personalOrSecret,
  ...personalOrSecret.map((key) => `*.${key}`),
  'headers["set-cookie"]',
  '*.headers.cookie',
  '*.headers.authorization',
  '*.headers["set-cookie"]',
];

export function createLogger(
  config: Pick<Config, 'logLevel'>,
  destination?: pino.DestinationStream,
): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { app: 'tracktwo' },
      redact: { paths: redactedPaths, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
