// The profile travels in the JSON backup (format 4), is checked like every import,
// and older backups (formats 1 to 3, which have none) still import.
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { jobsToJson, parseBackup } from '../../src/export/json';
import { EMPTY_PROFILE, type Profile } from '../../src/model/profile';
import { openStore } from '../../src/store/db';
import { importJobs } from '../../src/store/import';
import { getProfile, saveProfile } from '../../src/store/profile';
import { makeJob } from './make-job';

const NOW = new Date('2026-04-01T12:00:00.000Z');
const PROFILE: Profile = {
  skills: [
    { name: 'Postgres', level: 'advanced', years: 5 },
    { name: 'Go', level: null, years: null },
  ],
  years: 8,
  degrees: ['master'],
  languages: ['English', 'French'],
  places: ['Lyon', 'France'],
  workplaces: ['remote', 'hybrid'],
  payFloor: { amount: 55000, currency: 'EUR', period: 'year' },
  needsSponsorship: true,
  employmentTypes: ['full-time', 'contract'],
  updatedAt: '2026-03-01T08:00:00.000Z',
};

test('a backup carries the profile and reads it back as it was', () => {
  const text = jobsToJson([makeJob()], NOW, [], PROFILE);
  expect(JSON.parse(text).version).toBe(4);
  expect(parseBackup(text).profile).toEqual(PROFILE);
  expect(parseBackup(jobsToJson([makeJob()], NOW)).profile).toBeNull();
});

test('backups of formats 1 to 3 have no profile and still import', () => {
  const job = makeJob();
  for (const version of [1, 2, 3]) {
    const old = JSON.stringify({
      format: 'jobmark-backup',
      version,
      exportedAt: NOW.toISOString(),
      count: 1,
      jobs: [job],
    });
    const read = parseBackup(old);
    expect(read.jobs).toHaveLength(1);
    expect(read.profile).toBeNull();
  }
});

test.each([
  [{ ...PROFILE, years: 'ten' }, /years of experience/],
  [{ ...PROFILE, skills: [{ name: '', level: null, years: null }] }, /skill 1 has no name/],
  [{ ...PROFILE, skills: [{ name: 'Go', level: 'god-tier', years: null }] }, /level of "Go"/],
  [{ ...PROFILE, degrees: ['bachelor', 'wizard'] }, /degrees/],
  [{ ...PROFILE, payFloor: { amount: 50000, currency: 'euros', period: 'year' } }, /three-letter code/],
  [{ ...PROFILE, payFloor: { amount: -1, currency: 'EUR', period: 'year' } }, /amount above 0/],
  [{ ...PROFILE, places: ['x'.repeat(5000)] }, /places/],
  [{ ...PROFILE, needsSponsorship: 'maybe' }, /sponsorship/],
  [JSON.parse(`{"__proto__": {"polluted": true}, "skills": []}`), /__proto__/],
  ['a string', /not an object/],
])('a backup whose profile is not one is refused whole, saying why (%#)', (profile, message) => {
  const text = jobsToJson([makeJob()], NOW).replace('"profile": null', `"profile": ${JSON.stringify(profile)}`);
  expect(text).toContain('"profile": ');
  expect(() => parseBackup(text)).toThrow(message);
  expect(() => parseBackup(text)).toThrow(/The profile in this backup is not valid/);
});

test('import takes the file’s profile where none is kept, or where the file’s is the later edit; never an older one', async () => {
  const db = await openStore(`jobmark-profile-import-${Math.random()}`);
  const first = await importJobs(db, [], [], PROFILE);
  expect(first.profile).toBe(true);
  expect(await getProfile(db)).toEqual(PROFILE);

  const mine = await saveProfile(db, { ...PROFILE, years: 9 }, new Date('2026-03-15T08:00:00.000Z'));
  const older = await importJobs(db, [], [], PROFILE);
  expect(older.profile).toBe(false);
  expect(await getProfile(db)).toEqual(mine);

  const later = { ...PROFILE, years: 10, updatedAt: '2026-03-20T08:00:00.000Z' };
  expect((await importJobs(db, [], [], later)).profile).toBe(true);
  expect(await getProfile(db)).toEqual(later);
  expect((await importJobs(db, [], [], null)).profile).toBe(false);
  expect(await getProfile(db)).toEqual(later);
  expect(EMPTY_PROFILE.updatedAt).toBeNull();
  db.close();
});

test('a job’s later readings and its closing travel in the backup; a reading that is not one refuses the file', () => {
  const job = makeJob();
  const later = { ...job.posting, requirements: [...job.posting.requirements, 'Fluent German'] };
  const kept = {
    ...job,
    revisits: [{ at: '2026-03-01T08:00:00.000Z', posting: later }],
    closedAt: '2026-03-09T08:00:00.000Z',
  };
  const [back] = parseBackup(jobsToJson([kept], NOW)).jobs;
  expect(back?.revisits).toEqual(kept.revisits);
  expect(back?.closedAt).toBe(kept.closedAt);
  const hostile = { ...kept, revisits: [{ at: 'yesterday', posting: later }] };
  expect(() => parseBackup(jobsToJson([hostile], NOW))).toThrow(/entry 1 of its "revisits" is not a reading/);
  const script = { ...kept, revisits: [{ at: kept.closedAt, posting: { ...later, url: 'javascript:alert(1)' } }] };
  expect(() => parseBackup(jobsToJson([script], NOW))).toThrow(/revisits/);
  expect(() => parseBackup(jobsToJson([{ ...kept, closedAt: 'soon' }], NOW))).toThrow(/closedAt/);
});

test('CV versions travel with the profile, a job says which one was sent; two of one name, or a CV too long, refuse the file', () => {
  const cvs = [
    { name: 'Backend, English', text: 'Jane Doe\nBackend engineer…', savedAt: '2026-03-01T08:00:00.000Z' },
    { name: 'Deutsch', text: 'Jane Doe\nBackend-Entwicklerin…', savedAt: '2026-03-02T08:00:00.000Z' },
  ];
  const job = { ...makeJob(), cvSent: 'Deutsch' };
  const back = parseBackup(jobsToJson([job], NOW, [], { ...PROFILE, cvs }));
  expect(back.profile?.cvs).toEqual(cvs);
  expect(back.jobs[0]?.cvSent).toBe('Deutsch');
  const twice = { ...PROFILE, cvs: [cvs[0], { ...cvs[1], name: 'backend, english' }] };
  const text = jobsToJson([job], NOW).replace('"profile": null', `"profile": ${JSON.stringify(twice)}`);
  expect(() => parseBackup(text)).toThrow(/two CV versions are named "backend, english"/);
  const long = { ...PROFILE, cvs: [{ ...cvs[0], text: 'x'.repeat(100_001) }] };
  expect(() =>
    parseBackup(jobsToJson([job], NOW).replace('"profile": null', `"profile": ${JSON.stringify(long)}`)),
  ).toThrow(/not text of up to 100,000 characters/);
});
