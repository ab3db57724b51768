// Fetching a web page that a staff member named, from the server, without letting the URL reach
// inside our network (SSRF). Every host is resolved first and refused if ANY of its addresses is
// not public (blocked-addresses.ts); the connection then goes to the address that was checked
// (a pinned lookup), so a DNS answer that changes between the check and the connection (DNS
// rebinding) cannot lead anywhere else. Redirects are followed by hand, each one checked the same
// way. One deadline covers everything (DNS, connections, redirects, the body), and the body is
// counted while it streams (after decompression) and dropped past the limit.
import { lookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { isBlockedAddress } from './blocked-addresses.ts';

/** Why a page could not be fetched; `url` is the address that failed (after redirects). */
export class SafeFetchError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
/** Not an absolute http(s) URL, or one carrying a user name or password. */
export class BadUrlError extends SafeFetchError {}
/** The host is, or resolves to, an address that is not on the public internet. */
export class BlockedAddressError extends SafeFetchError {}
export class TooLargeError extends SafeFetchError {}
export class TimeoutError extends SafeFetchError {}
/** The answer is not an HTML page (a PDF, an image, JSON...). */
export class NotHtmlError extends SafeFetchError {}
/** No answer (unknown host, refused connection), an error status, or too many redirects. */
export class FetchFailedError extends SafeFetchError {}

export interface SafeFetchOptions {
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /**
   * For tests only, and never set by application code: asked about each address the block list
   * refuses, with the URL being fetched; true lets that one address through for that URL. It is
   * how a test reaches its own server on loopback for one chosen host name (the happy path)
   * while every other loopback URL, redirects included, is still refused.
   */
  allowAddress?: (address: string, url: URL) => boolean;
}

export interface FetchedPage {
  /** Where the page was found, after redirects. */
  url: string;
  html: string;
}

const defaults = { maxBytes: 2_000_000, timeoutMs: 10_000, maxRedirects: 5 };
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const htmlTypes = new Set(['text/html', 'application/xhtml+xml']);

export function fetchPublicPage(url: string, options: SafeFetchOptions = {}): Promise<FetchedPage> {
  const settings = { ...defaults, ...options };
  const deadline = AbortSignal.timeout(settings.timeoutMs);
  let current = url;
  const work = (async () => {
    let target = parseUrl(url);
    for (let redirects = 0; ; redirects++) {
      current = target.href;
      const address = await checkedAddress(target, settings.allowAddress);
      const response = await send(target, address, deadline);
      const status = response.statusCode ?? 0;
      if (redirectStatuses.has(status)) {
        response.destroy();
        if (redirects >= settings.maxRedirects) {
          throw new FetchFailedError('Too many redirects', current);
        }
        const location = response.headers.location;
        if (!location) throw new FetchFailedError('A redirect without a Location', current);
        target = parseUrl(location, target);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new FetchFailedError(`The server answered ${status}`, current);
      }
      const contentType = response.headers['content-type'] ?? '';
      if (!htmlTypes.has(contentType.split(';')[0]?.trim().toLowerCase() ?? '')) {
        response.destroy();
        throw new NotHtmlError(`Not an HTML page (${contentType || 'no type'})`, current);
      }
      if (Number(response.headers['content-length'] ?? 0) > settings.maxBytes) {
        response.destroy();
        throw new TooLargeError(`Larger than ${settings.maxBytes} bytes`, current);
      }
      const body = await readLimited(response, settings.maxBytes, current);
      return { url: current, html: decodeHtml(body, contentType) };
    }
  })();
  return new Promise<FetchedPage>((resolve, reject) => {
    const onTimeout = () =>
      reject(new TimeoutError(`No page within ${settings.timeoutMs} ms`, current));
    if (deadline.aborted) onTimeout();
    deadline.addEventListener('abort', onTimeout, { once: true });
    work
      .then(resolve, (error: unknown) =>
        reject(
          error instanceof SafeFetchError
            ? error
            : new FetchFailedError(error instanceof Error ? error.message : String(error), current),
        ),
      )
      .finally(() => deadline.removeEventListener('abort', onTimeout));
  });
}

function parseUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new BadUrlError('Not a URL', text);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new BadUrlError('Only http and https pages can be fetched', url.href);
  }
  if (url.username || url.password) {
    throw new BadUrlError('A URL with a user name or password', url.href);
  }
  return url;
}

/** The host without the brackets an IPv6 literal wears in a URL. */
function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Resolves the host and returns the address to connect to, once every address has passed. */
async function checkedAddress(
  url: URL,
  allowAddress: SafeFetchOptions['allowAddress'],
): Promise<{ address: string; family: number }> {
  let addresses: { address: string; family: number }[];
  try {
    addresses = await lookup(bareHost(url), { all: true });
  } catch {
    throw new FetchFailedError('The host name does not resolve', url.href);
  }
  const blocked = addresses.find(
    ({ address }) => isBlockedAddress(address) && !allowAddress?.(address, url),
  );
  if (blocked || addresses.length === 0) {
    throw new BlockedAddressError('The host is not on the public internet', url.href);
  }
  return addresses[0] as { address: string; family: number };
}

/** A lookup that answers with the checked address whatever it is asked. */
function pinnedLookup(pinned: { address: string; family: number }): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
}

function send(
  url: URL,
  pinned: { address: string; family: number },
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request({
      protocol: url.protocol,
      host: bareHost(url),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      agent: false,
      lookup: pinnedLookup(pinned),
      signal,
      headers: {
        accept: 'text/html,application/xhtml+xml;q=0.9',
        'accept-encoding': 'gzip, deflate, br',
        'user-agent': 'tracktwo (resource preview)',
      },
    });
    request.on('response', resolve);
    request.on('error', reject);
    request.end();
  });
}

async function readLimited(
  response: IncomingMessage,
  maxBytes: number,
  url: string,
): Promise<Buffer> {
  const body = decompressed(response);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      body.destroy();
      response.destroy();
      throw new TooLargeError(`Larger than ${maxBytes} bytes`, url);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The body as the page's bytes: a small compressed body may unpack to a huge one. */
function decompressed(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  return decoder ? pipeline(response, decoder, () => {}) : response;
}

/** Text from the charset the server names, else the page's own <meta>, else UTF-8. */
function decodeHtml(body: Buffer, contentType: string): string {
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(body.subarray(0, 2048).toString('latin1'))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
