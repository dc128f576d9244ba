#!/usr/bin/env node
// `npm run test:stress [-- RUNS [LOOPS]]`: the end-to-end suite, RUNS times (10), with
// LOOPS busy CPU loops (3) beside it, as on a loaded CI machine. Prints each failure
// with its run, and a closing line with how many runs passed. A test that fails here
// and passes when the machine is quiet has a race: a fixed wait, or a check that
// reads once instead of waiting for a state. Fix the race; never add retries.
//
// Builds once first; later runs test that build. With JOBMARK_DIST and
// JOBMARK_FIREFOX_DIST both set it builds nothing and tests those builds (made
// elsewhere, so dist/ is left as it is). Every run drives both browsers, one
// after the other.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const runs = Number(process.argv[2] ?? 10);
const loops = Number(process.argv[3] ?? 3);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(loops) || loops < 0) {
  console.error('usage: npm run test:stress -- [RUNS] [LOOPS]');
  process.exit(2);
}

if (!(process.env.JOBMARK_DIST && process.env.JOBMARK_FIREFOX_DIST)) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Each loop is a process of its own that keeps one core busy until this script ends.
const busy = Array.from({ length: loops }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore', detached: false }),
);
const stopLoops = () => {
  for (const loop of busy) loop.kill('SIGKILL');
};
process.on('exit', stopLoops);
process.on('SIGINT', () => process.exit(130));

mkdirSync('test-results', { recursive: true });
const report = 'test-results/stress.json';
let passedRuns = 0;
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  const result = spawnSync(
    'npx',
    ['vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=json', `--outputFile=${report}`],
    { stdio: ['ignore', 'ignore', 'ignore'] },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const failures = [];
  let total = 0;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    total = json.numTotalTests ?? 0;
    for (const file of json.testResults ?? []) {
      for (const test of file.assertionResults ?? []) {
        if (test.status === 'failed') failures.push({ name: test.fullName, message: test.failureMessages?.[0] ?? '' });
      }
      if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
        failures.push({ name: file.name, message: file.message ?? 'the file failed before its tests ran' });
      }
    }
  } catch {
    failures.push({ name: 'the run', message: `no report (vitest exited with ${result.status})` });
  }
  if (result.status === 0 && failures.length === 0) {
    passedRuns++;
    console.log(`run ${run}/${runs}: passed, ${total} tests, ${seconds} s`);
  } else {
    console.log(`run ${run}/${runs}: FAILED, ${failures.length} of ${total} tests, ${seconds} s`);
    for (const f of failures) console.log(`  ✖ ${f.name}\n    ${f.message.split('\n').slice(0, 6).join('\n    ')}`);
  }
}
console.log(`stress: ${passedRuns} of ${runs} runs passed with ${loops} busy loops beside them`);
process.exit(passedRuns === runs ? 0 : 1);
