// Fixture pages for the end-to-end tests, with the address each is served under.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from './driver/paths';

export function readShared(path: string): string {
  return readFileSync(join(SHARED, path), 'utf8');
}

export const SEED_URL = 'https://www.remotewlb.com/apply/senior-software-engineer-distributed-systems-lisbon';

export interface ServedPage {
  url: string;
  html: string;
}

/** A page of ../shared/fixtures/pages under its real URL (expected.json "url"). */
export function fixturePage(name: string): ServedPage {
  const expected = JSON.parse(readShared(`fixtures/pages/${name}/expected.json`)) as { url: string };
  return { url: expected.url, html: readShared(`fixtures/pages/${name}/source.html`) };
}

export const seedPage = (): ServedPage => ({ url: SEED_URL, html: readShared('seed/datadog-lisbon.html') });

/** A page of test/e2e/pages. */
export function localPage(file: string, url: string): ServedPage {
  return { url, html: readFileSync(join(import.meta.dirname, 'pages', file), 'utf8') };
}

/** The page's own text: the whole document's text without Jobmark's panel. Runs in the page. */
export function pageText(): string {
  const copy = document.documentElement.cloneNode(true) as Element;
  for (const ours of copy.querySelectorAll('[data-jobmark]')) ours.remove();
  return copy.textContent ?? '';
}
