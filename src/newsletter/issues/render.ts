// One issue of the newsletter as e-mail: everything that is the same for every reader is rendered
// once by prepareIssue (sections, the editor's note, both variants); personalize only joins
// precomputed strings with the reader's greeting and links, because a send calls it for every
// recipient. The neutral variant, for protected readers, names the organization nowhere: no
// sender name, no title line, no link to the organization's site except the one to read online,
// and never any tracking.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { type Locale, locales, translator } from '../../core/i18n/i18n.ts';
import { renderMarkdown } from '../../core/markdown/render.ts';
import { issueItems, newsletterIssues, newsletterTopic, resources } from '../tables.ts';
import { emailNote, escapeHtml, joinLinks, type LinkedHtml, noteAsText } from './email-html.ts';
import { type IssueResource, resourceHtml, resourceText, sectionHtml } from './resource-blocks.ts';

export interface RecipientContext {
  greetingName: string | null;
  variant: 'standard' | 'neutral';
  unsubscribeUrl: string;
  preferencesUrl: string;
  /** The "read online" link; for the neutral variant the only link to the organization's site. */
  webVersionUrl: string | null;
  tracking: null | { openPixelUrl: string; clickUrl: (url: string) => string };
}

export interface PersonalizedIssue {
  subject: string;
  html: string;
  text: string;
}

interface VariantParts {
  subject: string;
  /** The sender's display name. */
  senderName: string;
  htmlStart: string;
  /** The body between greeting and footer, its outgoing links kept apart for click tracking. */
  content: LinkedHtml;
  contentHtml: string;
  textStart: string;
  textContent: string;
}

export interface PreparedIssue {
  issueId: string;
  number: number;
  title: string;
  locale: Locale;
  resourceCount: number;
  standard: VariantParts;
  neutral: VariantParts;
  /** Texts of the personal parts, already translated. */
  words: {
    greeting: string;
    greetingAnonymous: string;
    readOnline: string;
    preferences: string;
    unsubscribe: string;
    footerStandard: string;
    footerNeutral: string;
  };
}

export async function prepareIssue(
  db: Db,
  issueId: string,
  options: { publicUrl: string; locale: Locale },
): Promise<PreparedIssue> {
  const [issue] = await db.select().from(newsletterIssues).where(eq(newsletterIssues.id, issueId));
  // Callers hold an issue they just read or were handed by a job; a missing one is a bug.
  if (!issue) throw new Error(`newsletter issue ${issueId} does not exist`);
  const rows = await db
    .select({
      url: resources.url,
      title: resources.title,
      outlet: resources.outlet,
      language: resources.language,
      publishedOn: resources.publishedOn,
      topic: resources.topic,
      summary: resources.summary,
      sourceLabel: resources.sourceLabel,
    })
    .from(issueItems)
    .innerJoin(resources, eq(resources.id, issueItems.resourceId))
    .where(eq(issueItems.issueId, issueId))
    .orderBy(asc(issueItems.position), asc(resources.id));
  return prepareFromRows(
    { id: issue.id, number: issue.number, title: issue.title, editorNote: issue.editorNote },
    rows,
    options,
  );
}

