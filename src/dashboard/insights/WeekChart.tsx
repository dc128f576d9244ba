// Columns over time: one a week, the scale's top and middle written on the left,
// a few weeks named along the bottom. Like BarChart, laid out in percentages so
// the text keeps its size at any width.
import type { WeekCount } from '../../export/insights/weekly';
import { count, dayName } from './format';

export const WEEK_CHART_HEIGHT = 190;
const TOP = 10;
const BOTTOM = 160;
const PLOT_X = 7;
const PLOT_WIDTH = 92;
/** At most this many weeks are named along the bottom. */
const NAMED = 8;

/** A scale's top that reads well and halves into whole numbers where it can: 2, 4, 6, 8, 10, 20, 40… at or above `max`. */
function niceTop(max: number): number {
  if (max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 4, 6, 8, 10].map((m) => m * power).find((n) => n >= max)!;
}

export function WeekChart({ weeks }: { weeks: readonly WeekCount[] }) {
  const top = niceTop(Math.max(...weeks.map((w) => w.applications)));
  const height = BOTTOM - TOP;
  const step = 100 / weeks.length;
  const every = Math.ceil(weeks.length / NAMED);
  const yOf = (n: number) => BOTTOM - (n / top) * height;
  // Counts are whole: a middle line only where it falls on a whole number.
  const ticks = Number.isInteger(top / 2) ? [0, top / 2, top] : [0, top];
  return (
    <g>
      {ticks.map((t) => (
        <g key={t}>
          <text class="chart-label" x={`${PLOT_X - 1}%`} y={yOf(t)} text-anchor="end" dominant-baseline="central">
            {count(t)}
          </text>
          <line class="chart-grid" x1={`${PLOT_X}%`} x2={`${PLOT_X + PLOT_WIDTH}%`} y1={yOf(t)} y2={yOf(t)} />
        </g>
      ))}
      <svg x={`${PLOT_X}%`} width={`${PLOT_WIDTH}%`} overflow="visible" aria-hidden="true">
        {weeks.map((w, i) => (
          <g key={w.week}>
            {w.applications > 0 && (
              <rect
                class="chart-bar"
                x={`${i * step + step * 0.15}%`}
                width={`${step * 0.7}%`}
                y={yOf(w.applications)}
                height={BOTTOM - yOf(w.applications)}
                rx="2"
              />
            )}
            {i % every === 0 && (
              <text class="chart-label" x={`${(i + 0.5) * step}%`} y={BOTTOM + 18} text-anchor="middle">
                {dayName(w.week)}
              </text>
            )}
          </g>
        ))}
      </svg>
    </g>
  );
}
