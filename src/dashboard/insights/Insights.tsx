// The Insights view: the search in pictures, drawn here as SVG from the saved
// jobs and their histories (no library, nothing from the network). Every number
// comes from the pure functions of src/export/insights/, which the unit tests
// check; this file only lays them out.
import { useMemo } from 'preact/hooks';
import { answers, daysTable, OUTCOME_NAMES, outcomesTable } from '../../export/insights/answers';
import { funnel, funnelTable } from '../../export/insights/funnel';
import type { Counted } from '../../export/insights/numbers';
import { salaries, salariesTable } from '../../export/insights/salaries';
import { stagesTable, stageTimes } from '../../export/insights/stages';
import { weekly, weeklyTable } from '../../export/insights/weekly';
import { places, placesTable, WORKPLACE_NAMES, workplaces, workplaceTable } from '../../export/insights/where';
import { plural } from '../../model/plural';
import type { SavedJob } from '../../model/saved-job';
import type { Bar } from './BarChart';
import { BarFigure } from './BarFigure';
import { ChartFigure } from './ChartFigure';
import { count, dayName } from './format';
import { SalaryChart, salaryHeight } from './SalaryChart';
import {
  daysSummary,
  funnelSummary,
  outcomesSummary,
  placesSummary,
  salariesSummary,
  stagesSummary,
  weeklySummary,
  workplaceSummary,
} from './summaries';
import { WEEK_CHART_HEIGHT, WeekChart } from './WeekChart';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A bar a count, named by its key, its share written beside it: "27 (75%)". */
const shareBars = <K,>(items: readonly Counted<K>[], label: (key: K) => string): Bar[] =>
  items.map((c) => ({ label: label(c.key), value: c.jobs, text: `${count(c.jobs)} (${c.share}%)` }));

function numbersOf(jobs: readonly SavedJob[]) {
  return {
    funnel: funnel(jobs),
    weekly: weekly(jobs, new Date()),
    answers: answers(jobs),
    stages: stageTimes(jobs),
    workplaces: workplaces(jobs),
    places: places(jobs),
    salaries: salaries(jobs),
  };
}

export function Insights({ jobs, complete }: { jobs: readonly SavedJob[]; complete: boolean }) {
  // Counted once every job is read: a chart of the first screenful would be wrong, not early.
  const n = useMemo(() => (complete ? numbersOf(jobs) : null), [jobs, complete]);
  if (!jobs.length) return null;
  if (!n) return <p class="hint">Counting your saved jobs…</p>;
  const stages = n.stages.filter((t) => t.medianDays !== null);
  const placeBars = [
    ...n.places.top.map((p) => ({ label: p.place, value: p.jobs, text: count(p.jobs) })),
    ...(n.places.others.places
      ? [
          {
            label: `${n.places.others.places} other places`,
            value: n.places.others.jobs,
            text: count(n.places.others.jobs),
          },
        ]
      : []),
  ];
  return (
    <section class="insights" aria-labelledby="insights-title">
      <h2 id="insights-title">Insights</h2>
      <p class="hint">
        From {plural(jobs.length, 'saved job')} and their status histories. An application is a job that reached applied
        or a later stage, counted once, as in the report. Weeks begin on Monday; dates are UTC.
      </p>
      <h3 class="insights-group">Your applications</h3>
      <div class="charts">
        <BarFigure
          id="funnel"
          title="From saved to offer"
          summary={funnelSummary(n.funnel)}
          table={funnelTable(n.funnel)}
          note="A job counts at every stage it reached: an offer was also an interview and an application."
          bars={shareBars(n.funnel, capital)}
        />
        <ChartFigure
          id="weekly"
          title="Applications per week"
          summary={weeklySummary(n.weekly)}
          table={weeklyTable(n.weekly)}
          height={WEEK_CHART_HEIGHT}
          empty={n.weekly.weeks.length ? null : 'No applications yet: move a job to applied to see it here.'}
          note={
            n.weekly.earlier > 0
              ? `The last ${plural(n.weekly.weeks.length, 'week')}; ${plural(n.weekly.earlier, 'application')} before ${dayName(n.weekly.weeks[0]!.week, true)} are not shown.`
              : null
          }
        >
          <WeekChart weeks={n.weekly.weeks} />
        </ChartFigure>
        <BarFigure
          id="answers"
          title="Answers and silence"
          summary={outcomesSummary(n.answers)}
          table={outcomesTable(n.answers)}
          empty={n.answers.applications ? null : 'No applications yet.'}
          note="An answer is an interview, an offer or a rejection after the application."
          bars={shareBars(n.answers.outcomes, (o) => OUTCOME_NAMES[o])}
        />
        <BarFigure
          id="days"
          title="Days to the first answer"
          summary={daysSummary(n.answers)}
          table={daysTable(n.answers)}
          empty={n.answers.days.length ? null : 'No answers yet with the day of the application in their history.'}
          note={`Median: ${plural(n.answers.medianDays ?? 0, 'day')}. Only where the history holds the day applied (a job moved straight to interviewing is left out).`}
          bars={n.answers.spans.map((s) => ({ label: s.name, value: s.jobs, text: count(s.jobs) }))}
        />
        <BarFigure
          id="stages"
          title="Time in each stage"
          summary={stagesSummary(n.stages)}
          table={stagesTable(n.stages)}
          empty={stages.length ? null : 'No job has moved on from a stage yet.'}
          note="The median time a job stayed in a stage before its next status; stays still going on are not measured."
          bars={stages.map((t) => ({
            label: capital(t.status),
            value: t.medianDays ?? 0,
            text: `${plural(t.medianDays ?? 0, 'day')} (${plural(t.stays, 'job')})`,
          }))}
        />
      </div>
      <h3 class="insights-group">Where the saved jobs are</h3>
      <div class="charts">
        <BarFigure
          id="workplace"
          title="Remote, hybrid or on-site"
          summary={workplaceSummary(n.workplaces)}
          table={workplaceTable(n.workplaces)}
          bars={shareBars(n.workplaces, (w) => WORKPLACE_NAMES[w])}
        />
        <BarFigure
          id="places"
          title="Places"
          summary={placesSummary(n.places)}
          table={placesTable(n.places)}
          empty={placeBars.length ? null : 'No saved job names a place.'}
          note={n.places.none ? `${plural(n.places.none, 'job')} name no place.` : null}
          bars={placeBars}
        />
        <ChartFigure
          id="salaries"
          title="Salaries by currency and period"
          summary={salariesSummary(n.salaries)}
          table={salariesTable(n.salaries)}
          height={salaryHeight(n.salaries.spreads.length)}
          empty={n.salaries.spreads.length ? null : 'No saved job names a salary.'}
          note={`The line runs from the lowest figure to the highest; the box holds the middle half of the postings (by the middle of each range), the mark is the median. ${plural(n.salaries.without, 'job')} without a salary.`}
        >
          <SalaryChart spreads={n.salaries.spreads} />
        </ChartFigure>
      </div>
    </section>
  );
}
