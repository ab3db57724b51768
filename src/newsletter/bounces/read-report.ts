// What a bounce or complaint says: its kind, its status, and which delivery it is about. A DSN
// (RFC 3464) or a feedback report (ARF, RFC 5965) arrives as multipart/report; mailparser folds
// the machine-readable part into the text, or keeps it as an attachment, so both are read.
import type { ParsedMail } from 'mailparser';
import type { Config } from '../../core/config.ts';
import type { InboundEnvelope } from '../../core/mail/inbound-handlers.ts';
import { parseBounceAddress } from '../sending/verp.ts';

export type BounceKind = 'hard' | 'soft' | 'complaint';

export interface BounceReport {
  kind: BounceKind;
  /** The DSN status (5.1.1), the feedback type (abuse), or 'unknown'. */
  detail: string;
  /** The delivery named by the VERP address, when it is one of ours and not forged. */
  deliveryId: number | undefined;
}

type ReportConfig = Pick<Config, 'mail' | 'secret'>;

/** Mail to any bounces+… address, or any multipart/report, is the bounce handler's. */
export function looksLikeBounce(message: ParsedMail, envelope: InboundEnvelope): boolean {
  return envelope.to.some(isBounceMailbox) || reportTypeOf(message) !== undefined;
}

function isBounceMailbox(address: string): boolean {
  return /^bounces\+/i.test(address.trim());
}

function reportTypeOf(message: ParsedMail): 'delivery-status' | 'feedback-report' | undefined {
  const contentType = message.headers.get('content-type');
  if (!contentType || typeof contentType !== 'object' || !('params' in contentType)) return;
  if (String(contentType.value).toLowerCase() !== 'multipart/report') return;
  const reportType = String(contentType.params['report-type'] ?? '').toLowerCase();
  if (reportType === 'delivery-status' || reportType === 'feedback-report') return reportType;
}

/** The report's text and its attached parts, where the status fields and original headers are. */
function reportText(message: ParsedMail): string {
  const parts = message.attachments
    .filter((part) => /^(message|text)\//i.test(part.contentType) && part.size < 1_000_000)
    .map((part) => part.content.toString('utf8'));
  return [message.text ?? '', ...parts].join('\n');
}

function deliveryOf(config: ReportConfig, envelope: InboundEnvelope, text: string) {
  for (const address of envelope.to) {
    const deliveryId = parseBounceAddress(config, address);
    if (deliveryId !== undefined) return deliveryId;
  }
  // Some servers bounce to the From address instead; the original's Return-Path still names it.
  for (const [address] of text.matchAll(/bounces\+\d+-[a-z0-9_-]+@[a-z0-9.-]+/gi)) {
    const deliveryId = parseBounceAddress(config, address);
    if (deliveryId !== undefined) return deliveryId;
  }
  return undefined;
}

export function readBounceReport(
  config: ReportConfig,
  message: ParsedMail,
  envelope: InboundEnvelope,
): BounceReport {
  const text = reportText(message);
  const deliveryId = deliveryOf(config, envelope, text);
  if (reportTypeOf(message) === 'feedback-report') {
    const feedbackType = /^Feedback-Type:\s*([a-z-]+)/im.exec(text)?.[1]?.toLowerCase();
    return { kind: 'complaint', detail: feedbackType ?? 'abuse', deliveryId };
  }
  // The per-recipient Status field first; else the first enhanced code anywhere in the text.
  const status =
    /^Status:\s*([45]\.\d{1,3}\.\d{1,3})/im.exec(text)?.[1] ??
    /\b([45]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1];
  if (!status) return { kind: 'soft', detail: 'unknown', deliveryId };
  return { kind: status.startsWith('5') ? 'hard' : 'soft', detail: status, deliveryId };
}
