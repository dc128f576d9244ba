// The folders' import rules of GUIDE.md are held by Biome (biome.json, overrides with
// noRestrictedImports), so a wrong import fails `npm test` instead of waiting for a
// reviewer. Here each rule meets a deliberate wrong import in a file of that folder.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');

/** Lint one probe file holding `source` in `folder`; the rule names Biome reports. */
function lintProbe(folder: string, source: string): string {
  const file = join(ROOT, folder, `boundary-probe-${process.pid}.ts`);
  writeFileSync(file, source);
  try {
    const run = spawnSync(BIOME, ['lint', file], { cwd: ROOT, encoding: 'utf8' });
    return `${run.stdout}${run.stderr}`;
  } finally {
    rmSync(file, { force: true });
  }
}

const refused: [string, string][] = [
  ['src/extract', "export * from '../store/db';"],
  ['src/extract/sources', "export * from '../../store/jobs';"],
  ['src/extract', "export * from '../messages';"],
  ['src/export', "export * from '../store/db';"],
  ['src/export', "export * from 'idb';"],
  ['src/model', "export * from '../export/csv';"],
  ['src/model', "export * from '../fit/fit';"],
  ['src/export', "export * from '../fit/summary';"],
  ['src/fit', "export * from '../store/profile';"],
  ['src/fit', "export * from 'preact';"],
  ['src/content', "export * from '../store/settings';"],
  ['src/popup', "export * from '../platform-runtime';"],
  ['src/dashboard', "export * from 'webextension-polyfill';"],
];

test.each(refused)('an import that breaks the rules of %s is refused: %s', (folder, source) => {
  expect(lintProbe(folder, source)).toContain('noRestrictedImports');
});

test('imports the rules allow pass', () => {
  expect(lintProbe('src/extract', "export * from './dom';\nexport * from '../model/posting';")).not.toContain(
    'noRestrictedImports',
  );
  expect(lintProbe('src/fit', "export * from '../extract/skills';\nexport * from '../model/profile';")).not.toContain(
    'noRestrictedImports',
  );
  expect(lintProbe('src/dashboard', "export * from '../store/db';\nexport * from '../export/csv';")).not.toContain(
    'noRestrictedImports',
  );
});
