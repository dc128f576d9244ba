// Single-page job sites (LinkedIn, Indeed) show another job without loading a
// page: the address changes (history.pushState) and the content follows, often
// a moment later. The content script runs in an isolated world and cannot wrap
// the page's pushState, so it watches the address (the Navigation API's event
// where the browser has it, a cheap poll elsewhere) and, after a change, waits
// for the page's DOM to settle before asking for a re-read.
//
// Its delays are not setTimeout's: the page and the content script share the
// window's timer ids, so a page that clears every id it can count to would
// cancel our re-read too. AbortSignal.timeout() runs a timer that has no id.

const SETTLE_MS = 250;
/** How long after an address change DOM changes still count as the new job arriving. */
const ARRIVAL_WINDOW_MS = 5_000;
const POLL_MS = 1_000;
/** A page that never stops changing (a ticking clock) is still re-read this often. */
const MAX_WAIT_MS = 1_000;

interface Delay {
  cancel(): void;
}

/** Run `then` after `ms`, on a timer the page cannot clear; cancel() stops it. */
function after(ms: number, then: () => void): Delay {
  let live = true;
  AbortSignal.timeout(ms).addEventListener(
    'abort',
    () => {
      if (live) then();
    },
    { once: true },
  );
  return {
    cancel() {
      live = false;
    },
  };
}

export function watchNavigation(doc: Document, reread: () => void): void {
  let last = location.href;
  let settle: Delay | undefined;
  let deadline: Delay | undefined;
  let observer: MutationObserver | null = null;
  let stopObserving: Delay | undefined;

  const fire = () => {
    settle?.cancel();
    deadline?.cancel();
    settle = deadline = undefined;
    reread();
  };
  // Once the DOM has been quiet for SETTLE_MS, and at the latest MAX_WAIT_MS after the first change.
  const schedule = () => {
    settle?.cancel();
    settle = after(SETTLE_MS, fire);
    deadline ??= after(MAX_WAIT_MS, fire);
  };

  const changed = () => {
    if (location.href === last) return;
    last = location.href;
    schedule();
    // Content that arrives after the address changed: re-read once it stops changing.
    observer ??= new MutationObserver(schedule);
    if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    stopObserving?.cancel();
    stopObserving = after(ARRIVAL_WINDOW_MS, () => observer?.disconnect());
  };

  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', changed);
  addEventListener('popstate', changed);
  addEventListener('hashchange', changed);
  if (!nav) {
    const poll = () => {
      changed();
      after(POLL_MS, poll);
    };
    after(POLL_MS, poll);
  }
}
