// Numbered migrations, applied cumulatively: a database at version N runs every
// step above N, in order. Never edit a step that has shipped; add the next one.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { JobmarkDB } from './schema';

type UpgradeTx = IDBPTransaction<JobmarkDB, StoreNames<JobmarkDB>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<JobmarkDB>, tx: UpgradeTx) => void;

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
];

export const DB_VERSION = MIGRATIONS.length;

export function migrate(db: IDBPDatabase<JobmarkDB>, oldVersion: number, tx: UpgradeTx): void {
  for (let version = oldVersion; version < MIGRATIONS.length; version++) MIGRATIONS[version]?.(db, tx);
}
