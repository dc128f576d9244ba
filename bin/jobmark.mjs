#!/usr/bin/env node
// The `jobmark` command: a launcher for the CLI built into dist-lib/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist-lib/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('jobmark: the CLI is not built yet. Run `npm run build` (or `npm run build:lib`) first.\n');
  process.exit(1);
}
const { main } = await import(cli);
process.exitCode = await main(process.argv.slice(2));
