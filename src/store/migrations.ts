// Numbered migrations, applied cumulatively: a database at version N runs every
// step above N, in order. Never edit a step that has shipped; add the next one.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Status } from '../model/saved-job';
import type { JobmarkDB } from './schema';

/** The schema with every index any version created: steps below create some that a later step removes. */
interface EveryVersionDB extends JobmarkDB {
  jobs: JobmarkDB['jobs'] & {
    /** Dropped in 3. */
    indexes: { status: Status; updatedAt: string };
  };
}

type UpgradeTx = IDBPTransaction<EveryVersionDB, StoreNames<EveryVersionDB>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<EveryVersionDB>, tx: UpgradeTx) => void;

export const MIGRATIONS: readonly Migration[] = [
  // 1: saved jobs, with the indexes the popup and dashboard query by.
  (db) => {
    const jobs = db.createObjectStore('jobs', { keyPath: 'id' });
    jobs.createIndex('canonicalUrl', 'canonicalUrl', { unique: true });
    jobs.createIndex('fingerprint', 'fingerprint');
    jobs.createIndex('status', 'status');
    jobs.createIndex('savedAt', 'savedAt');
    jobs.createIndex('updatedAt', 'updatedAt');
    jobs.createIndex('tags', 'tags', { multiEntry: true });
  },
  // 2: small named settings (the page panel's place and state), kept here rather
  // than in storage.local so the extension needs no "storage" permission.
  (db) => {
    db.createObjectStore('settings');
  },
  // 3: drop the status and updatedAt indexes, which nothing queries: every
  // record written (a save, an edit, each job of an import) updated them for nothing.
  (_db, tx) => {
    const jobs = tx.objectStore('jobs');
    for (const name of ['status', 'updatedAt'] as const) {
      if (jobs.indexNames.contains(name)) jobs.deleteIndex(name);
    }
  },
  // 4: the follow-up date, so the badge, the popup and the reminders read what is
  // due without reading every job. A job without a follow-up (null) is not in it.
  (_db, tx) => {
    tx.objectStore('jobs').createIndex('followUp', 'followUp');
  },
  // 5: site rules learnt from a person's corrections, read by site each time a page is read.
  (db) => {
    db.createObjectStore('rules', { keyPath: 'id' }).createIndex('site', 'site');
  },
  // 6: the person's own profile, one record, weighed against each posting (src/fit/). Jobs and rules are untouched.
  (db) => {
    db.createObjectStore('profile');
  },
];

export const DB_VERSION = MIGRATIONS.length;

/** Run every step above `oldVersion`, up to `upTo` (the current version unless a test asks for an older one). */
export function migrate(
  db: IDBPDatabase<JobmarkDB>,
  oldVersion: number,
  tx: IDBPTransaction<JobmarkDB, StoreNames<JobmarkDB>[], 'versionchange'>,
  upTo = MIGRATIONS.length,
): void {
  // The same database and transaction, seen with the indexes older versions had.
  const every = db as unknown as IDBPDatabase<EveryVersionDB>;
  const upgrade = tx as unknown as UpgradeTx;
  for (let version = oldVersion; version < upTo; version++) MIGRATIONS[version]?.(every, upgrade);
}
