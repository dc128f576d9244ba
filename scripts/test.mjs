#!/usr/bin/env node
// `npm test`: every check a reviewer wants, in order, stopping at the first failure.
// Type check, lint and format, unit tests (with the fixture suite), both builds,
// the Firefox lint, then end-to-end tests in real Chromium and Firefox. `npm test -- e2e`
// runs only the steps whose name contains "e2e".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const vitest = (name, ...args) => [
  'npx',
  ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=test-results/${name}.json`],
  `test-results/${name}.json`,
];

const steps = [
  ['type check', 'npx', ['tsc', '--noEmit']],
  ['lint and format', 'npx', ['biome', 'check', '.']],
  ['unit tests', ...vitest('unit')],
  ['build', 'npm', ['run', 'build']],
  ['Firefox lint', 'npx', ['web-ext', 'lint', '--source-dir', 'dist-firefox', '--warnings-as-errors']],
  ['e2e tests in Chromium and Firefox', ...vitest('e2e', '--config', 'vitest.e2e.config.ts')],
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
function count(report) {
  if (!report || !existsSync(report)) return;
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests ?? 0;
  failed += result.numFailedTests ?? 0;
}

for (const [name, cmd, args, report] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const run = spawnSync(cmd, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  count(report);
  if (run.status !== 0) {
    console.error(`\n✖ ${name} failed (${seconds} s)`);
    console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(run.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
// The closing line CI reads.
console.log(`tests: ${passed} passed, ${failed} failed`);
