// Answers and silence: of the applications (each job once, as the report counts
// them), how many heard back. An answer is an interview, an offer or a rejection
// after the application; a job withdrawn before any answer, or marked ghosted,
// or still at applied, heard nothing. Days to the first answer are counted only
// where the history holds the application itself before it: a job that went
// straight from saved to interviewing was answered, but when it was applied to
// is not known.
import { applicationEvent, byTime } from '../../model/history';
import type { SavedJob, Status } from '../../model/saved-job';
import { type Counted, counted, DAY_MS, median } from './numbers';
import type { InsightTable } from './table';

export const OUTCOMES = ['answered', 'waiting', 'ghosted', 'withdrawn'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_NAMES: Record<Outcome, string> = {
  answered: 'Answered',
  waiting: 'Still waiting',
  ghosted: 'Ghosted',
  withdrawn: 'Withdrawn before an answer',
};

const ANSWERS: ReadonlySet<Status> = new Set(['interviewing', 'offer', 'rejected']);

/** Days to the first answer, in these spans (whole days, from and to inclusive; to null: and more). */
export const DAY_SPANS = [
  { from: 0, to: 3 },
  { from: 4, to: 7 },
  { from: 8, to: 14 },
  { from: 15, to: 30 },
  { from: 31, to: null },
] as const;

export const spanName = ({ from, to }: { from: number; to: number | null }): string =>
  to === null ? `${from} days or more` : from === 0 ? `${to} days or less` : `${from}–${to} days`;

export interface Answers {
  applications: number;
  /** Each outcome, its applications, and their share of all applications. */
  outcomes: Counted<Outcome>[];
  /** Whole days from application to first answer, one per answered job whose application is in its history. */
  days: number[];
  spans: { name: string; jobs: number }[];
  medianDays: number | null;
}

function outcomeOf(job: SavedJob): { outcome: Outcome; days: number | null } | null {
  const events = byTime(job.history);
  const applied = applicationEvent(events);
  if (!applied) return null;
  const from = events.indexOf(applied);
  const answer = events.slice(from).find((e) => ANSWERS.has(e.status));
  if (answer) {
    const days =
      applied.status === 'applied' ? Math.floor((Date.parse(answer.at) - Date.parse(applied.at)) / DAY_MS) : null;
    return { outcome: 'answered', days: days === null ? null : Math.max(0, days) };
  }
  const later = new Set(events.slice(from).map((e) => e.status));
  const outcome = later.has('withdrawn') ? 'withdrawn' : later.has('ghosted') ? 'ghosted' : 'waiting';
  return { outcome, days: null };
}

export function answers(jobs: readonly SavedJob[]): Answers {
  const counts = new Map<Outcome, number>(OUTCOMES.map((o) => [o, 0]));
  const days: number[] = [];
  let applications = 0;
  for (const job of jobs) {
    const result = outcomeOf(job);
    if (!result) continue;
    applications++;
    counts.set(result.outcome, counts.get(result.outcome)! + 1);
    if (result.days !== null) days.push(result.days);
  }
  return {
    applications,
    outcomes: counted(OUTCOMES, counts, applications),
    days,
    spans: DAY_SPANS.map((span) => ({
      name: spanName(span),
      jobs: days.filter((d) => d >= span.from && (span.to === null || d <= span.to)).length,
    })),
    medianDays: median(days),
  };
}

export const outcomesTable = (a: Answers): InsightTable => ({
  columns: [
    { key: 'outcome', label: 'Outcome' },
    { key: 'applications', label: 'Applications' },
    { key: 'percent_of_applications', label: 'Of all applications', unit: '%' },
  ],
  rows: a.outcomes.map((o) => [OUTCOME_NAMES[o.key], o.jobs, o.share]),
});

export const daysTable = (a: Answers): InsightTable => ({
  columns: [
    { key: 'days_to_first_answer', label: 'Days to the first answer' },
    { key: 'applications', label: 'Applications' },
  ],
  rows: a.spans.map((s) => [s.name, s.jobs]),
});
