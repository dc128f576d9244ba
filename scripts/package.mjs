#!/usr/bin/env node
// `npm run package`: the files a person uploads to the stores, in packages/:
//   jobmark-chrome.zip    the Chromium build (Chrome Web Store, Edge Add-ons)
//   jobmark-firefox.zip   the Firefox build (addons.mozilla.org)
//   jobmark-source.zip    the source at this commit, which AMO asks for with a built add-on:
//                         README.md says how to build it (npm ci && npm run build)
// Builds first; zips with web-ext (offline), the source with git archive; then lints the
// Firefox zip's files as AMO does (web-ext lint, warnings as errors) and stops on any.
// The sample posting in public/ is for `npm start` and the CLI: the extension never
// opens it, so the store zips leave it out.
// JOBMARK_DIST and JOBMARK_FIREFOX_DIST package builds made elsewhere (then nothing is
// built), and `--out DIR` writes the zips to DIR: the test (test/package.test.ts) does both.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const at = process.argv.indexOf('--out');
const out = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : join(root, 'packages');
mkdirSync(out, { recursive: true });

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(`${result.stdout ?? ''}\n✖ ${command} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}

const { JOBMARK_DIST, JOBMARK_FIREFOX_DIST } = process.env;
if (!JOBMARK_DIST || !JOBMARK_FIREFOX_DIST) run('npm', ['run', 'build']);
const builds = [
  [JOBMARK_DIST ? resolve(JOBMARK_DIST) : join(root, 'dist'), 'jobmark-chrome.zip'],
  [JOBMARK_FIREFOX_DIST ? resolve(JOBMARK_FIREFOX_DIST) : join(root, 'dist-firefox'), 'jobmark-firefox.zip'],
];
for (const [dir, file] of builds) {
  run('npx', [
    'web-ext',
    'build',
    '--source-dir',
    dir,
    '--artifacts-dir',
    out,
    '--filename',
    file,
    '--overwrite-dest',
    '--ignore-files',
    'sample-posting.html',
  ]);
}
run('git', ['archive', '--format=zip', '--output', join(out, 'jobmark-source.zip'), 'HEAD']);

// What AMO reviews is the zip: its files, unpacked, linted.
const unpacked = mkdtempSync(join(tmpdir(), 'jobmark-firefox-zip-'));
try {
  run('unzip', ['-q', join(out, 'jobmark-firefox.zip'), '-d', unpacked]);
  run('npx', ['web-ext', 'lint', '--source-dir', unpacked, '--warnings-as-errors']);
} finally {
  rmSync(unpacked, { recursive: true, force: true });
}

const shown = relative(process.cwd(), out) || '.';
console.log(
  `Wrote ${['jobmark-chrome.zip', 'jobmark-firefox.zip', 'jobmark-source.zip'].map((f) => join(shown, f)).join(', ')}; web-ext lint of the Firefox zip: 0 errors, 0 warnings`,
);
