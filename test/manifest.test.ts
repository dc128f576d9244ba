// The content security policy of Jobmark's own pages (popup, dashboard,
// background), read from manifest.json: the one manifest both builds use
// (vite.config.ts derives Firefox's from it), so both browsers get this policy.
// The README promises that no page makes a network request; this policy is what
// holds a page to it, whatever a saved posting or a future change brings in.
// Chromium accepts a policy that allows remote sources without a word, so only
// this test notices one.
import { expect, test } from 'vitest';
import manifest from '../manifest.json' with { type: 'json' };

/** Each directive as written: its name and its sources. */
const written = manifest.content_security_policy.extension_pages
  .split(';')
  .map((part) => part.trim().split(/\s+/))
  .filter(([name]) => name)
  .map(([name, ...sources]) => [name!.toLowerCase(), sources] as const);

/** Directive name → its sources, as the browser reads them: a repeated directive is ignored. */
const policy = new Map<string, readonly string[]>();
for (const [name, sources] of written) if (!policy.has(name)) policy.set(name, sources);

/** The sources a fetch directive allows: its own, or default-src's where it has none. */
const effective = (name: string) => policy.get(name) ?? policy.get('default-src');

test("the extension pages' policy starts from nothing: default-src 'none'", () => {
  expect(policy.get('default-src')).toEqual(["'none'"]);
});

test('no directive allows a source outside the extension: only keywords, no scheme, host or wildcard', () => {
  // data:, blob:, https:, a host or * would each let a page load from somewhere else.
  for (const [name, sources] of written) {
    for (const source of sources) expect(source, `${name} ${source}`).toMatch(/^'[^']+'$/);
  }
});

test('no directive allows eval, inline code or inline styles', () => {
  for (const [name, sources] of written) {
    for (const source of sources) expect(source, `${name} ${source}`).not.toMatch(/unsafe/i);
  }
});

test("scripts and styles come from the extension's own files, and nothing connects anywhere", () => {
  expect(effective('script-src')).toEqual(["'self'"]);
  expect(effective('style-src')).toEqual(["'self'"]);
  expect(effective('connect-src')).toEqual(["'none'"]);
});

test('the directives default-src does not cover are closed too: base URL, form targets, framing', () => {
  for (const name of ['base-uri', 'form-action', 'frame-ancestors']) expect(policy.get(name), name).toEqual(["'none'"]);
});
