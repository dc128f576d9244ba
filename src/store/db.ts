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

/** How long an upgrade may wait for an older Jobmark page to let go before the person is told. */
const BLOCKED_MS = 3_000;

function openJobmarkDb(name: string): Promise<JobmarkDatabase> {
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  let failBlocked: (error: Error) => void = () => {};
  const blocked = new Promise<never>((_, reject) => {
    failBlocked = reject;
  });
  const opened = openDB<JobmarkDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      migrate(db, oldVersion, tx);
    },
    blocked() {
      // An older Jobmark page holds the database open; it closes itself on
      // versionchange below, but one that does not would stall every save.
      blockedTimer = setTimeout(
        () =>
          failBlocked(
            new Error(
              'Jobmark could not open its storage: an older Jobmark page keeps it open (upgrade blocked). Close other Jobmark tabs and try again.',
            ),
          ),
        BLOCKED_MS,
      );
    },
    blocking() {
      opening = null;
    },
  }).then((db) => {
    clearTimeout(blockedTimer);
    db.addEventListener('versionchange', () => db.close());
    return db;
  });
  return Promise.race([opened, blocked]);
}
