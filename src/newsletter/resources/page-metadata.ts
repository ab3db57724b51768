// What a web page says about itself, read with a real HTML parser (parse5, as browsers parse):
// Open Graph first (what sites prepare for link previews), then the plain <title> and <meta>
// description, the article's publication date and the page's language.
import { type DefaultTreeAdapterTypes, parse } from 'parse5';

export interface PageMetadata {
  title: string;
  description: string;
  outlet: string;
  /** YYYY-MM-DD, when the page names a date that can be read. */
  publishedOn: string;
  /** The <html lang> tag as given (BCP 47), or empty. */
  language: string;
}

type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type Element = DefaultTreeAdapterTypes.Element;

const dateKeys = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'pubdate',
];

export function readPageMetadata(html: string): PageMetadata {
  const metas = new Map<string, string>();
  let title = '';
  let language = '';
  const visit = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (child.tagName === 'html') language = attribute(child, 'lang');
      if (child.tagName === 'title' && !title) title = textOf(child);
      if (child.tagName === 'meta') {
        const key = (
          attribute(child, 'property') ||
          attribute(child, 'name') ||
          attribute(child, 'itemprop')
        ).toLowerCase();
        const content = attribute(child, 'content').trim();
        if (key && content && !metas.has(key)) metas.set(key, content);
      }
      // <template> content is not part of the page, and <svg>'s <title> is not the page's.
      if (child.tagName !== 'svg' && child.tagName !== 'template') visit(child);
    }
  };
  visit(parse(html));
  const first = (...keys: string[]) =>
    keys.map((key) => metas.get(key)).find((value) => value !== undefined) ?? '';
  return {
    title: tidy(first('og:title', 'twitter:title') || title),
    description: tidy(first('og:description', 'description', 'twitter:description')),
    outlet: tidy(first('og:site_name', 'application-name')),
    publishedOn: calendarDate(first(...dateKeys)),
    language: language.trim(),
  };
}

function attribute(element: Element, name: string): string {
  return element.attrs.find((attr) => attr.name === name)?.value ?? '';
}

function textOf(node: ParentNode): string {
  return node.childNodes
    .map((child) => ('value' in child ? child.value : 'childNodes' in child ? textOf(child) : ''))
    .join('');
}

/** One line of text without runs of white space. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The day a timestamp names, as written (no time zone shift): "2024-03-05T22:00-05:00" is the 5th. */
function calendarDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return '';
  const [, year, month, day] = match;
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`
    ? ''
    : `${year}-${month}-${day}`;
}
