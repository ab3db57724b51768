// Every address an HTML page points at, found and rewritten by a real HTML tokenizer (parse5's
// rewriting stream): the mirror makes them relative to files on disk, the feeds make them
// absolute for readers elsewhere. The stream re-emits untouched markup byte for byte.
import { text } from 'node:stream/consumers';
import { RewritingStream } from 'parse5-html-rewriting-stream';
import { parseSrcset, stringifySrcset } from 'srcset';

/** Where an address sits, so a rewrite can treat a stylesheet unlike a canonical link. */
export interface LinkPlace {
  tagName: string;
  attribute: string;
  /** The rel of a <link> or <a>, lowercased ('' when absent). */
  rel: string;
}

/** Returns the new address, or the same one to leave it alone. */
export type RewriteUrl = (url: string, place: LinkPlace) => string;

const addressAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  form: ['action'],
  script: ['src'],
};

export async function rewriteLinks(
  html: string,
  rewrite: RewriteUrl,
  options: { dropScripts?: boolean } = {},
): Promise<string> {
  const rewriter = new RewritingStream();
  let insideDroppedScript = false;
  rewriter.on('startTag', (tag, rawHtml) => {
    if (options.dropScripts && tag.tagName === 'script') {
      insideDroppedScript = !tag.selfClosing;
      return;
    }
    const attributes = addressAttributes[tag.tagName];
    if (!attributes) {
      rewriter.emitRaw(rawHtml);
      return;
    }
    const rel = (tag.attrs.find((attr) => attr.name === 'rel')?.value ?? '').toLowerCase();
    let changed = false;
    for (const attr of tag.attrs) {
      if (!attributes.includes(attr.name)) continue;
      const place = { tagName: tag.tagName, attribute: attr.name, rel };
      const value =
        attr.name === 'srcset'
          ? rewriteSrcset(attr.value, (url) => rewrite(url, place))
          : rewrite(attr.value, place);
      if (value !== attr.value) {
        attr.value = value;
        changed = true;
      }
    }
    if (changed) rewriter.emitStartTag(tag);
    else rewriter.emitRaw(rawHtml);
  });
  rewriter.on('endTag', (tag, rawHtml) => {
    if (insideDroppedScript && tag.tagName === 'script') {
      insideDroppedScript = false;
      return;
    }
    rewriter.emitRaw(rawHtml);
  });
  rewriter.on('text', (_token, rawHtml) => {
    if (!insideDroppedScript) rewriter.emitRaw(rawHtml);
  });
  const output = text(rewriter);
  rewriter.end(html);
  return await output;
}

/** Every address a page points at, with where it sits. */
export async function findLinks(html: string): Promise<{ url: string; place: LinkPlace }[]> {
  const found: { url: string; place: LinkPlace }[] = [];
  await rewriteLinks(html, (url, place) => {
    found.push({ url, place });
    return url;
  });
  return found;
}

function rewriteSrcset(value: string, rewrite: (url: string) => string): string {
  const candidates = parseSrcset(value);
  return stringifySrcset(
    candidates.map((candidate) => ({ ...candidate, url: rewrite(candidate.url) })),
  );
}
