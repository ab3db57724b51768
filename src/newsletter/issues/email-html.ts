// The small pieces of e-mail HTML the issue is built from. Outgoing links are kept apart from
// the markup around them (a LinkedHtml), so click tracking can wrap each one with plain string
// joins at send time, and the untracked version is joined once.
import sanitizeHtml from 'sanitize-html';

/** Markup, with each outgoing link's address (unescaped) as an object in its place. */
export type LinkedHtml = (string | { href: string })[];

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character);
}

export function joinLinks(parts: LinkedHtml, mapUrl: (url: string) => string): string {
  let html = '';
  for (const part of parts) html += typeof part === 'string' ? part : escapeHtml(mapUrl(part.href));
  return html;
}

const noteTags = [
  ...['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd'],
  ...['blockquote', 'pre', 'code', 'em', 'strong', 'del', 's', 'sub', 'sup', 'abbr', 'a', 'img'],
  ...['figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span'],
];

// Private-use characters mark where a link's address goes: they cannot come out of the
// sanitized Markdown, whose attributes the placeholders replace.
const linkMark = /\uE000(\d+)\uE001/;

/**
 * The editor's note (already rendered and sanitized by the Markdown renderer) made fit for mail:
 * addresses absolute, frames (which no mail program shows) dropped, and for the neutral variant
 * links to the organization's own site turned into plain text.
 */
export function emailNote(
  noteHtml: string,
  options: { publicUrl: string; unlinkHost: string | null },
): LinkedHtml {
  const hrefs: string[] = [];
  const absolute = (url: string) => {
    try {
      return new URL(url, options.publicUrl).href;
    } catch {
      return '';
    }
  };
  const html = sanitizeHtml(noteHtml, {
    // What the Markdown renderer lets through, and the spans that replace unwanted links.
    allowedTags: noteTags,
    allowedAttributes: {
      a: ['href', 'rel', 'title', 'style'],
      img: ['src', 'alt', 'width', 'height', 'style'],
      abbr: ['title'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan'],
    },
    exclusiveFilter: (frame) => frame.tag === 'iframe',
    transformTags: {
      a: (tagName, attribs) => {
        const href = absolute(attribs.href ?? '');
        if (!href || (options.unlinkHost && new URL(href).host === options.unlinkHost)) {
          return { tagName: 'span', attribs: {} };
        }
        hrefs.push(href);
        return {
          tagName,
          attribs: { ...attribs, href: `\uE000${hrefs.length - 1}\uE001`, style: 'color:#1d4f91;' },
        };
      },
      img: (tagName, attribs) => ({
        tagName,
        attribs: {
          ...attribs,
          src: absolute(attribs.src ?? ''),
          style: 'max-width:100%;height:auto;',
        },
      }),
    },
  });
  const pieces = html.split(linkMark);
  // split with one capture group alternates text and the captured link index.
  return pieces.map((piece, index) =>
    index % 2 === 1 ? { href: hrefs[Number(piece)] ?? '' } : piece,
  );
}

const textEntities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/**
 * The note as plain text: Markdown reads well as it is, without any raw HTML it held. For the
 * neutral variant, links to the organization's own site (and relative ones) keep only their words.
 */
export function noteAsText(
  markdown: string,
  options: { publicUrl: string; unlinkHost: string | null },
): string {
  const withoutTags = sanitizeHtml(markdown, { allowedTags: [], allowedAttributes: {} }).replace(
    /&(amp|lt|gt|quot|#39);/g,
    (entity) => textEntities[entity] ?? entity,
  );
  const { unlinkHost } = options;
  if (!unlinkHost) return withoutTags.trim();
  const ownSite = (target: string) => {
    try {
      return new URL(target, options.publicUrl).host === unlinkHost;
    } catch {
      return false;
    }
  };
  return withoutTags
    .replace(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, (link, words: string, target: string) =>
      ownSite(target) ? words : link,
    )
    .replace(/<?\bhttps?:\/\/[^\s<>)]+>?/g, (address) =>
      ownSite(address.replace(/^<|>$/g, '')) ? '' : address,
    )
    .trim();
}
