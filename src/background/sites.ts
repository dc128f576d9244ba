// Which sites Jobmark reads by itself: the job sites listed in the manifest, and
// the sites the person added (each with its own host permission, asked for by
// the popup at that moment), registered as dynamic content scripts.
import type { LanguageCode } from '../extract/words/lexicons';
import { browser } from '../platform';
import { READER_FILE, wordPackFile } from './reader-files';

const PREFIX = 'auto:';

/** The quick check (check-page.iife.ts), as the built manifest names it: what runs on every page of an automatic site. */
function checkPageFile(): string {
  const file = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  if (!file) throw new Error('The manifest lists no content script');
  return file;
}

/** Whether a match pattern's scheme and host cover an origin (the path is not considered). */
export function patternCoversOrigin(pattern: string, origin: string): boolean {
  const m = pattern.match(/^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)\//);
  if (!m) return false;
  const url = new URL(origin);
  const [, scheme, host] = m as unknown as [string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1));
  return url.hostname === host;
}

export async function siteIsAutomatic(origin: string): Promise<boolean> {
  const listed = browser.runtime.getManifest().content_scripts ?? [];
  if (listed.some((cs) => (cs.matches ?? []).some((p) => patternCoversOrigin(p, origin)))) return true;
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [PREFIX + origin] });
  return registered.length > 0;
}

export async function enableSite(origin: string): Promise<void> {
  const pattern = `${origin}/*`;
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    throw new Error(`Jobmark has no permission for ${origin} yet.`);
  }
  if (await siteIsAutomatic(origin)) return;
  await browser.scripting.registerContentScripts([
    {
      id: PREFIX + origin,
      matches: [pattern],
      js: [checkPageFile()],
      runAt: 'document_end', // as the manifest's: the reader waits for the page to settle (content/page-settled.ts)
      persistAcrossSessions: true,
    },
  ]);
}

/**
 * Run the page reader (read-page.iife.ts) in a tab now, after the word packs of `words`, which it
 * then finds there (extract/words/word-packs.ts); false if not allowed. The job sites' host
 * permissions, a site the person added, or activeTab after a gesture allow it.
 */
export async function injectReader(tabId: number, words: readonly LanguageCode[] = []): Promise<boolean> {
  try {
    // At once, not at the page's document_idle (executeScript's default): the reader is evaluated while the
    // page finishes loading, and waits for it to settle itself before its first reading (content/page-settled.ts).
    const files = [...words.map(wordPackFile), READER_FILE];
    await browser.scripting.executeScript({ target: { tabId }, files, injectImmediately: true });
    return true;
  } catch {
    return false; // no permission for this tab (a browser page, or no gesture)
  }
}

/**
 * Run the word packs of `languages` in a tab's page (its top frame, where injectReader put the
 * reader), for the reader there to read them (extract/words/word-packs.ts). At once, as the reader.
 */
export async function injectWords(tabId: number, languages: readonly LanguageCode[]): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    files: languages.map(wordPackFile),
    injectImmediately: true,
  });
}
