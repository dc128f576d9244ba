// `npm run package` (scripts/package.mjs): the store uploads hold what each browser needs
// and nothing else, Firefox's states that Jobmark collects no data and passes AMO's lint
// with no warning, and the source archive is enough to build them again (the script builds
// them from it, in a folder of its own: the shared dist/ is never touched). Zips are read
// with Debian's unzip (.ci/run installs it).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'jobmark-package-'));
const out = join(work, 'packages');
let packaged: { status: number | null; stdout: string; stderr: string };

const files = (zip: string) =>
  execFileSync('unzip', ['-Z1', join(out, zip)], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !f.endsWith('/'));
const read = (zip: string, file: string) => execFileSync('unzip', ['-p', join(out, zip), file], { encoding: 'utf8' });

interface Manifest {
  background: { service_worker?: string; scripts?: string[] };
  action: { default_popup: string; default_icon: Record<string, string> };
  icons: Record<string, string>;
  content_scripts: { js: string[] }[];
  browser_specific_settings?: { gecko: { id: string; data_collection_permissions: { required: string[] } } };
}
const manifestOf = (zip: string) => JSON.parse(read(zip, 'manifest.json')) as Manifest;

/** Every file a manifest names (the pages and scripts it loads, its icons). */
const named = (m: Manifest) => [
  ...(m.background.scripts ?? [m.background.service_worker as string]),
  m.action.default_popup,
  ...Object.values(m.action.default_icon),
  ...Object.values(m.icons),
  ...m.content_scripts.flatMap((c) => c.js),
];

beforeAll(() => {
  packaged = spawnSync('node', ['scripts/package.mjs', '--out', out], { cwd: ROOT, encoding: 'utf8' });
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the script writes the three zips and lints the Firefox one with 0 errors and 0 warnings', () => {
  expect(packaged.status, packaged.stderr).toBe(0);
  expect(packaged.stdout).toMatch(/jobmark-chrome\.zip, .*jobmark-firefox\.zip, .*jobmark-source\.zip/);
  expect(packaged.stdout).toMatch(
    /built from commit [0-9a-f]{7,}; web-ext lint of the Firefox zip: 0 errors, 0 warnings/,
  );
});

describe.each([
  ['jobmark-chrome.zip', 'chromium'],
  ['jobmark-firefox.zip', 'firefox'],
])('%s', (zip, browser) => {
  test('holds every file its manifest names, and no sample page, source map or dotfile', () => {
    const held = files(zip);
    expect(held).toContain('manifest.json');
    for (const file of named(manifestOf(zip))) expect(held).toContain(file);
    expect(held.filter((f) => /sample-posting|\.map$|(^|\/)\./.test(f))).toEqual([]);
  });

  test(
    browser === 'firefox'
      ? 'is the Firefox build: a background script, its id, and no data collected'
      : 'is the Chromium build: a service worker',
    () => {
      const manifest = manifestOf(zip);
      if (browser === 'chromium') {
        expect(manifest.background.service_worker).toBeTruthy();
        expect(manifest.browser_specific_settings).toBeUndefined();
        return;
      }
      expect(manifest.background.scripts?.length).toBe(1);
      expect(manifest.browser_specific_settings?.gecko.id).toBe('jobmark@jobmark.dev');
      expect(manifest.browser_specific_settings?.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    },
  );
});

test('the source zip is what builds them: the sources, the lock file and the build config, no build output', () => {
  const held = files('jobmark-source.zip');
  for (const file of [
    'package.json',
    'package-lock.json',
    'manifest.json',
    'vite.config.ts',
    'tsconfig.json',
    'README.md',
  ]) {
    expect(held).toContain(file);
  }
  expect(held.some((f) => f.startsWith('src/background/'))).toBe(true);
  expect(held.some((f) => f.startsWith('public/icons/'))).toBe(true);
  expect(held.filter((f) => /^(node_modules|dist|dist-firefox|packages)\//.test(f))).toEqual([]);
  // AMO's reviewer builds from the README's words.
  expect(read('jobmark-source.zip', 'README.md')).toMatch(/npm ci && npm run build/);
});
