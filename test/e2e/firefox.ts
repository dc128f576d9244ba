// Starts Debian's Firefox (firefox-esr) headless with the built Firefox extension
// (dist-firefox/) and drives it over WebDriver BiDi, Firefox's own automation
// protocol: Playwright's Firefox is a patched build this machine cannot download.
// Pages are served under their real URLs by intercepting requests; nothing else
// reaches the network.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { ROOT } from './browser';

export const FIREFOX_DIST = process.env.JOBMARK_FIREFOX_DIST ?? join(ROOT, 'dist-firefox');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
}
interface BidiMessage {
  id?: number;
  type?: 'success' | 'error' | 'event';
  method?: string;
  params?: Record<string, unknown>;
  result?: unknown;
  error?: string;
  message?: string;
}
interface InterceptedRequest {
  isBlocked: boolean;
  request: { request: string; url: string };
}

export interface FirefoxBrowser {
  /** Serve `html` at `url` (exact URL, query ignored). */
  serve(url: string, html: string): void;
  /** Open a new tab at `url`; its browsing context id. */
  open(url: string): Promise<string>;
  /** Evaluate an expression in the page's own world; its value must be JSON (undefined becomes null). */
  evaluate<T>(context: string, expression: string): Promise<T>;
  /**
   * Call `fn` (a function's source) with the page panel's shadow root, or null when
   * there is no panel; its value must be JSON. The root is closed to the page: only
   * the automation protocol reaches it, as it reaches any node.
   */
  inPanel<T>(context: string, fn: string): Promise<T>;
  /** A real (trusted) mouse click at a point of the viewport. */
  click(context: string, x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxBrowser> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`No Firefox at ${FIREFOX}. Install it with: apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  }
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) {
    throw new Error('dist-firefox/ is missing: run `npm run build:firefox` first.');
  }
  const profile = mkdtempSync(join(tmpdir(), 'jobmark-firefox-'));
  const firefox = spawn(FIREFOX, ['--headless', '--remote-debugging-port=0', '--profile', profile, '--no-remote'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const closed = () => {
    firefox.kill();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const socket = await connect(firefox);
    return await session(socket, closed);
  } catch (error) {
    closed();
    throw error;
  }
}

/** Firefox prints the BiDi address on start. */
async function connect(firefox: ChildProcess): Promise<WebSocket> {
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Firefox did not start its WebDriver BiDi server')), 30_000);
    const look = (data: Buffer) => {
      const found = String(data).match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    firefox.stderr?.on('data', look);
    firefox.stdout?.on('data', look);
    firefox.once('exit', (code) => reject(new Error(`Firefox exited (${code})`)));
  });
  const socket = new WebSocket(`${address}/session`);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return socket;
}

async function session(socket: WebSocket, closed: () => void): Promise<FirefoxBrowser> {
  let lastId = 0;
  const pending = new Map<number, Pending>();
  const served = new Map<string, string>();

  function send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++lastId;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  }

  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as BidiMessage;
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (waiting && message.id !== undefined) {
      pending.delete(message.id);
      if (message.type === 'error') waiting.reject(new Error(`${message.error}: ${message.message}`));
      else waiting.resolve(message.result);
    } else if (message.method === 'network.beforeRequestSent') {
      void answer(message.params as unknown as InterceptedRequest);
    }
  });

  async function answer({ isBlocked, request }: InterceptedRequest): Promise<void> {
    if (!isBlocked) return;
    const url = new URL(request.url);
    const html = served.get(url.origin + url.pathname);
    if (html === undefined) {
      await send('network.failRequest', { request: request.request }).catch(() => {});
      return;
    }
    await send('network.provideResponse', {
      request: request.request,
      statusCode: 200,
      reasonPhrase: 'OK',
      headers: [{ name: 'content-type', value: { type: 'string', value: 'text/html; charset=utf-8' } }],
      body: { type: 'string', value: html },
    }).catch(() => {});
  }

  await send('session.new', { capabilities: {} });
  await send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_DIST } });
  for (const protocol of ['https', 'http']) {
    await send('network.addIntercept', { phases: ['beforeRequestSent'], urlPatterns: [{ type: 'pattern', protocol }] });
  }
  await send('session.subscribe', { events: ['network.beforeRequestSent'] });

  return {
    serve(url, html) {
      const u = new URL(url);
      served.set(u.origin + u.pathname, html);
    },
    async open(url) {
      const { context } = await send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
      return context;
    },
    async evaluate<T>(context: string, expression: string): Promise<T> {
      const { result } = await send<{ result: { type: string; value?: string } }>('script.evaluate', {
        expression: `JSON.stringify((${expression}) ?? null)`,
        target: { context },
        awaitPromise: true,
      });
      if (result.type !== 'string' || result.value === undefined) throw new Error(`Not JSON: ${expression}`);
      return JSON.parse(result.value) as T;
    },
    async inPanel<T>(context: string, fn: string): Promise<T> {
      type Remote = { type: string; sharedId?: string; value?: { shadowRoot?: Remote | null } };
      const { result: host } = await send<{ result: Remote }>('script.evaluate', {
        expression: "document.querySelector('[data-jobmark]')",
        target: { context },
        awaitPromise: false,
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
      });
      const root = host.type === 'node' ? host.value?.shadowRoot?.sharedId : undefined;
      const { result } = await send<{ result: { type: string; value?: string } }>('script.callFunction', {
        functionDeclaration: `(root) => JSON.stringify((${fn})(root) ?? null)`,
        arguments: [root ? { sharedId: root } : { type: 'null' }],
        target: { context },
        awaitPromise: true,
      });
      if (result.type !== 'string' || result.value === undefined) throw new Error(`Not JSON: ${fn}`);
      return JSON.parse(result.value) as T;
    },
    async click(context, x, y) {
      await send('input.performActions', {
        context,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            actions: [
              { type: 'pointerMove', x: Math.round(x), y: Math.round(y) },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
    },
    async close() {
      await send('session.end').catch(() => {});
      socket.close();
      closed();
    },
  };
}
