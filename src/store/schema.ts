// The shape of Jobmark's IndexedDB database, typed for idb.
import type { DBSchema } from 'idb';
import type { Profile } from '../model/profile';
import type { SavedJob } from '../model/saved-job';
import type { Settings } from '../model/settings';
import type { SiteRule } from '../model/site-rules';

export const DB_NAME = 'jobmark';
/** The one record of the profile store. */
export const PROFILE_KEY = 'me';

export interface JobmarkDB extends DBSchema {
  jobs: {
    key: string;
    value: SavedJob;
    indexes: {
      canonicalUrl: string;
      fingerprint: string;
      savedAt: string;
      tags: string;
      /** Only jobs with a follow-up date (YYYY-MM-DD) are in it. */
      followUp: string;
    };
  };
  /** Named settings, one record per key of Settings (out-of-line keys). */
  settings: {
    key: keyof Settings;
    value: Settings[keyof Settings];
  };
  /** What Jobmark learnt of sites from a person's corrections (model/site-rules.ts). */
  rules: {
    key: string;
    value: SiteRule;
    indexes: { site: string };
  };
  /** The person's own profile (model/profile.ts): one record, under the key PROFILE_KEY (out-of-line keys). */
  profile: {
    key: string;
    value: Profile;
  };
}
