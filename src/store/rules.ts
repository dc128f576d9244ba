// Site rules in the store: learnt from a person's corrections in the same
// transaction that saves the correction, read by site when a page is read,
// listed and removed on the dashboard's rules page, and merged from a backup.
import type { IDBPTransaction } from 'idb';
import { applyRules } from '../extract/apply-rules';
import { fingerprint } from '../model/canonical';
import type { CorrectionEdit } from '../model/correction-edit';
import { rulesLearnt } from '../model/learn-rules';
import type { SavedJob } from '../model/saved-job';
import { ruleFits, type SiteRule, sameSubject, scopeOf } from '../model/site-rules';
import type { JobmarkDatabase } from './db';
import { withAsks } from './job-asks';
import type { JobmarkDB } from './schema';

type RulesTx = IDBPTransaction<JobmarkDB, ('jobs' | 'rules')[], 'readwrite'>;

/** Put rules, each replacing a rule of its site that says the same of the same thing. */
async function putRules(tx: RulesTx, rules: readonly SiteRule[]): Promise<void> {
  const store = tx.objectStore('rules');
  for (const rule of rules) {
    for (const old of await store.index('site').getAll(rule.site)) {
      if (old.id !== rule.id && sameSubject(old, rule)) await store.delete(old.id);
    }
    await store.put(rule);
  }
}

/** Learn what a correction of `job` (as it was before it) teaches, inside the transaction that saves it. */
export async function learnFrom(tx: RulesTx, job: SavedJob, edit: CorrectionEdit | undefined, now: Date) {
  if (edit) await putRules(tx, rulesLearnt(job, edit, now));
}

/** A rule a person stated outright ("this page is not a posting"), replacing one that says the same. */
export async function addRule(db: JobmarkDatabase, rule: SiteRule): Promise<void> {
  const tx = db.transaction(['jobs', 'rules'], 'readwrite');
  await putRules(tx, [rule]);
  await tx.done;
}

/** The rules for one site (model/site-rules.ts siteOf). */
export async function rulesForSite(db: JobmarkDatabase, site: string): Promise<SiteRule[]> {
  return db.getAllFromIndex('rules', 'site', site);
}

/** Every rule, newest first. */
export async function listRules(db: JobmarkDatabase): Promise<SiteRule[]> {
  return (await db.getAll('rules')).sort((a, b) => b.at.localeCompare(a.at));
}

/**
 * A saved job read again from the reader's own result with the rules left: what a removed rule
 * changed comes back as the reader read it. Unchanged (the same object) where nothing changes.
 */
export function readAgain(job: SavedJob, rules: readonly SiteRule[], now: Date): SavedJob {
  if (!job.read) return job;
  const posting = applyRules(job.read, rules);
  // Rules left that say the page is no posting do not unsave a job the person saved: it stays as it is.
  if (!posting.isJobPosting) return job;
  const { read: _own, ...rest } = job;
  return {
    ...rest,
    posting,
    ...(posting !== job.read && { read: job.read }),
    fingerprint: fingerprint(posting),
    updatedAt: now.toISOString(),
  };
}

/**
 * Forget one rule, and read the saved jobs of its site again without it (from the reader's own
 * result each keeps), in one transaction: the rule and what it changed go together.
 */
export async function removeRule(db: JobmarkDatabase, id: string, now = new Date()): Promise<SavedJob[]> {
  const tx = db.transaction(['jobs', 'rules'], 'readwrite');
  const rules = tx.objectStore('rules');
  const gone = await rules.get(id);
  if (!gone) {
    await tx.done;
    return [];
  }
  await rules.delete(id);
  const left = await rules.index('site').getAll(gone.site);
  const jobs = tx.objectStore('jobs');
  const changed: SavedJob[] = [];
  for (const job of await jobs.getAll()) {
    const scope = job.read && scopeOf(job.read.url);
    if (!scope || !ruleFits(gone, scope)) continue;
    const read = readAgain(job, left, now);
    if (read === job) continue;
    // Read again without the rule, its items may be others: what they ask is read with them.
    const next = withAsks(read);
    await jobs.put(next);
    changed.push(next);
  }
  await tx.done;
  return changed;
}

/** Rules from a backup, in the transaction of its jobs: one already here by id is kept as it is. */
export async function importRules(tx: RulesTx, rules: readonly SiteRule[]): Promise<number> {
  let added = 0;
  for (const rule of rules) {
    if (await tx.objectStore('rules').get(rule.id)) continue;
    await putRules(tx, [rule]);
    added++;
  }
  return added;
}
