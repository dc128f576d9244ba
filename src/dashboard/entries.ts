// What the dashboard filters and sorts on, computed once per record: the
// lower-cased search text and the sort keys. Cached by record identity, so after
// an edit only the changed record is recomputed, and a keystroke never lowers
// the case of 10,000 descriptions again.
import { companyOf, locationsOf, titleOf } from '../export/fields';
import { jobCounts } from '../fit/job-fit';
import { type FitSummary, summaryOf } from '../fit/summary';
import { shownPosting } from '../model/corrections';
import type { Salary } from '../model/posting';
import { hasProfile, type Profile } from '../model/profile';
import type { SavedJob } from '../model/saved-job';

export interface Entry {
  job: SavedJob;
  /** Title, company, skills, tags, locations, notes and description, lower-cased. */
  text: string;
  title: string;
  company: string;
  location: string;
  skills: string[];
  tags: string[];
  /** The salary's midpoint per year, for sorting and the range filter; null without one. */
  yearly: { min: number; max: number } | null;
  /** How the job fits the person's profile (withFit); null without a profile. */
  fit: FitSummary | null;
}

/** Rough hours in a working year and the like: enough to compare an hourly rate with a yearly salary. */
const PER_YEAR = { hour: 2080, day: 260, week: 52, month: 12, year: 1 } as const;

export function yearlySalary(salary: Salary | null): Entry['yearly'] {
  if (!salary) return null;
  const k = PER_YEAR[salary.period ?? 'year'];
  // "From £55,000" counts as £55,000 at most: a range filter or sort cannot assume more.
  return { min: salary.min * k, max: (salary.max ?? salary.min) * k };
}

const cache = new WeakMap<SavedJob, Entry>();

export function entryOf(job: SavedJob): Entry {
  let entry = cache.get(job);
  if (!entry) {
    const p = shownPosting(job);
    const title = titleOf(job);
    const company = companyOf(job);
    const location = locationsOf(job);
    entry = {
      job,
      text: [title, company, p.skills.join(' '), job.tags.join(' '), location, job.notes, p.description]
        .join('\n')
        .toLowerCase(),
      title: title.toLowerCase(),
      company: company.toLowerCase(),
      location: location.toLowerCase(),
      skills: p.skills.map((s) => s.toLowerCase()),
      tags: job.tags.map((t) => t.toLowerCase()),
      yearly: yearlySalary(p.salary),
      fit: null,
    };
    cache.set(job, entry);
  }
  return entry;
}

const fits = new WeakMap<SavedJob, { profile: Profile; entry: Entry }>();

/** The entry with the job's fit to `profile`, computed again only when the job or the profile changed. */
export function withFit(entry: Entry, profile: Profile | null): Entry {
  if (!hasProfile(profile)) return entry;
  const known = fits.get(entry.job);
  if (known?.profile === profile) return known.entry;
  const fitted = { ...entry, fit: summaryOf(jobCounts(entry.job, profile)) };
  fits.set(entry.job, { profile, entry: fitted });
  return fitted;
}