/** The rendering itself, apart from the database, so the preview and the web version share it. */
export function prepareFromRows(
  issue: { id: string; number: number; title: string; editorNote: string },
  items: IssueResource[],
  options: { publicUrl: string; locale: Locale },
): PreparedIssue {
  const { locale, publicUrl } = options;
  const t = translator(locale);
  const organization = t('site.name');
  const ownHost = new URL(publicUrl).host;
  const noteHtml = issue.editorNote.trim() ? renderMarkdown(issue.editorNote) : '';

  const build = (variant: 'standard' | 'neutral'): VariantParts => {
    const neutral = variant === 'neutral';
    const subject = neutral
      ? t('issues.neutralSubject', { number: issue.number })
      : t('issues.subject', { organization, number: issue.number, title: issue.title });
    const heading = neutral ? subject : issue.title;
    const kicker = neutral
      ? ''
      : `${organization} · ${t('issues.numberShort', { number: issue.number })}`;
    const parts: LinkedHtml = [];
    const textParts: string[] = [];
    if (noteHtml) {
      parts.push(
        `<h2 style="font-size:18px;margin:24px 0 8px;">${escapeHtml(t('issues.editorNote'))}</h2>`,
      );
      parts.push(...emailNote(noteHtml, { publicUrl, unlinkHost: neutral ? ownHost : null }));
      const noteText = noteAsText(issue.editorNote, {
        publicUrl,
        unlinkHost: neutral ? ownHost : null,
      });
      textParts.push(`${t('issues.editorNote').toUpperCase()}\n\n${noteText}`);
    }
    for (const topic of newsletterTopic.enumValues) {
      const inSection = items.filter((item) => item.topic === topic);
      if (inSection.length === 0) continue;
      const name = t(`issues.topic.${topic}`);
      parts.push(sectionHtml(name));
      const blocks: string[] = [];
      for (const item of inSection) {
        const sameSite = safeHost(item.url) === ownHost;
        parts.push(...resourceHtml(item, { t, locale, linked: !(neutral && sameSite) }));
        blocks.push(resourceText(item, { t, locale, linked: !(neutral && sameSite) }));
      }
      textParts.push(`${name.toUpperCase()}\n\n${blocks.join('\n\n')}`);
    }
    const { dir } = locales[locale];
    const htmlStart =
      `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8">` +
      '<meta name="viewport" content="width=device-width, initial-scale=1">' +
      `<title>${escapeHtml(subject)}</title></head>` +
      '<body style="margin:0;padding:0;background:#f5f4ef;">' +
      '<div style="max-width:640px;margin:0 auto;padding:24px 20px;background:#ffffff;color:#1f1f1c;' +
      "font-family:Georgia,'Times New Roman',serif;font-size:16px;line-height:1.5;\">" +
      (kicker
        ? `<p style="margin:0 0 4px;font-size:13px;color:#5b5b55;letter-spacing:0.04em;">${escapeHtml(kicker)}</p>`
        : '') +
      `<h1 style="font-size:24px;line-height:1.25;margin:0 0 16px;">${escapeHtml(heading)}</h1>`;
    const textStart = `${kicker ? `${kicker}\n` : ''}${heading}\n${'='.repeat(Math.min(heading.length, 72))}\n\n`;
    return {
      subject,
      senderName: neutral ? t('issues.neutralSender') : organization,
      htmlStart,
      content: parts,
      contentHtml: joinLinks(parts, (url) => url),
      textStart,
      textContent: textParts.join('\n\n\n'),
    };
  };

  return {
    issueId: issue.id,
    number: issue.number,
    title: issue.title,
    locale,
    resourceCount: items.length,
    standard: build('standard'),
    neutral: build('neutral'),
    words: {
      greeting: t('issues.greeting'),
      greetingAnonymous: t('issues.greetingAnonymous'),
      readOnline: t('issues.readOnline'),
      preferences: t('issues.preferences'),
      unsubscribe: t('issues.unsubscribe'),
      footerStandard: t('issues.footerStandard', { organization }),
      footerNeutral: t('issues.footerNeutral'),
    },
  };
}

const footerLink = 'color:#5b5b55;';

export function personalize(
  prepared: PreparedIssue,
  recipient: RecipientContext,
): PersonalizedIssue {
  const neutral = recipient.variant === 'neutral';
  const parts = neutral ? prepared.neutral : prepared.standard;
  const { words } = prepared;
  // Protected readers are never tracked, whatever the caller passed.
  const tracking = neutral ? null : recipient.tracking;
  const greeting = recipient.greetingName
    ? words.greeting.replace('{name}', () => recipient.greetingName ?? '')
    : words.greetingAnonymous;
  const content = tracking ? joinLinks(parts.content, tracking.clickUrl) : parts.contentHtml;

  const htmlLinks: string[] = [];
  const textLinks: string[] = [];
  if (recipient.webVersionUrl) {
    htmlLinks.push(anchor(recipient.webVersionUrl, words.readOnline));
    textLinks.push(`${words.readOnline}: ${recipient.webVersionUrl}`);
  }
  if (!neutral) {
    htmlLinks.push(anchor(recipient.preferencesUrl, words.preferences));
    htmlLinks.push(anchor(recipient.unsubscribeUrl, words.unsubscribe));
    textLinks.push(`${words.preferences}: ${recipient.preferencesUrl}`);
    textLinks.push(`${words.unsubscribe}: ${recipient.unsubscribeUrl}`);
  }
  const footerSentence = neutral ? words.footerNeutral : words.footerStandard;
  const html =
    parts.htmlStart +
    `<p style="margin:0 0 16px;">${escapeHtml(greeting)}</p>` +
    content +
    '<hr style="border:none;border-top:1px solid #d8d6cc;margin:32px 0 16px;">' +
    `<p style="margin:0 0 8px;font-size:13px;color:#5b5b55;">${escapeHtml(footerSentence)}</p>` +
    `<p style="margin:0;font-size:13px;">${htmlLinks.join(' · ')}</p>` +
    (tracking
      ? `<img src="${escapeHtml(tracking.openPixelUrl)}" width="1" height="1" alt="" style="display:block;border:0;">`
      : '') +
    '</div></body></html>';
  const text = `${parts.textStart}${greeting}\n\n${parts.textContent}\n\n-- \n${footerSentence}\n${textLinks.join('\n')}\n`;
  return { subject: parts.subject, html, text };
}

function anchor(url: string, label: string): string {
  return `<a href="${escapeHtml(url)}" style="${footerLink}">${escapeHtml(label)}</a>`;
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}
