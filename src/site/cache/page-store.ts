// A bounded map of cached pages: at most so many bytes and so many pages, and the page used
// least recently goes first when either bound is passed.
import type { CachedPage } from './cached-page.ts';

export class PageStore {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(private readonly limits: { maxBytes: number; maxPages: number }) {}

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      // Maps keep insertion order: moving a page to the end marks it as the latest used.
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: CachedPage): void {
    if (page.bytes > this.limits.maxBytes) return;
    this.remove(key);
    this.pages.set(key, page);
    this.bytes += page.bytes;
    while (this.bytes > this.limits.maxBytes || this.pages.size > this.limits.maxPages) {
      const oldest = this.pages.keys().next().value;
      if (oldest === undefined) break;
      this.remove(oldest);
    }
  }

  get size(): number {
    return this.pages.size;
  }

  private remove(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.bytes;
  }
}
