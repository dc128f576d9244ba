// When a page has loaded as far as a `document_idle` content script waits for: the page's load
// event, or 200 ms after DOMContentLoaded if that comes first (Chromium's rule). The quick check
// runs earlier, at `document_end`, so the reader is injected and evaluated while the page finishes
// loading; its first reading still waits for this, as it did when the check itself waited, so a
// page that builds its posting in its own scripts has had the same time to do so.
//
// The timer is not setTimeout's: the page and the content script share the window's timer ids,
// so a page that clears every id it can count to would cancel it. AbortSignal.timeout() has none.

const AFTER_CONTENT_LOADED_MS = 200;

export function pageSettled(doc: Document): Promise<void> {
  if (doc.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => resolve();
    addEventListener('load', done, { once: true });
    const afterParsed = () => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const since = nav?.domContentLoadedEventEnd ? performance.now() - nav.domContentLoadedEventEnd : 0;
      AbortSignal.timeout(Math.max(0, AFTER_CONTENT_LOADED_MS - since)).addEventListener('abort', done, { once: true });
    };
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', afterParsed, { once: true });
    else afterParsed();
  });
}
