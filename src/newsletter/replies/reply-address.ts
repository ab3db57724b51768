// Reply-to addresses: every newsletter message says reply+<token>@<domain of MAIL_FROM>, the
// token carrying the issue and the subscriber with a MAC, so a reply is matched to both without
// trusting the From header (which anyone can write).
//
// The local part must stay within 64 octets (RFC 5321) and survive servers that change its case,
// so the token is one number written in base 32 with the digits 0-9a-v: the two ids as hex, less
// the version nibble that random (v4) UUIDs all share, and a 40-bit MAC. Ids of another version
// keep every nibble (a longer token, still parsed).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../core/config.ts';
import { mailDomain } from '../sending/verp.ts';

type AddressConfig = Pick<Config, 'mail' | 'secret'>;

export interface ReplyTarget {
  issueId: string;
  subscriberId: string;
}

const macNibbles = 10;
const versionNibble = 12;
/** Token lengths in base-32 digits: v4 ids (31 nibbles each) or any ids (32 each), plus the MAC. */
const compactLength = Math.ceil(((31 * 2 + macNibbles) * 4) / 5);
const fullLength = Math.ceil(((32 * 2 + macNibbles) * 4) / 5);
const uuidPattern = /^[0-9a-f]{32}$/;

function macFor(secret: string, { issueId, subscriberId }: ReplyTarget): string {
  return createHmac('sha256', secret)
    .update(`newsletter-reply:${issueId}:${subscriberId}`)
    .digest('hex')
    .slice(0, macNibbles);
}

function hexOf(uuid: string): string {
  const hex = uuid.replaceAll('-', '').toLowerCase();
  if (!uuidPattern.test(hex)) throw new Error('A reply address needs UUIDs.');
  return hex;
}

function uuidOf(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function replyAddress(config: AddressConfig, issueId: string, subscriberId: string): string {
  const issueHex = hexOf(issueId);
  const subscriberHex = hexOf(subscriberId);
  const compact = issueHex[versionNibble] === '4' && subscriberHex[versionNibble] === '4';
  const strip = (hex: string) =>
    compact ? hex.slice(0, versionNibble) + hex.slice(versionNibble + 1) : hex;
  const mac = macFor(config.secret, {
    issueId: uuidOf(issueHex),
    subscriberId: uuidOf(subscriberHex),
  });
  const token = BigInt(`0x${strip(issueHex)}${strip(subscriberHex)}${mac}`)
    .toString(32)
    .padStart(compact ? compactLength : fullLength, '0');
  return `reply+${token}@${mailDomain(config)}`;
}

function fromBase32(digits: string): bigint {
  let value = 0n;
  for (const digit of digits) value = value * 32n + BigInt(Number.parseInt(digit, 32));
  return value;
}

/** The issue and subscriber a reply address names, or undefined when forged or not ours. */
export function parseReplyAddress(config: AddressConfig, address: string): ReplyTarget | undefined {
  const match = /^reply\+([0-9a-v]+)@([^@\s]+)$/i.exec(address.trim());
  if (!match) return undefined;
  const [, rawToken, domain] = match as unknown as [string, string, string];
  if (domain.toLowerCase() !== mailDomain(config)) return undefined;
  const token = rawToken.toLowerCase();
  const compact = token.length === compactLength;
  if (!compact && token.length !== fullLength) return undefined;
  const idNibbles = compact ? 31 : 32;
  const hex = fromBase32(token)
    .toString(16)
    .padStart(idNibbles * 2 + macNibbles, '0');
  if (hex.length !== idNibbles * 2 + macNibbles) return undefined;
  const restore = (part: string) =>
    compact ? `${part.slice(0, versionNibble)}4${part.slice(versionNibble)}` : part;
  const target: ReplyTarget = {
    issueId: uuidOf(restore(hex.slice(0, idNibbles))),
    subscriberId: uuidOf(restore(hex.slice(idNibbles, idNibbles * 2))),
  };
  const given = Buffer.from(hex.slice(idNibbles * 2));
  const expected = Buffer.from(macFor(config.secret, target));
  if (!timingSafeEqual(given, expected)) return undefined;
  return target;
}
