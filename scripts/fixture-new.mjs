#!/usr/bin/env node
// `npm run fixture:new -- NAME FILE URL`: a new case for test/pages (as Readability's
// generate-testcase.js): copies the page to test/pages/NAME/source.html and writes
// expected.json from what the extractor reads today, for a person to correct by
// reading the page (the rules: ../shared/fixtures/README.md). The suite then scores it.
// Never use it for the frozen corpus: those labels are written before the extractor runs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [name, file, url] = process.argv.slice(2);
if (!name || !file || !url || !/^[a-z0-9]+__[a-z0-9-]+$/.test(name)) {
  console.error(
    'usage: npm run fixture:new -- SITE__SLUG FILE.html URL   (SITE__SLUG: lower case, e.g. lever__acme-backend)',
  );
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'test/pages', name);
if (existsSync(dir)) {
  console.error(`${dir} exists already: choose another name.`);
  process.exit(1);
}
const run = spawnSync(process.execPath, [join(root, 'bin/jobmark.mjs'), 'extract', file, '--url', url], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.status !== 0) {
  console.error(run.stderr || 'the extractor failed (run `npm run build:lib` first)');
  process.exit(1);
}
const read = JSON.parse(run.stdout);
// The keys a person labels (../shared/fixtures/README.md), in its order.
const KEYS = [
  'url',
  'isJobPosting',
  'title',
  'company',
  'locations',
  'workplace',
  'employmentType',
  'seniority',
  'salary',
  'applyUrl',
  'datePosted',
  'skills',
  'education',
  'experienceYears',
  'responsibilities',
  'requirements',
  'niceToHave',
  'benefits',
];
const expected = { url };
for (const key of KEYS.slice(1)) if (key in read) expected[key] = read[key];
if (expected.applyUrl === null) delete expected.applyUrl;
mkdirSync(dir, { recursive: true });
copyFileSync(file, join(dir, 'source.html'));
writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`Wrote ${join('test/pages', name)}/source.html and expected.json.
expected.json holds what Jobmark reads today: correct it by reading the page as a person
(rules: ../shared/fixtures/README.md), then run \`npm run fixtures:record\`.`);
