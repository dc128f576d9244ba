// Opens Jobmark's database. Every reader and writer goes through here.
import { type IDBPDatabase, openDB } from 'idb';
import { DB_VERSION, migrate } from './migrations';
import { DB_NAME, type JobmarkDB } from './schema';

export type JobmarkDatabase = IDBPDatabase<JobmarkDB>;

let opening: Promise<JobmarkDatabase> | null = null;

/** The database, opened once per page or worker and upgraded if needed. */
export function openStore(name = DB_NAME): Promise<JobmarkDatabase> {
  if (name !== DB_NAME) return openJobmarkDb(name);
  opening ??= openJobmarkDb(name).catch((error: unknown) => {
    opening = null; // let the next call try again
    throw error;
  });
  return opening;
}

function openJobmarkDb(name: string): Promise<JobmarkDatabase> {
  return openDB<JobmarkDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      migrate(db, oldVersion, tx);
    },
    blocked() {
      // An older Jobmark page holds the database open; it closes itself on versionchange below.
    },
    blocking() {
      opening = null;
    },
  }).then((db) => {
    db.addEventListener('versionchange', () => db.close());
    return db;
  });
}
