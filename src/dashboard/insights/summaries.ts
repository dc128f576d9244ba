// Each chart in a sentence: the name of its image, what a screen reader says
// first (the table beside it holds every figure).
import { type Answers, OUTCOME_NAMES } from '../../export/insights/answers';
import type { FunnelStep } from '../../export/insights/funnel';
import type { Counted } from '../../export/insights/numbers';
import { type Salaries, spreadName } from '../../export/insights/salaries';
import type { StageTime } from '../../export/insights/stages';
import type { Weekly } from '../../export/insights/weekly';
import { type Places, WORKPLACE_NAMES, type WorkplaceCount } from '../../export/insights/where';
import { plural } from '../../model/plural';
import { count, dayName } from './format';

export const funnelSummary = (steps: readonly FunnelStep[]): string =>
  `Funnel: ${steps.map((s, i) => `${count(s.jobs)} ${s.key}${i ? ` (${s.share}%)` : ''}`).join(', ')}.`;

export function weeklySummary({ weeks, total, earlier }: Weekly): string {
  if (!weeks.length) return 'No applications yet.';
  const most = weeks.reduce((a, b) => (b.applications > a.applications ? b : a));
  const shown = total - earlier;
  return `${plural(shown, 'application')} in the ${plural(weeks.length, 'week')} from ${dayName(weeks[0]!.week, true)}; the most in one week: ${count(most.applications)}, the week of ${dayName(most.week, true)}. This week: ${count(weeks.at(-1)!.applications)}.`;
}

/** "answered 4 (50%), still waiting 2 (25%)": each key named, with its count and share. */
const listed = <K extends string>(items: readonly Counted<K>[], name: Record<K, string>): string =>
  items.map((c) => `${name[c.key].toLowerCase()} ${count(c.jobs)} (${c.share}%)`).join(', ');

export const outcomesSummary = (a: Answers): string =>
  `Of ${plural(a.applications, 'application')}: ${listed(a.outcomes, OUTCOME_NAMES)}.`;

export const daysSummary = (a: Answers): string =>
  a.medianDays === null
    ? 'No answers with a known application date yet.'
    : `Median ${plural(a.medianDays, 'day')} to the first answer, over ${plural(a.days.length, 'answered application')}: ${a.spans
        .map((s) => `${s.name} ${count(s.jobs)}`)
        .join(', ')}.`;

export const stagesSummary = (times: readonly StageTime[]): string =>
  `Median time in each stage before the next: ${times
    .filter((t) => t.medianDays !== null)
    .map((t) => `${t.status} ${plural(t.medianDays!, 'day')}`)
    .join(', ')}.`;

export const workplaceSummary = (counts: readonly WorkplaceCount[]): string =>
  `Saved jobs by workplace: ${listed(counts, WORKPLACE_NAMES)}.`;

export function placesSummary(p: Places): string {
  const top = p.top.slice(0, 3).map((t) => `${t.place} ${count(t.jobs)}`);
  return `The places most named: ${top.join(', ')}${p.others.places ? `; ${plural(p.others.places, 'other place')}` : ''}.`;
}

export function salariesSummary({ spreads, without }: Salaries): string {
  const parts = spreads
    .slice(0, 3)
    .map((s) => `${spreadName(s)}: ${count(s.lowest)} to ${count(s.highest)}, median ${count(s.median)}`);
  return `Salaries named, by currency and period: ${parts.join('; ')}. ${plural(without, 'job')} without a salary.`;
}
