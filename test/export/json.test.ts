import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { BACKUP_VERSION, jobsToJson, parseJsonBackup } from '../../src/export/json';
import { MAX_IMPORT_BYTES } from '../../src/export/limits';
import { openStore } from '../../src/store/db';
import { importJobs } from '../../src/store/import';
import { listJobs, putJobs } from '../../src/store/jobs';
import { makeJob } from './make-job';

const NOW = new Date('2026-04-01T12:00:00.000Z');

const RICH = [
  makeJob({
    title: 'Staff Engineer',
    status: 'interviewing',
    history: [
      { status: 'saved', at: '2026-01-02T10:00:00.000Z' },
      { status: 'applied', at: '2026-01-03T10:00:00.000Z' },
      { status: 'interviewing', at: '2026-01-09T15:30:00.000Z' },
    ],
    tags: ['lisbon', 'Top pick'],
    notes: 'Recruiter: Ana.\nSecond line, "quoted" and ünïcödé.',
    rating: 4,
    followUp: '2026-02-01',
    savedAt: '2026-01-02T10:00:00.000Z',
    updatedAt: '2026-01-09T15:30:00.000Z',
  }),
  makeJob({ title: 'Go Developer', company: 'Beta', tags: ['go'] }),
  makeJob({ title: null as unknown as string, posting: { ...makeJob().posting, title: null, salary: null } }),
];
const rich = () => structuredClone(RICH);

test('round trip: export JSON, import into an empty store, export again: identical', async () => {
  const first = jobsToJson(rich(), NOW);
  const db = await openStore(`json-${Math.random()}`);
  const plan = await importJobs(db, parseJsonBackup(first));
  expect(plan).toMatchObject({ added: 3, updated: 0, unchanged: 0 });
  const order = rich().map((j) => j.id);
  const back = (await listJobs(db)).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  expect(jobsToJson(back, NOW)).toBe(first);
});

test('importing the same backup twice changes nothing the second time', async () => {
  const db = await openStore(`json-${Math.random()}`);
  const text = jobsToJson(rich(), NOW);
  await importJobs(db, parseJsonBackup(text));
  const again = await importJobs(db, parseJsonBackup(text));
  expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3, write: [] });
});

test.each([
  ['not JSON', '{"format": "jobmark-backup", ', /not JSON/],
  ['another JSON', '{"hello": 1}', /not a Jobmark backup/],
  ['a newer version', JSON.stringify({ format: 'jobmark-backup', version: 5, jobs: [] }), /version 5.*Update Jobmark/],
  ['no jobs', JSON.stringify({ format: 'jobmark-backup', version: BACKUP_VERSION }), /no list of jobs/],
])('a file that is %s is refused with a message', (_name, text, message) => {
  expect(() => parseJsonBackup(text)).toThrow(message);
});

test('a bad record is refused by number and title, saying which field', () => {
  const jobs: unknown[] = rich();
  (jobs[1] as { status: string }).status = 'hired';
  const text = JSON.stringify({ format: 'jobmark-backup', version: 1, jobs });
  expect(() => parseJsonBackup(text)).toThrow(
    'Job 2 ("Go Developer") in this backup is not valid: its "status" "hired"',
  );
  (jobs[1] as { status: string }).status = 'saved';
  (jobs[1] as { history: unknown }).history = [{ status: 'saved', at: 'yesterday' }];
  expect(() => parseJsonBackup(JSON.stringify({ format: 'jobmark-backup', version: 1, jobs }))).toThrow(
    /Job 2 .*entry 1 of its "history"/,
  );
});

test('a gigantic file is refused before it is parsed', () => {
  expect(() => parseJsonBackup(' '.repeat(MAX_IMPORT_BYTES + 1))).toThrow(/imports files of up to 50 MB/);
});

