// Jobmark's JSON backup: complete (every saved job with its posting snapshot,
// status history and its corrections, tags, notes, rating and follow-up date)
// and versioned, so a later Jobmark can read an older file. Format:
//   { "format": "jobmark-backup", "version": 2, "exportedAt": ISO time,
//     "count": number of jobs, "jobs": [SavedJob, …] }
// Version 2 added a job's "historyEdits" (the person's corrections of its status
// history, each with its reason; absent when there are none). A version 1 backup
// (no corrections) reads as it always did; an older Jobmark refuses version 2
// instead of importing it without the corrections.
// Version 3 added a job's "corrections" (the person's corrections of what was
// read: facts and moved items, beside the posting as read; absent when none)
// and the backup's "rules": what Jobmark learnt of sites (model/site-rules.ts),
// each checked on import like a job, so a file cannot plant a rule that is not one.
// Version 4 added the backup's "profile": the person's own profile (model/profile.ts),
// or null when they have none; checked on import like everything else; and a job's
// "revisits" (later readings of its posting that differ, each with its time) and
// "closedAt" (when its posting was found closed), absent when none; later, "closedBy": "list" where
// its board's list no longer showed it (absent: at its own address; an older Jobmark leaves it out).
import type { Profile } from '../model/profile';
import type { SavedJob } from '../model/saved-job';
import type { SiteRule } from '../model/site-rules';
import { parseProfile } from '../model/validate-profile';
import { parseRules } from '../model/validate-rules';
import { checkCount, checkSize, ImportError } from './limits';
import { cleanSavedJob, savedJobProblem } from './saved-job-shape';

export const BACKUP_FORMAT = 'jobmark-backup';
export const BACKUP_VERSION = 4;
/** Every version this Jobmark reads. */
export const READABLE_VERSIONS: readonly number[] = [1, 2, 3, 4];

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  count: number;
  jobs: SavedJob[];
  /** Version 3: the site rules, every one (not only those of the jobs exported). */
  rules?: SiteRule[];
  /** Version 4: the person's profile, or null. */
  profile?: Profile | null;
}

export function jobsToJson(
  jobs: readonly SavedJob[],
  now = new Date(),
  rules: readonly SiteRule[] = [],
  profile: Profile | null = null,
): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    count: jobs.length,
    // Rebuilt field by field: the same job always writes the same text, whatever order its keys were stored in.
    jobs: jobs.map(cleanSavedJob),
    rules: parseRules(rules),
    profile: profile && parseProfile(profile, 'this backup'),
  };
  return `${JSON.stringify(backup, null, 1)}\n`;
}

const label = (job: unknown, i: number) => {
  const title = (job as { posting?: { title?: unknown } })?.posting?.title;
  return typeof title === 'string' && title ? `Job ${i + 1} ("${title.slice(0, 60)}")` : `Job ${i + 1}`;
};

/** Read a backup file's jobs. Throws ImportError saying what is wrong; never returns part of a file. */
export function parseJsonBackup(text: string): SavedJob[] {
  return parseBackup(text).jobs;
}

/** Read a backup file's text: its jobs, its site rules and the profile. Throws ImportError saying what is wrong. */
export function parseBackup(text: string): { jobs: SavedJob[]; rules: SiteRule[]; profile: Profile | null } {
  checkSize(text.length);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError(`This file is not JSON (${detail}).`);
  }
  const backup = data as Partial<Backup> | null;
  if (typeof backup !== 'object' || backup === null || backup.format !== BACKUP_FORMAT) {
    throw new ImportError('This JSON file is not a Jobmark backup (it has no "format": "jobmark-backup").');
  }
  if (typeof backup.version !== 'number' || !READABLE_VERSIONS.includes(backup.version)) {
    throw new ImportError(
      `This backup is version ${JSON.stringify(backup.version)}; this Jobmark reads versions ${READABLE_VERSIONS.join(', ')}. ` +
        (typeof backup.version === 'number' && backup.version > BACKUP_VERSION
          ? 'Update Jobmark to import it.'
          : 'The file is damaged.'),
    );
  }
  if (!Array.isArray(backup.jobs)) throw new ImportError('This backup has no list of jobs.');
  checkCount(backup.jobs.length);
  // Record number (from 1) by id: the store keys jobs by id, so a second record
  // with an id already read would silently replace or merge into the first.
  const seen = new Map<string, number>();
  const jobs = backup.jobs.map((job, i) => {
    const problem = savedJobProblem(job);
    if (problem) throw new ImportError(`${label(job, i)} in this backup is not valid: ${problem}.`);
    const { id } = job as SavedJob;
    const first = seen.get(id);
    if (first !== undefined) {
      throw new ImportError(
        `Jobs ${first} and ${i + 1} in this backup have the same id ${JSON.stringify(id)}; ` +
          'a backup holds each job once, so the file is damaged or was edited.',
      );
    }
    seen.set(id, i + 1);
    return cleanSavedJob(job as SavedJob);
  });
  // A backup before version 3 has no rules; a rule that is not exactly one is refused with the file.
  // Nor a profile before version 4; one that is not exactly a profile is refused with the file too.
  let rules: SiteRule[];
  let profile: Profile | null;
  try {
    rules = parseRules(backup.rules ?? [], 'this backup');
    profile = backup.profile ? parseProfile(backup.profile, 'this backup') : null;
  } catch (error) {
    throw new ImportError(error instanceof Error ? error.message : String(error));
  }
  return { jobs, rules, profile };
}
