// What the dashboard needs, as an interface (the Dark Reader habit): the real one
// reads and writes the store (the dashboard is an extension page, in the store's
// origin); a test gives a fake and renders the dashboard without an extension or
// a database behind it.
import type { ImportPlan } from '../export/merge';
import { send } from '../messages';
import type { JobPatch } from '../model/job-patch';
import type { Profile } from '../model/profile';
import type { SavedJob } from '../model/saved-job';
import type { SiteRule } from '../model/site-rules';
import { canNotify, dropNotifications, requestNotifications } from '../platform';
import { type Change, type Undone, undoChange, undoDelete, updateJobs } from '../store/bulk';
import { openStore } from '../store/db';
import { type ImportProgress, importJobs, previewImport } from '../store/import';
import { deleteJobs, recentJobs } from '../store/jobs';
import { getProfile, saveProfile } from '../store/profile';
import { listRules, removeRule } from '../store/rules';
import { getSetting } from '../store/settings';
import { readAllJobs } from './read-jobs';

export type { Change, Undone } from '../store/bulk';
export type { ImportProgress } from '../store/import';

export interface DashboardApi {
  /** The newest `n` saved jobs: the first screenful, read before the rest. */
  recent(n: number): Promise<SavedJob[]>;
  /** Every saved job, handed over slice by slice as it is read. */
  readAll(onSlice: (jobs: SavedJob[]) => void): Promise<void>;
  /** One edit of many jobs, in one transaction. */
  update(ids: readonly string[], patch: (job: SavedJob) => JobPatch): Promise<Change>;
  /** Reverse an update's own fields, keeping what was changed elsewhere since. */
  undoUpdate(change: Change): Promise<Undone>;
  /** Delete jobs; returns them as they were. */
  remove(ids: readonly string[]): Promise<SavedJob[]>;
  undoRemove(removed: readonly SavedJob[]): Promise<Undone>;
  /** What an import would do, without writing (`saved`: every job, when the page holds them all). */
  previewImport(incoming: readonly SavedJob[], saved?: readonly SavedJob[]): Promise<ImportPlan>;
  /**
   * Merge an import (with a backup's site rules and profile) in one transaction: all of it or none.
   * `progress` is told the count written now and then; its signal cancels (rejects with ImportCancelled).
   */
  importJobs(
    incoming: readonly SavedJob[],
    rules?: readonly SiteRule[],
    profile?: Profile | null,
    progress?: ImportProgress,
  ): Promise<ImportPlan & { profile?: boolean }>;
  /** The person's profile (the empty one until they save one). */
  profile(): Promise<Profile>;
  /** Save the profile, checked; answers it as stored. */
  saveProfile(profile: Profile): Promise<Profile>;
  /** What Jobmark learnt of sites from corrections, newest first. */
  rules(): Promise<SiteRule[]>;
  /** Forget one rule: the site's pages read as the reader reads them again; returns the saved jobs read again. */
  removeRule(id: string): Promise<SavedJob[]>;
  /** Whether follow-up reminders are on (and the browser still lets Jobmark show notifications). */
  reminders(): Promise<boolean>;
  /**
   * Turn reminders on or off; on asks the browser for the notifications
   * permission, so call it from the person's click. Answers whether they are on now.
   */
  setReminders(on: boolean): Promise<boolean>;
}

/**
 * After every write: the background counts what is due again for the toolbar badge
 * (a follow-up date may have been set, cleared, deleted or imported). The write is
 * done whatever the badge does.
 */
function written<T>(result: T): T {
  send('due/changed', {}).catch(() => {});
  return result;
}

/**
 * The first read starts when this module loads, before Preact has rendered anything:
 * it is on the critical path. The first `recent()` call takes it; a failed early read
 * is made again by that call, which reports its error.
 */
let early: { n: number; read: Promise<SavedJob[]> } | null = null;
export function startEarlyRead(n: number): void {
  if (typeof indexedDB === 'undefined') return;
  const read = openStore().then((db) => recentJobs(db, n));
  read.catch(() => {});
  early = { n, read };
}

export const storeApi: DashboardApi = {
  async recent(n) {
    const started = early?.n === n ? early.read : null;
    early = null;
    if (started) {
      try {
        return await started;
      } catch {
        // read again below, and let that error reach the page
      }
    }
    return recentJobs(await openStore(), n);
  },
  async readAll(onSlice) {
    return readAllJobs(await openStore(), onSlice);
  },
  async update(ids, patch) {
    return written(await updateJobs(await openStore(), ids, patch));
  },
  async undoUpdate(change) {
    return written(await undoChange(await openStore(), change));
  },
  async remove(ids) {
    return written(await deleteJobs(await openStore(), ids));
  },
  async undoRemove(removed) {
    return written(await undoDelete(await openStore(), removed));
  },
  async previewImport(incoming, saved) {
    return previewImport(await openStore(), incoming, saved);
  },
  async importJobs(incoming, rules, profile, progress) {
    return written(await importJobs(await openStore(), incoming, rules, profile, progress));
  },
  async profile() {
    return getProfile(await openStore());
  },
  async saveProfile(profile) {
    return saveProfile(await openStore(), profile);
  },
  async rules() {
    return listRules(await openStore());
  },
  async removeRule(id) {
    return removeRule(await openStore(), id);
  },
  async reminders() {
    return (await getSetting(await openStore(), 'reminders')).on && (await canNotify());
  },
  async setReminders(on) {
    // The request comes first, while the click still counts as the person's gesture.
    if (on && !(await requestNotifications())) return false;
    await send('reminders/set', { on });
    if (!on) await dropNotifications().catch(() => {});
    return on;
  },
};