test('fields a file adds are dropped', () => {
  const [job] = rich();
  const text = JSON.stringify({ format: 'jobmark-backup', version: 1, jobs: [{ ...job, extra: 'x' }] });
  const [parsed] = parseJsonBackup(text);
  expect(parsed).not.toHaveProperty('extra');
});

const backupOf = (jobs: unknown[]) => JSON.stringify({ format: 'jobmark-backup', version: 1, jobs });

test('a record with a "__proto__" key, at any depth, or the id "__proto__", is refused by number', () => {
  const [a, b] = rich();
  const withKey = (json: string) => `{"format":"jobmark-backup","version":1,"jobs":[${JSON.stringify(a)},${json}]}`;
  // JSON.parse makes "__proto__" an own key; copied by assignment it would set a prototype instead.
  expect(() => parseJsonBackup(withKey(JSON.stringify(b).replace(/^\{/, '{"__proto__":{"polluted":true},')))).toThrow(
    'Job 2 ("Go Developer") in this backup is not valid: it holds a "__proto__" key',
  );
  const deep = JSON.stringify(b).replace('"provenance":{}', '"provenance":{"__proto__":{"polluted":true}}');
  expect(deep).toContain('"__proto__"');
  expect(() => parseJsonBackup(withKey(deep))).toThrow(/Job 2 .*"__proto__" key/);
  for (const id of ['__proto__', 'constructor']) {
    expect(() => parseJsonBackup(backupOf([a, { ...b, id }]))).toThrow(
      `Job 2 ("Go Developer") in this backup is not valid: its "id" "${id}"`,
    );
  }
  expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
});

test('two records with the same id are refused, naming both, instead of one being dropped', () => {
  const [a, b, c] = rich();
  expect(() => parseJsonBackup(backupOf([a, b, { ...c, id: a!.id }]))).toThrow(
    `Jobs 1 and 3 in this backup have the same id "${a!.id}"`,
  );
});

test('an address that is not a web address is refused, naming the record and the field', () => {
  const [a, b] = rich();
  const cases: [unknown, RegExp][] = [
    [
      { ...b, url: 'javascript:alert(1)' },
      /Job 2 \("Go Developer"\) .*its "url" "javascript:alert\(1\)" is not a web address/,
    ],
    [{ ...b, canonicalUrl: 'javascript:alert(1)' }, /Job 2 .*its "canonicalUrl" .* is not a web address/],
    [
      { ...b, posting: { ...b!.posting, url: 'data:text/html,x' } },
      /Job 2 .*its posting's "url" .* is not a web address/,
    ],
    [
      { ...b, posting: { ...b!.posting, applyUrl: ' JavaScript:alert(1)' } },
      /Job 2 .*its posting's "applyUrl" .* is not a web address/,
    ],
  ];
  for (const [bad, message] of cases) expect(() => parseJsonBackup(backupOf([a, bad]))).toThrow(message);
  // A web apply link, or none, is kept.
  const good = { ...b, posting: { ...b!.posting, applyUrl: 'https://jobs.example.com/apply' } };
  expect(parseJsonBackup(backupOf([a, good]))[1]?.posting.applyUrl).toBe('https://jobs.example.com/apply');
});

test('an import that fails to write leaves the saved jobs exactly as they were', async () => {
  const db = await openStore(`json-${Math.random()}`);
  const saved = makeJob({ title: 'Kept', tags: ['mine'] });
  await putJobs(db, [saved]);
  const before = await listJobs(db);
  // The third record cannot be stored (a function cannot be cloned into IndexedDB):
  // the two before it, and the merge into the saved job, must not be written either.
  const broken = { ...makeJob(), posting: { ...makeJob().posting, oops: () => 1 } };
  const incoming = [{ ...saved, tags: ['theirs'], updatedAt: '2027-01-01T00:00:00.000Z' }, makeJob(), broken];
  await expect(importJobs(db, incoming)).rejects.toThrow(/nothing was changed/);
  expect(await listJobs(db)).toEqual(before);
});
