// A fit in one line a person can read and sort by: "5 of 7 requirements, 2 of 4
// nice-to-haves, no deal-breakers". Counts, never a score: each count is the
// items the person can open and check. Items Jobmark cannot weigh are said, not hidden.
import type { Profile } from '../model/profile';
import type { SavedJob } from '../model/saved-job';
import type { Fit, ItemFit, PartCount } from './fit';
import { jobCounts } from './job-fit';

export type { PartCount };

export interface FitSummary {
  requirements: PartCount;
  niceToHave: PartCount;
  dealBreakers: number;
  /** The share of weighed requirements met (partly counts half), 0–1; null when none could be weighed. */
  share: number | null;
  /** The requirements and nice-to-haves said, then the deal-breakers ("no deal-breakers", "2 deal-breakers"). */
  parts: { items: string; breakers: string };
  text: string;
}

function count(items: readonly ItemFit[]): PartCount {
  const c: PartCount = { met: 0, partly: 0, notMet: 0, unknown: 0 };
  for (const item of items) {
    if (item.verdict === 'met') c.met++;
    else if (item.verdict === 'partly') c.partly++;
    else if (item.verdict === 'not-met') c.notMet++;
    else c.unknown++;
  }
  return c;
}

const weighed = (c: PartCount) => c.met + c.partly + c.notMet;

function partText(c: PartCount, one: string, many: string): string | null {
  const total = weighed(c);
  if (!total) return null;
  const partly = c.partly ? ` (${c.partly} partly)` : '';
  return `${c.met} of ${total} ${total === 1 ? one : many}${partly}`;
}

export function summarise(fit: Fit): FitSummary {
  return summaryOf({
    requirements: count(fit.requirements),
    niceToHave: count(fit.niceToHave),
    dealBreakers: fit.dealBreakers.length,
  });
}

/** The summary of a fit counted (fit.ts fitCounts), as summarise() says the fit itself. */
export function summaryOf({
  requirements,
  niceToHave,
  dealBreakers,
}: {
  requirements: PartCount;
  niceToHave: PartCount;
  dealBreakers: number;
}): FitSummary {
  const total = weighed(requirements);
  const items = [
    partText(requirements, 'requirement', 'requirements'),
    partText(niceToHave, 'nice-to-have', 'nice-to-haves'),
  ]
    .filter(Boolean)
    .join(', ');
  // Not plural(): its number formatting costs more than the rest of a summary, and there are never a thousand.
  const breakers = dealBreakers ? `${dealBreakers} deal-breaker${dealBreakers === 1 ? '' : 's'}` : 'no deal-breakers';
  return {
    requirements,
    niceToHave,
    dealBreakers,
    share: total ? (requirements.met + requirements.partly / 2) / total : null,
    parts: { items, breakers },
    text: items ? `${items}, ${breakers}` : breakers,
  };
}

/** For sorting: fewer deal-breakers first, then the larger share of requirements met, then more nice-to-haves met. */
export function compareFit(a: FitSummary | null, b: FitSummary | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return (
    a.dealBreakers - b.dealBreakers ||
    (b.share ?? -1) - (a.share ?? -1) ||
    b.niceToHave.met - a.niceToHave.met ||
    b.requirements.met - a.requirements.met
  );
}

/** A saved job's fit (its latest reading, with the person's corrections) in one line, for the exports. */
export const fitLine =
  (profile: Profile) =>
  (job: SavedJob): string =>
    summaryOf(jobCounts(job, profile)).text;
