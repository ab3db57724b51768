// How an OutgoingMessage becomes nodemailer's message options. Both transports use this one
// function, so the raw message kept in the outbox is the one SMTP would have carried (only the
// Date, the Message-ID, the MIME boundaries and so the DKIM signature are new each time).
import type { SendMailOptions } from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import { z } from 'zod';
import type { OutgoingMessage } from './mailer.ts';

// Unicode local parts and domains are allowed: participants write from Cyrillic domains too.
const mailboxAddress = z.email({ pattern: z.regexes.unicodeEmail });

/**
 * The one mailbox a message goes to. Throws when `to` is empty, malformed, a group or a list:
 * tracktwo never puts several people on one message, so a list here is a bug upstream.
 */
export function singleRecipient(to: string): { name: string; address: string } {
  const parsed = addressparser(to);
  const [mailbox] = parsed;
  // A second address left in the display name ("a@example.org b@example.org") is a list too.
  if (parsed.length !== 1 || !mailbox || mailbox.group || mailbox.name.includes('@')) {
    throw new Error('A message goes to exactly one recipient: "to" must hold a single address.');
  }
  if (!mailboxAddress.safeParse(mailbox.address).success) {
    throw new Error('The recipient of a message is not a valid e-mail address.');
  }
  return { name: mailbox.name, address: mailbox.address };
}

/** The address part of a From or Return-Path value such as "Track Two <office@example.org>". */
export function mailboxOf(value: string): string {
  const [first] = addressparser(value, { flatten: true });
  return first?.address ?? value;
}

export function toNodemailerMessage(
  message: OutgoingMessage,
  defaultFrom: string,
): SendMailOptions {
  const recipient = singleRecipient(message.to);
  const from = message.from ?? defaultFrom;
  return {
    from,
    // The parsed mailbox, not the string: the To header then names exactly the envelope recipient.
    to: recipient,
    subject: message.subject,
    text: message.text,
    html: message.html,
    replyTo: message.replyTo,
    headers: message.headers,
    attachments: message.attachments?.map((attachment) => ({
      filename: attachment.filename,
      content: attachment.content,
      contentType: attachment.contentType,
    })),
    // The envelope is given in full so that the return path (for example a VERP address that
    // routes bounces back to us) and the single recipient are exactly what the server sees.
    envelope: { from: mailboxOf(message.returnPath ?? from), to: [recipient.address] },
    // Quoted-printable roughly triples the size of Cyrillic or Hebrew text; base64 costs a third.
    textEncoding: 'base64',
  };
}
