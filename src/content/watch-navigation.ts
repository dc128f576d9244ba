// Single-page job sites (LinkedIn, Indeed) show another job without loading a
// page: the address changes (history.pushState) and the content follows, often
// a moment later. The content script runs in an isolated world and cannot wrap
// the page's pushState, so it watches the address (the Navigation API's event
// where the browser has it, a cheap poll elsewhere) and, after a change, waits
// for the page's DOM to settle before asking for a re-read.

const SETTLE_MS = 250;
/** How long after an address change DOM changes still count as the new job arriving. */
const ARRIVAL_WINDOW_MS = 5_000;
const POLL_MS = 1_000;

export function watchNavigation(doc: Document, reread: () => void): void {
  let last = location.href;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | null = null;
  let stopObserving: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    clearTimeout(settle);
    settle = setTimeout(reread, SETTLE_MS);
  };

  const changed = () => {
    if (location.href === last) return;
    last = location.href;
    schedule();
    // Content that arrives after the address changed: re-read once it stops changing.
    observer ??= new MutationObserver(schedule);
    if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    clearTimeout(stopObserving);
    stopObserving = setTimeout(() => observer?.disconnect(), ARRIVAL_WINDOW_MS);
  };

  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', changed);
  addEventListener('popstate', changed);
  addEventListener('hashchange', changed);
  if (!nav) setInterval(changed, POLL_MS);
}
