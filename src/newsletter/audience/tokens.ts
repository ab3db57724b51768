// Signed tokens for the newsletter's links: the token is the only credential of an unsubscribe,
// a preferences page, a sign-up confirmation or a tracking pixel, so it must be unforgeable and
// good for one purpose only. The purpose is part of what is signed: an unsubscribe token
// cannot be replayed as a preferences token, though both name the same subscriber.
//
// Shape: base64url("<expires in epoch seconds, or 0>:<id>") "." base64url(HMAC-SHA256)[:16 bytes]
// 128 bits of MAC are plenty against forgery and keep List-Unsubscribe headers short.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type TokenPurpose = 'unsubscribe' | 'preferences' | 'confirm' | 'track';

const macBytes = 16;

export function signToken(
  secret: string,
  purpose: TokenPurpose,
  id: string,
  expiresAt?: Date,
): string {
  const expires = expiresAt ? Math.ceil(expiresAt.getTime() / 1000) : 0;
  const payload = Buffer.from(`${expires}:${id}`, 'utf8');
  return `${payload.toString('base64url')}.${mac(secret, purpose, payload).toString('base64url')}`;
}

/** The id the token was signed for, or undefined when it is tampered with, made for another
 * purpose, malformed or expired. */
export function verifyToken(
  secret: string,
  purpose: TokenPurpose,
  token: string,
  now: Date = new Date(),
): string | undefined {
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(token);
  if (!match) return undefined;
  const payload = Buffer.from(match[1] as string, 'base64url');
  const given = Buffer.from(match[2] as string, 'base64url');
  const expected = mac(secret, purpose, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const text = payload.toString('utf8');
  const separator = text.indexOf(':');
  if (separator < 1) return undefined;
  const expires = Number(text.slice(0, separator));
  if (!Number.isInteger(expires)) return undefined;
  if (expires !== 0 && expires * 1000 <= now.getTime()) return undefined;
  return text.slice(separator + 1);
}

function mac(secret: string, purpose: TokenPurpose, payload: Buffer): Buffer {
  return createHmac('sha256', secret)
    .update(`tracktwo newsletter ${purpose}\n`)
    .update(payload)
    .digest()
    .subarray(0, macBytes);
}
