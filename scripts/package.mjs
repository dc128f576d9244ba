#!/usr/bin/env node
// `npm run package`: the files a person uploads to the stores, in packages/:
//   jobmark-chrome.zip    the Chromium build (Chrome Web Store, Edge Add-ons)
//   jobmark-firefox.zip   the Firefox build (addons.mozilla.org)
//   jobmark-source.zip    the source at this commit, which AMO asks for with a built add-on:
//                         README.md says how to build it (npm ci && npm run build)
// Builds first; zips with web-ext (offline), the source with git archive.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'packages');
mkdirSync(out, { recursive: true });

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error(`✖ ${command} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}

run('npm', ['run', 'build']);
for (const [dir, file] of [
  ['dist', 'jobmark-chrome.zip'],
  ['dist-firefox', 'jobmark-firefox.zip'],
]) {
  run('npx', ['web-ext', 'build', '--source-dir', dir, '--artifacts-dir', out, '--filename', file, '--overwrite-dest']);
}
run('git', ['archive', '--format=zip', '--output', join(out, 'jobmark-source.zip'), 'HEAD']);
console.log(
  `Wrote ${['jobmark-chrome.zip', 'jobmark-firefox.zip', 'jobmark-source.zip'].map((f) => join('packages', f)).join(', ')}`,
);
