// One resource as the reader sees it, in HTML and in plain text: its title (linked), outlet,
// date, language and source label, which is shown plainly so readers can weigh what they read.
import type { Locale, Translate } from '../../core/i18n/i18n.ts';
import type { resources } from '../tables.ts';
import { escapeHtml, type LinkedHtml } from './email-html.ts';

export type IssueResource = Pick<
  typeof resources.$inferSelect,
  'url' | 'title' | 'outlet' | 'language' | 'publishedOn' | 'topic' | 'summary' | 'sourceLabel'
>;

interface BlockOptions {
  t: Translate;
  locale: Locale;
  /** False where the link itself would say too much (the neutral variant, own-site links). */
  linked: boolean;
}

export function sectionHtml(name: string): string {
  return (
    '<h2 style="font-size:19px;margin:32px 0 12px;padding-bottom:4px;border-bottom:2px solid #1f1f1c;">' +
    `${escapeHtml(name)}</h2>`
  );
}

/** The line under a title: outlet · date · language (the label follows). */
function detailLine(item: IssueResource, { locale }: BlockOptions): string[] {
  const details: string[] = [];
  if (item.outlet) details.push(item.outlet);
  if (item.publishedOn) details.push(formatDay(item.publishedOn, locale));
  details.push(languageName(item.language, locale));
  return details;
}

export function resourceHtml(item: IssueResource, options: BlockOptions): LinkedHtml {
  const title = `<strong>${escapeHtml(item.title)}</strong>`;
  const label = options.t(`issues.label.${item.sourceLabel}`);
  const details = detailLine(item, options).map(escapeHtml).join(' · ');
  const parts: LinkedHtml = ['<div style="margin:0 0 20px;">'];
  if (item.url && options.linked) {
    parts.push('<a href="', { href: item.url }, `" style="color:#1d4f91;">${title}</a>`);
  } else {
    parts.push(title);
  }
  parts.push(
    `<div style="font-size:13px;color:#5b5b55;margin:2px 0 4px;">${details} · ` +
      `<span style="border:1px solid #8a8a80;border-radius:3px;padding:0 4px;">${escapeHtml(label)}</span></div>`,
  );
  if (item.summary) parts.push(`<p style="margin:0;">${escapeHtml(item.summary)}</p>`);
  parts.push('</div>');
  return parts;
}

export function resourceText(item: IssueResource, options: BlockOptions): string {
  const label = options.t(`issues.label.${item.sourceLabel}`);
  const lines = [`* ${item.title}`];
  lines.push(`  ${[...detailLine(item, options), label].join(' · ')}`);
  if (item.url && options.linked) lines.push(`  ${item.url}`);
  if (item.summary) lines.push(...wrap(item.summary, 70).map((line) => `  ${line}`));
  return lines.join('\n');
}

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
const languageNames = new Map<Locale, Intl.DisplayNames>();

function formatDay(day: string, locale: Locale): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}

function languageName(tag: string, locale: Locale): string {
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames(locale, { type: 'language' });
    languageNames.set(locale, names);
  }
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Lines of at most `width` characters, broken between words, for reading in a terminal. */
export function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
