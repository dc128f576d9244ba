// The shape of Jobmark's IndexedDB database, typed for idb.
import type { DBSchema } from 'idb';
import type { SavedJob, Status } from '../model/saved-job';

export const DB_NAME = 'jobmark';

export interface JobmarkDB extends DBSchema {
  jobs: {
    key: string;
    value: SavedJob;
    indexes: {
      canonicalUrl: string;
      fingerprint: string;
      status: Status;
      savedAt: string;
      updatedAt: string;
      tags: string;
    };
  };
}
