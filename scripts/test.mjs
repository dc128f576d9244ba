#!/usr/bin/env node
// `npm test`: every check a reviewer wants, in order, stopping at the first failure.
// Type check, lint and format, unit tests (with the fixture suite), both builds,
// the Firefox lint, then end-to-end tests in real Chromium.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check', 'npx', ['tsc', '--noEmit']],
  ['lint and format', 'npx', ['biome', 'check', '.']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build', 'npm', ['run', 'build']],
  ['Firefox lint', 'npx', ['web-ext', 'lint', '--source-dir', 'dist-firefox']],
  ['end-to-end tests', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']],
];

const only = process.argv.slice(2);
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const run = spawnSync(cmd, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`\n✖ ${name} failed (${seconds} s)`);
    process.exit(run.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
