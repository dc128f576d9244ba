// The service worker (a background script in Firefox): the one writer of the
// store. It answers typed messages and refuses any that are malformed or come
// from somewhere they should not.
import type { Envelope, Failure, MessageName } from '../messages';
import { browser, extensionOrigin, type Runtime } from '../platform';
import { type Context, forgetTab, routes } from './handlers';

function originOf(sender: Runtime.MessageSender): Context['origin'] | null {
  if (sender.id !== browser.runtime.id) return null;
  // Content scripts send from a tab whose URL is a web page; our pages from our own origin.
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin())) return 'extension';
  return sender.tab ? 'page' : null;
}

async function dispatch(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  if (typeof message !== 'object' || message === null || !('jobmark' in message)) return undefined;
  const { jobmark: name, req } = message as Envelope;
  if (!Object.hasOwn(routes, name)) return { error: `Unknown message: ${String(name)}` } satisfies Failure;
  const route = routes[name as MessageName];
  const origin = originOf(sender);
  if (origin === null || !route.from.includes(origin)) return { error: `${name} refused from this sender` };
  if (!route.valid(req)) return { error: `${name} refused: malformed request` };
  try {
    // The route was looked up by this name, so its request type matches.
    return await (route.handle as (r: unknown, c: Context) => Promise<unknown>)(req, {
      origin,
      tabId: sender.tab?.id,
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) } satisfies Failure;
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => dispatch(message, sender));
browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
