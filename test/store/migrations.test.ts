import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { expect, test } from 'vitest';
import { notAPosting } from '../../src/model/posting';
import { EMPTY_PROFILE } from '../../src/model/profile';
import { openStore } from '../../src/store/db';
import { saveJob } from '../../src/store/jobs';
import { DB_VERSION, migrate } from '../../src/store/migrations';
import { getProfile, saveProfile } from '../../src/store/profile';
import type { JobmarkDB } from '../../src/store/schema';
import { getSetting, setSetting } from '../../src/store/settings';

const posting = {
  ...notAPosting('https://jobs.lever.co/acme/1'),
  isJobPosting: true,
  title: 'Engineer',
  company: 'Acme',
  description: 'Build things.',
};

/** A database as Jobmark at `version` left it: only the migrations up to that version ran. */
async function databaseAtVersion(name: string, version: number) {
  return openDB<JobmarkDB>(name, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      migrate(db, oldVersion, tx, version);
    },
  });
}

test('a new database gets every migration: the jobs store and its indexes, settings, site rules and the profile', async () => {
  const db = await openStore(`jobmark-test-${Math.random()}`);
  expect(db.version).toBe(DB_VERSION);
  const tx = db.transaction('jobs');
  expect([...tx.store.indexNames].sort()).toEqual(
    ['canonicalUrl', 'fingerprint', 'followUp', 'savedAt', 'tags'].sort(),
  );
  expect([...db.objectStoreNames].sort()).toEqual(['jobs', 'profile', 'rules', 'settings']);
  expect([...db.transaction('rules').store.indexNames]).toEqual(['site']);
  db.close();
});

for (let version = 1; version < DB_VERSION; version++) {
  test(`a database written by version ${version} upgrades and keeps its jobs`, async () => {
    const name = `jobmark-v${version}-${Math.random()}`;
    const old = await databaseAtVersion(name, version);
    // Written with the store functions of that version: they only touch `jobs`.
    const { job } = await saveJob(old as never, posting);
    old.close();

    const db = await openStore(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('jobs', job.id)).toEqual(job);
    expect(await db.getFromIndex('jobs', 'canonicalUrl', job.canonicalUrl)).toEqual(job);
    db.close();
  });
}

test('a database written by version 2 loses the two indexes nothing queries, and keeps every job and setting', async () => {
  const name = `jobmark-v2-indexes-${Math.random()}`;
  const old = await databaseAtVersion(name, 2);
  expect([...old.transaction('jobs').store.indexNames]).toContain('updatedAt');
  const saved = [];
  for (const i of [1, 2, 3]) {
    const { job } = await saveJob(
      old as never,
      {
        ...posting,
        url: `https://jobs.lever.co/acme/${i}`,
        title: `Job ${i}`,
      },
      new Date(`2025-0${i}-01`),
    );
    saved.push(job);
  }
  await old.put('jobs', { ...saved[0]!, status: 'applied', tags: ['remote', 'dream'] });
  await setSetting(old as never, 'panel', { collapsed: true, corner: 'top-left' });
  const before = await old.getAll('jobs');
  old.close();

  const db = await openStore(name);
  expect(db.version).toBe(DB_VERSION);
  expect([...db.transaction('jobs').store.indexNames].sort()).toEqual([
    'canonicalUrl',
    'fingerprint',
    'followUp',
    'savedAt',
    'tags',
  ]);
  expect(await db.getAll('jobs')).toEqual(before);
  expect(await db.getAllKeysFromIndex('jobs', 'tags', 'dream')).toEqual([saved[0]!.id]);
  expect((await db.getAllFromIndex('jobs', 'savedAt')).map((j) => j.id)).toEqual(saved.map((j) => j.id));
  expect(await getSetting(db, 'panel')).toEqual({ collapsed: true, corner: 'top-left' });
  db.close();
});

test('settings: defaults until set, then what was set', async () => {
  const db = await openStore(`jobmark-test-${Math.random()}`);
  expect(await getSetting(db, 'panel')).toEqual({ collapsed: false, corner: 'bottom-right' });
  await setSetting(db, 'panel', { collapsed: true, corner: 'top-left' });
  expect(await getSetting(db, 'panel')).toEqual({ collapsed: true, corner: 'top-left' });
  db.close();
});

test('an upgrade blocked by an old connection that does not close is reported, not left hanging', async () => {
  const name = `jobmark-blocked-${Math.random()}`;
  // Version 1 held open by a page that ignores versionchange.
  const old = await databaseAtVersion(name, 1);
  await expect(openStore(name)).rejects.toThrow(/upgrade blocked/);
  old.close();
});

test('a database written by version 5 gains the profile store, keeps its jobs, rules and settings, and has the empty profile', async () => {
  const name = `jobmark-v5-profile-${Math.random()}`;
  const old = await databaseAtVersion(name, 5);
  const { job } = await saveJob(old as never, posting, new Date('2026-01-02T10:00:00Z'));
  const rule = {
    id: 'r1',
    site: 'jobs.lever.co',
    at: '2026-01-02T10:00:00.000Z',
    from: null,
    kind: 'not-posting' as const,
    path: '/search',
  };
  await old.put('rules', rule);
  await setSetting(old as never, 'panel', { collapsed: true, corner: 'top-left' });
  old.close();

  const db = await openStore(name);
  expect(db.version).toBe(DB_VERSION);
  expect(await db.getAll('jobs')).toEqual([job]);
  expect(await db.getAll('rules')).toEqual([rule]);
  expect(await getSetting(db, 'panel')).toEqual({ collapsed: true, corner: 'top-left' });
  expect(await getProfile(db)).toEqual(EMPTY_PROFILE);
  const saved = await saveProfile(
    db,
    { ...EMPTY_PROFILE, skills: [{ name: 'Go', level: 'expert', years: 6 }], years: 8 },
    new Date('2026-02-01T09:00:00Z'),
  );
  expect(saved.updatedAt).toBe('2026-02-01T09:00:00.000Z');
  expect(await getProfile(db)).toEqual(saved);
  db.close();
});

test('a profile that is not one is refused by the store and nothing is written', async () => {
  const db = await openStore(`jobmark-profile-bad-${Math.random()}`);
  await expect(saveProfile(db, { ...EMPTY_PROFILE, years: -3 })).rejects.toThrow(/years of experience/);
  expect(await getProfile(db)).toEqual(EMPTY_PROFILE);
  db.close();
});
