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

/**
 * The database was written by a newer Jobmark (its version is above every
 * migration this code knows): a backup restored from a later release, or a
 * downgrade. Nothing may be read or written with this code's idea of the schema.
 */
export class NewerDataError extends Error {
  override name = 'NewerDataError';
  constructor(found: number | null) {
    super(
      `Your saved jobs were written by a newer version of Jobmark${found ? ` (storage version ${found})` : ''} than this one (which reads up to version ${DB_VERSION}). Update Jobmark to open them. Nothing was changed.`,
    );
  }
}

/** The version of the database on disk, where the browser tells it. */
async function versionOnDisk(name: string): Promise<number | null> {
  try {
    const found = (await indexedDB.databases?.())?.find((d) => d.name === name);
    return found?.version ?? null;
  } catch {
    return null;
  }
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
  }).then(
    (db) => {
      clearTimeout(blockedTimer);
      db.addEventListener('versionchange', () => db.close());
      return db;
    },
    async (error: unknown) => {
      clearTimeout(blockedTimer);
      // VersionError: the database on disk is at a higher version than DB_VERSION.
      if (error instanceof DOMException && error.name === 'VersionError')
        throw new NewerDataError(await versionOnDisk(name));
      throw error;
    },
  );
  return Promise.race([opened, blocked]);
}
