// Markdown written by editors (pages, articles, programs), turned into HTML that is safe to put
// in a public page. markdown-it does the Markdown; sanitize-html then keeps only an allowlist of
// tags and attributes, whatever the Markdown or any raw HTML in it asked for. Editors are staff,
// but an account can be taken over and text can be pasted from anywhere, so nothing here trusts
// the source: no scripts, no event handlers, no styles, no javascript: or data: addresses,
// images only from this site's media, frames only from the embed hosts in embeds.ts.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { embedAddress, embedHosts } from './embeds.ts';

// Raw HTML is on so that editors can paste an embed's <iframe>; the sanitizer decides the rest.
const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false });

/** An image variant served by this site: /media/{id}/{width}.{avif|webp|jpg}. */
const mediaImage =
  /^\/media\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/\d{1,5}\.(avif|webp|jpg)$/;

/** Whether a link leaves this site (an absolute or protocol-relative address). */
function leavesSite(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

const outsideLinkRel = 'noopener noreferrer nofollow';

const policy: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'blockquote',
    'pre',
    'code',
    'em',
    'strong',
    'del',
    's',
    'sub',
    'sup',
    'abbr',
    'a',
    'img',
    'figure',
    'figcaption',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'iframe',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
    iframe: [
      'src',
      'title',
      'width',
      'height',
      'sandbox',
      'loading',
      'allow',
      'allowfullscreen',
      'referrerpolicy',
    ],
    abbr: ['title'],
    ol: ['start'],
    th: ['scope'],
    code: ['class'],
  },
  allowedClasses: { code: [/^language-[a-z0-9-]+$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [], iframe: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  allowedIframeHostnames: [...embedHosts],
  allowIframeRelativeUrls: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // The page's own title is its one h1; a heading in the text sits below it.
    h1: 'h2',
    a: (tagName, attribs) => {
      const href = attribs.href ?? '';
      const rel =
        leavesSite(href) && !href.toLowerCase().startsWith('mailto:') ? outsideLinkRel : undefined;
      const kept: sanitizeHtml.Attributes = { href };
      if (attribs.title) kept.title = attribs.title;
      if (rel) kept.rel = rel;
      return { tagName, attribs: kept };
    },
    img: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, loading: 'lazy', decoding: 'async' },
    }),
    iframe: (tagName, attribs) => {
      const address = embedAddress(attribs.src);
      const title = attribs.title?.trim();
      // A frame must say what it holds (screen readers announce the title); an embed without
      // one, or from a host not on the list, becomes a plain link to its address instead.
      if (!address || !title) {
        const href = attribs.src ?? '';
        return { tagName: 'a', attribs: { href, rel: outsideLinkRel }, text: href };
      }
      const kept: sanitizeHtml.Attributes = {
        src: address.href,
        title,
        loading: 'lazy',
        referrerpolicy: 'strict-origin-when-cross-origin',
        // A player needs its scripts and its own origin's storage; nothing more.
        sandbox: 'allow-scripts allow-same-origin allow-presentation',
        allow: 'fullscreen; picture-in-picture',
      };
      for (const side of ['width', 'height'] as const) {
        const size = attribs[side];
        if (size && /^\d{1,4}$/.test(size)) kept[side] = size;
      }
      return { tagName, attribs: kept };
    },
  },
  // What the allowlist left without its essential address goes: an image or a frame altogether,
  // a link keeps its text. (frame.tag is the tag as written: an iframe turned into a link above
  // still says 'iframe' here, with the link's attributes.)
  exclusiveFilter: (frame) => {
    const tag = frame.tag === 'iframe' && 'href' in frame.attribs ? 'a' : frame.tag;
    if (tag === 'img') return !mediaImage.test(frame.attribs.src ?? '');
    if (tag === 'iframe') return !embedAddress(frame.attribs.src);
    if (tag === 'a' && !frame.attribs.href) return 'excludeTag';
    return false;
  },
};

/** Editor-written Markdown as HTML that may be placed in a page as it is. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), policy);
}
