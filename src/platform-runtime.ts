// The runtime messaging the content script needs, without webextension-polyfill:
// the content script is loaded on every page of the job sites, and the polyfill
// would be a sixth of its size. In Manifest V3 both Chromium's `chrome.runtime`
// and Firefox's `browser.runtime` return promises from sendMessage, so no
// wrapping is needed. Everything else goes through platform.ts.

interface RuntimeSender {
  id?: string;
  tab?: unknown;
}
interface MinimalRuntime {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(
      listener: (
        message: unknown,
        sender: RuntimeSender,
        sendResponse: (answer: unknown) => void,
      ) => boolean | undefined,
    ): void;
  };
}

const extensionGlobal = globalThis as { browser?: { runtime?: MinimalRuntime }; chrome?: { runtime?: MinimalRuntime } };

/** Firefox names the API `browser`; Chromium `chrome`. */
export function runtime(): MinimalRuntime {
  const api = extensionGlobal.browser?.runtime ?? extensionGlobal.chrome?.runtime;
  if (!api) throw new Error('Not running inside the extension');
  return api;
}

/**
 * Answer messages from the extension with `handle`'s promise. Uses sendResponse
 * and `return true`, which both browsers accept (Chromium ignores a returned promise).
 */
export function onRuntimeMessage(
  handle: (message: unknown, fromExtension: boolean) => Promise<unknown> | undefined,
): void {
  const api = runtime();
  api.onMessage.addListener((message, sender, sendResponse) => {
    const answer = handle(message, sender.id === api.id && !sender.tab);
    if (!answer) return undefined;
    answer.then(sendResponse, (error: unknown) => sendResponse({ error: String(error) }));
    return true;
  });
}
