// VERP return paths: every newsletter message goes out with its own envelope sender,
// bounces+<deliveryId>-<mac>@<domain>, so a bounce names the delivery (and so the recipient)
// without our having to parse the bounced message. The MAC keeps strangers from forging bounces
// that would suspend someone else's subscription.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../core/config.ts';
import { mailboxOf } from '../../core/mail/compose.ts';

const macLength = 10;

function macFor(secret: string, deliveryId: number): string {
  return createHmac('sha256', secret)
    .update(`newsletter-bounce:${deliveryId}`)
    .digest('base64url')
    .slice(0, macLength)
    .toLowerCase();
}

/** The domain of MAIL_FROM, where bounces come back to. */
export function mailDomain(config: Pick<Config, 'mail'>): string {
  const address = mailboxOf(config.mail.from);
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

export function bounceAddress(config: Pick<Config, 'mail' | 'secret'>, deliveryId: number): string {
  return `bounces+${deliveryId}-${macFor(config.secret, deliveryId)}@${mailDomain(config)}`;
}

/** The delivery a bounce address names, or undefined when it is not one of ours or was forged. */
export function parseBounceAddress(
  config: Pick<Config, 'mail' | 'secret'>,
  address: string,
): number | undefined {
  // Mail servers may change the case of the local part; the MAC is lower case on purpose.
  const match = /^bounces\+(\d{1,15})-([a-z0-9_-]+)@([^@\s]+)$/i.exec(address.trim());
  if (!match) return undefined;
  const [, id, mac, domain] = match as unknown as [string, string, string, string];
  if (domain.toLowerCase() !== mailDomain(config)) return undefined;
  const deliveryId = Number(id);
  if (!Number.isSafeInteger(deliveryId) || deliveryId <= 0) return undefined;
  const expected = Buffer.from(macFor(config.secret, deliveryId));
  const given = Buffer.from(mac.toLowerCase());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return deliveryId;
}
