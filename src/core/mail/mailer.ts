// What capabilities use to send mail. Two transports implement it (see transports.ts): SMTP when
// SMTP_URL is set, and the embedded outbox, a table administrators read at /admin/outbox.

export interface OutgoingMessage {
  /** Exactly one recipient per message: tracktwo never puts several people on one message. */
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Defaults to MAIL_FROM. */
  from?: string;
  replyTo?: string;
  /** The SMTP envelope sender (return path), for example a VERP address for bounces. */
  returnPath?: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: Buffer; contentType?: string }[];
}

export interface SentMessage {
  messageId: string;
}

export interface Mailer {
  readonly transport: 'smtp' | 'outbox';
  send(message: OutgoingMessage): Promise<SentMessage>;
  close(): Promise<void>;
}
