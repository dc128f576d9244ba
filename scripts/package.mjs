#!/usr/bin/env node
// `npm run package`: the files a person uploads to the stores, in packages/:
//   jobmark-source.zip    the source at this commit (git archive), which AMO asks for with a
//                         built add-on: README.md says how to build it (npm ci && npm run build)
//   jobmark-chrome.zip    the Chromium build (Chrome Web Store, Edge Add-ons)
//   jobmark-firefox.zip   the Firefox build (addons.mozilla.org)
// Both builds are made from the source zip's own files, unpacked in a folder of their own
// (with this checkout's node_modules), so a store reviewer who builds the source gets the
// same add-on, and changes not yet committed never slip into an upload. Zips with web-ext
// (offline), then lints the Firefox zip's files as AMO does (web-ext lint, warnings as
// errors) and stops on any. The sample posting in public/ is for `npm start` and the CLI:
// the extension never opens it, so the store zips leave it out.
// `--out DIR` writes the zips to DIR (test/package.test.ts does).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const at = process.argv.indexOf('--out');
const out = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : join(root, 'packages');
mkdirSync(out, { recursive: true });

/** Run a command in `cwd`; its output is shown only when it fails. */
function run(command, args, cwd = root) {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(`${result.stdout ?? ''}${result.stderr ?? ''}\n✖ ${command} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

const commit = run('git', ['rev-parse', '--short', 'HEAD']).trim();
const source = join(out, 'jobmark-source.zip');
run('git', ['archive', '--format=zip', '--output', source, 'HEAD']);

const work = mkdtempSync(join(tmpdir(), 'jobmark-package-'));
try {
  const tree = join(work, 'source');
  run('unzip', ['-q', source, '-d', tree]);
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
  for (const [mode, dir, file] of [
    [[], 'dist', 'jobmark-chrome.zip'],
    [['--mode', 'firefox'], 'dist-firefox', 'jobmark-firefox.zip'],
  ]) {
    run('npx', ['vite', 'build', ...mode, '--logLevel', 'error'], tree);
    run('npx', [
      'web-ext',
      'build',
      '--source-dir',
      join(tree, dir),
      '--artifacts-dir',
      out,
      '--filename',
      file,
      '--overwrite-dest',
      '--ignore-files',
      'sample-posting.html',
    ]);
  }
  // What AMO reviews is the zip: its files, unpacked, linted.
  const unpacked = join(work, 'firefox');
  run('unzip', ['-q', join(out, 'jobmark-firefox.zip'), '-d', unpacked]);
  run('npx', ['web-ext', 'lint', '--source-dir', unpacked, '--warnings-as-errors']);
} finally {
  rmSync(work, { recursive: true, force: true });
}

const shown = relative(process.cwd(), out) || '.';
console.log(
  `Wrote ${['jobmark-chrome.zip', 'jobmark-firefox.zip', 'jobmark-source.zip'].map((f) => join(shown, f)).join(', ')}, built from commit ${commit}; web-ext lint of the Firefox zip: 0 errors, 0 warnings`,
);
if (run('git', ['status', '--porcelain', '--untracked-files=no']).trim()) {
  console.log('Changes not yet committed are in none of them: commit them and package again to ship them.');
}
