// A reply as staff should read it: the reader's own words, without the issue quoted back, the
// forwarded original, the signature, or anything that tracks (remote images, campaign
// parameters). The plain-text part is preferred; HTML-only mail is turned into text first.
import { convert, htmlToText } from 'html-to-text';
import type { ParsedMail } from 'mailparser';

export interface AttachmentMeta {
  filename: string;
  contentType: string;
  size: number;
}

/** "On Mon, 3 Jun 2024, Anna <a@b> wrote:" and its equivalents, as mail programs write them. */
const quoteHeaderEnding =
  /(wrote|writes|пишет|написал|написала|написал\(а\)|пише|написав|написала|כתב|כתבה|כתב\/ה|schrieb|a écrit|escribió|ha scritto)\s*:\s*$/i;
/** "-----Original Message-----", "---------- Forwarded message ---------" and translations. */
const originalBlock =
  /^\s*-{2,}\s*(original message|forwarded message|исходное сообщение|пересылаемое сообщение|пересланное сообщение|оригінальне повідомлення|переслане повідомлення|הודעה מקורית|הודעה שהועברה)\s*-{2,}\s*$/i;
const forwardedIntro =
  /^\s*(begin forwarded message|начало пересылаемого сообщения|початок пересланого повідомлення)\s*:\s*$/i;
/** Outlook's quoted header: "From: …" followed by "Sent: …" or "Date: …" within two lines. */
const outlookFrom = /^\s*\*?(from|от|від|מאת)\s*:\*?\s/i;
const outlookSent = /^\s*\*?(sent|date|отправлено|дата|надіслано|נשלח|תאריך)\s*:\*?\s/i;
/** "[image: logo]" placeholders left by HTML-to-text conversion in other mail programs. */
const imagePlaceholder = /\[(image|изображение|зображення|תמונה)\s*:[^\]]*\]/gi;
const trackingParameter = /^(utm_[a-z]+|mc_[a-z]+|fbclid|gclid)$/i;

/** A link without its campaign parameters, so following it from the platform tells no one. */
function withoutTracking(link: string): string {
  try {
    const url = new URL(link);
    for (const name of [...url.searchParams.keys()]) {
      if (trackingParameter.test(name)) url.searchParams.delete(name);
    }
    return url.toString();
  } catch {
    return link;
  }
}

function bodyText(message: ParsedMail): string {
  const text = typeof message.text === 'string' ? message.text : '';
  if (typeof message.html !== 'string') return text;
  // mailparser fills `text` from HTML-only mail with every image and link address; we convert
  // such mail ourselves, without them. A real text part is kept as the sender wrote it.
  if (text.trim() !== '' && text !== htmlToText(message.html)) return text;
  return convert(message.html, {
    wordwrap: false,
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'blockquote', format: 'skip' },
    ],
  });
}

function isQuoteStart(lines: string[], index: number): boolean {
  const line = lines[index] ?? '';
  const next = lines[index + 1] ?? '';
  if (line === '-- ' || line.trim() === '--') return true;
  if (originalBlock.test(line) || forwardedIntro.test(line)) return true;
  if (quoteHeaderEnding.test(line)) return true;
  // Mail programs wrap a long "On … wrote:" line in two.
  if (/^\s*\S/.test(line) && !line.startsWith('>') && quoteHeaderEnding.test(`${line} ${next}`)) {
    return next.trim() !== '' && (lines[index + 2] ?? '').trimStart().startsWith('>');
  }
  if (outlookFrom.test(line)) {
    return outlookSent.test(next) || outlookSent.test(lines[index + 2] ?? '');
  }
  return false;
}

export function cleanReplyText(message: ParsedMail): string {
  const lines = bodyText(message).replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (isQuoteStart(lines, index)) break;
    const line = lines[index] ?? '';
    if (line.trimStart().startsWith('>')) continue;
    kept.push(
      line
        .replace(imagePlaceholder, '')
        .replace(/https?:\/\/[^\s<>()[\]"]+/g, withoutTracking)
        .trimEnd(),
    );
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Names, types and sizes of real attachments; inline images (logos, pixels) are left out. */
export function attachmentsOf(message: ParsedMail): AttachmentMeta[] {
  return message.attachments
    .filter((attachment) => !attachment.related)
    .map((attachment) => ({
      filename: attachment.filename ?? '',
      contentType: attachment.contentType,
      size: attachment.size,
    }));
}
