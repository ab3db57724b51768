// "Add by URL": the server fetches the page (through the SSRF-safe fetcher) and fills the new
// resource's form from what the page says about itself. Nothing is saved here: staff check the
// form and save it themselves. A failure becomes one catalog key that says what went wrong.
import type { MessageKey } from '../../core/i18n/catalogs/en.ts';
import {
  BadUrlError,
  BlockedAddressError,
  fetchPublicPage,
  NotHtmlError,
  type SafeFetchOptions,
  TimeoutError,
  TooLargeError,
} from '../../core/net/safe-fetch.ts';
import { readPageMetadata } from './page-metadata.ts';

export type Prefill =
  | { ok: true; values: Record<string, string> }
  | { ok: false; error: MessageKey };

/** Limits for a page preview: a news article's HTML is well under 2 MB. */
const limits = { maxBytes: 2_000_000, timeoutMs: 8_000, maxRedirects: 5 };

/** `testOnly` passes the fetcher's test parameter (allowAddress); application code never sets it. */
export async function prefillFromUrl(
  url: string,
  testOnly: Pick<SafeFetchOptions, 'allowAddress'> = {},
): Promise<Prefill> {
  try {
    const page = await fetchPublicPage(url, { ...limits, ...testOnly });
    const metadata = readPageMetadata(page.html);
    return {
      ok: true,
      values: {
        url: page.url,
        title: metadata.title,
        summary: metadata.description.slice(0, 2000),
        outlet: metadata.outlet.slice(0, 200),
        language: metadata.language,
        publishedOn: metadata.publishedOn,
      },
    };
  } catch (error) {
    return { ok: false, error: fetchErrorKey(error) };
  }
}

function fetchErrorKey(error: unknown): MessageKey {
  if (error instanceof BadUrlError) return 'resources.fetch.badUrl';
  if (error instanceof BlockedAddressError) return 'resources.fetch.blocked';
  if (error instanceof TooLargeError) return 'resources.fetch.tooLarge';
  if (error instanceof TimeoutError) return 'resources.fetch.timeout';
  if (error instanceof NotHtmlError) return 'resources.fetch.notHtml';
  return 'resources.fetch.failed';
}
