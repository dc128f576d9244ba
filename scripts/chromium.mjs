// How Jobmark starts Chromium with the built extension: one place for the e2e
// driver (test/e2e/driver/chromium.ts), `npm start` and the benchmarks.
import { existsSync } from 'node:fs';

/** Debian's Chromium, or CHROME_PATH; a clear message where there is none. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it with: apt-get install -y chromium (or set CHROME_PATH to a Chromium binary).`,
    );
  }
  return path;
}

/**
 * launchPersistentContext options that load the extension in `dist`. Playwright
 * adds --disable-extensions by default, so it is dropped. The network flags keep
 * Chromium from calling home: this machine has no network, and Jobmark needs none.
 */
export function extensionLaunchOptions(dist, { headless = true } = {}) {
  return {
    executablePath: chromiumPath(),
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      // Chromium refuses its sandbox to root, as CI runs.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
