// A person's database was written by the Jobmark they had, not by today's code.
// migrations.test.ts builds old versions with today's migrations and today's
// saveJob, so an edit to a shipped step, or a record shape that changed, would
// change the "old" database with it and pass. Here each old database is built
// from versions/vN.json: the stores, indexes and records that version's code
// actually wrote (each file names its commit), with no code of today involved;
// today's openStore() must then upgrade it to today's schema and read every
// record back. When a migration ships, record its version's file the same way.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDB } from 'idb';
import { expect, test } from 'vitest';
import { savedJobProblem } from '../../src/export/saved-job-shape';
import { EMPTY_PROFILE, type Profile } from '../../src/model/profile';
import type { SavedJob } from '../../src/model/saved-job';
import { DEFAULT_SETTINGS, type Settings } from '../../src/model/settings';
import type { SiteRule } from '../../src/model/site-rules';
import { profileProblem } from '../../src/model/validate-profile';
import { ruleProblem } from '../../src/model/validate-rules';
import { type JobmarkDatabase, openStore } from '../../src/store/db';
import { findJob, listJobs, recentJobs, saveJob, tagCounts } from '../../src/store/jobs';
import { DB_VERSION } from '../../src/store/migrations';
import { getProfile } from '../../src/store/profile';
import { listRules } from '../../src/store/rules';
import { getSetting } from '../../src/store/settings';

interface IndexShape {
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

interface StoreShape {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: Record<string, IndexShape>;
}

/** A store as recorded: its records are the values (in-line keys) or { key, value } (out-of-line keys). */
interface RecordedStore extends StoreShape {
  records: unknown[];
}

interface RecordedDatabase {
  $comment: string;
  version: number;
  stores: Record<string, RecordedStore>;
}

const DIR = join(import.meta.dirname, 'versions');
const recorded = readdirSync(DIR)
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => ({ name, db: JSON.parse(readFileSync(join(DIR, name), 'utf8')) as RecordedDatabase }))
  .sort((a, b) => a.db.version - b.db.version);

/** The database exactly as the file describes it: every store, index and record, and its version number. */
async function buildAsRecorded(name: string, file: RecordedDatabase): Promise<void> {
  const db = await openDB(name, file.version, {
    upgrade(db, _oldVersion, _newVersion, tx) {
      for (const [storeName, store] of Object.entries(file.stores)) {
        const created = db.createObjectStore(storeName, { keyPath: store.keyPath, autoIncrement: store.autoIncrement });
        for (const [indexName, index] of Object.entries(store.indexes)) {
          created.createIndex(indexName, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
        }
      }
      // Written in the same transaction, so the version is never seen without its records.
      for (const [storeName, store] of Object.entries(file.stores)) {
        const target = tx.objectStore(storeName);
        for (const record of store.records) {
          if (store.keyPath === null) {
            const { key, value } = record as { key: IDBValidKey; value: unknown };
            void target.put(value, key);
          } else void target.put(record);
        }
      }
    },
  });
  db.close();
}

/** Every store with its keys and indexes: what two databases must share to be the same schema. */
function schemaOf(db: JobmarkDatabase): Record<string, StoreShape> {
  const out: Record<string, StoreShape> = {};
  for (const storeName of db.objectStoreNames) {
    const store = db.transaction(storeName).objectStore(storeName);
    const indexes: Record<string, IndexShape> = {};
    for (const indexName of store.indexNames) {
      const { keyPath, unique, multiEntry } = store.index(indexName);
      indexes[indexName] = { keyPath, unique, multiEntry };
    }
    out[storeName] = { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
  }
  return out;
}

test('every schema version up to today’s has a database recorded by its own code', () => {
  expect(recorded.map(({ name }) => name)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => `v${i + 1}.json`));
  for (const { name, db } of recorded) {
    expect(db.version, name).toBe(Number(name.slice(1, -'.json'.length)));
    expect(db.$comment, name).toMatch(/commit [0-9a-f]{7,40}\b/);
  }
});

for (const { name: fileName, db: file } of recorded) {
  test(`a database written by version ${file.version} (${fileName}) opens with today's code: today's schema, every job, tag and setting as written`, async () => {
    const name = `jobmark-recorded-${fileName}-${Math.random()}`;
    await buildAsRecorded(name, file);
    const fresh = await openStore(`jobmark-fresh-${Math.random()}`);
    const db = await openStore(name);

    expect(db.version).toBe(DB_VERSION);
    expect(schemaOf(db)).toEqual(schemaOf(fresh));

    const jobs = file.stores.jobs?.records as SavedJob[];
    expect(jobs.length).toBeGreaterThan(0);
    const newestFirst = [...jobs].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    expect(await listJobs(db)).toEqual(newestFirst);
    expect(await recentJobs(db, 2)).toEqual(newestFirst.slice(0, 2));
    for (const job of jobs) {
      // A record that today's code would refuse from a backup would break the dashboard and the exports too.
      expect(savedJobProblem(await db.get('jobs', job.id)), job.id).toBeNull();
      // The address it was saved from, tracking parameters and all, still finds it.
      expect(await findJob(db, job.url), job.url).toEqual(job);
      // Saving the same posting again finds the saved job instead of adding a second.
      expect(await saveJob(db, job.posting)).toEqual({ job, created: false });
    }

    const tags = new Map<string, number>();
    for (const tag of jobs.flatMap((job) => job.tags)) tags.set(tag, (tags.get(tag) ?? 0) + 1);
    expect(tags.size).toBeGreaterThan(0);
    expect(new Map((await tagCounts(db)).map(({ tag, count }) => [tag, count]))).toEqual(tags);
    for (const tag of tags.keys()) {
      const tagged = jobs.filter((job) => job.tags.includes(tag)).map((job) => job.id);
      expect((await db.getAllKeysFromIndex('jobs', 'tags', tag)).sort(), tag).toEqual(tagged.sort());
    }

    // Versions before the settings store have none: the defaults apply.
    const settings = new Map(
      ((file.stores.settings?.records ?? []) as { key: keyof Settings; value: unknown }[]).map((r) => [r.key, r.value]),
    );
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      expect(await getSetting(db, key), key).toEqual(settings.get(key) ?? DEFAULT_SETTINGS[key]);
    }

    // Versions before the rules store have none; every rule recorded reads back, and passes today's checks.
    const rules = (file.stores.rules?.records ?? []) as SiteRule[];
    const byId = (list: SiteRule[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await listRules(db))).toEqual(byId(rules));
    for (const rule of rules) expect(ruleProblem(rule), rule.id).toBeNull();

    // Versions before the profile store have none: the empty profile. A recorded one reads back and passes today's checks.
    const profile = (file.stores.profile?.records[0] as { value: Profile } | undefined)?.value;
    expect(await getProfile(db)).toEqual(profile ?? EMPTY_PROFILE);
    if (profile) expect(profileProblem(profile)).toBeNull();

    fresh.close();
    db.close();
  });
}
