// The salary spread of each currency and period, on a scale of its own: a line
// from the lowest figure to the highest, a box over the middle half of the
// postings, and a mark at the median.
import { type SalarySpread, spreadName } from '../../export/insights/salaries';
import { count } from './format';

const ROW = 80;
export const salaryHeight = (n: number): number => n * ROW + 4;

export function SalaryChart({ spreads }: { spreads: readonly SalarySpread[] }) {
  return (
    <g>
      {spreads.map((s, i) => {
        const y = i * ROW + 2;
        const span = s.highest - s.lowest;
        const at = (v: number) => `${span ? ((v - s.lowest) / span) * 100 : 50}%`;
        const mid = y + 34;
        return (
          <g key={spreadName(s)}>
            <text class="chart-label" x="0" y={y + 12}>
              <tspan class="chart-strong">{spreadName(s)}</tspan> · {count(s.jobs)} {s.jobs === 1 ? 'job' : 'jobs'} ·
              median {count(s.median)}
            </text>
            <svg x="1%" width="98%" overflow="visible" aria-hidden="true">
              <line class="chart-axis" x1={at(s.lowest)} x2={at(s.highest)} y1={mid} y2={mid} />
              <rect
                class="chart-bar"
                x={at(s.quarter)}
                width={span ? `${((s.threeQuarters - s.quarter) / span) * 100}%` : '0'}
                y={mid - 8}
                height="16"
                rx="2"
              />
              <line class="chart-median" x1={at(s.median)} x2={at(s.median)} y1={mid - 11} y2={mid + 11} />
              <text class="chart-label" x="0" y={mid + 26}>
                {count(s.lowest)}
              </text>
              <text class="chart-label" x="100%" y={mid + 26} text-anchor="end">
                {count(s.highest)}
              </text>
            </svg>
          </g>
        );
      })}
    </g>
  );
}
