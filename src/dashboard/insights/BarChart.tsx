// Horizontal bars, one a row: a label, the bar, and its figure in words. Laid
// out in percentages of the figure's width (nested SVG viewports), not in a
// scaled viewBox, so the text stays the page's size at any width.
import { shorten } from './format';

export interface Bar {
  label: string;
  value: number;
  /** The figure written at the bar's end ("12 (40%)"). */
  text: string;
}

export const ROW = 28;

/** The SVG's height for `n` bars. */
export const barsHeight = (n: number): number => n * ROW + 4;

/** Bars begin here and may reach BAR_END; the rest of the row is for their figure. */
const LABEL_END = 34;
const BAR_END = 78;

export function BarChart({ bars }: { bars: readonly Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <g>
      {bars.map((bar, i) => {
        const y = i * ROW + 2;
        const width = (bar.value / max) * 100;
        return (
          <g key={i}>
            <text
              class="chart-label"
              x={`${LABEL_END - 1}%`}
              y={y + ROW / 2}
              text-anchor="end"
              dominant-baseline="central"
            >
              {shorten(bar.label)}
            </text>
            <svg x={`${LABEL_END}%`} width={`${BAR_END - LABEL_END}%`} overflow="visible" aria-hidden="true">
              <rect class="chart-track" x="0" y={y + 4} width="100%" height={ROW - 8} rx="3" />
              {bar.value > 0 && <rect class="chart-bar" x="0" y={y + 4} width={`${width}%`} height={ROW - 8} rx="3" />}
              <text class="chart-value" x={`${width}%`} dx="6" y={y + ROW / 2} dominant-baseline="central">
                {bar.text}
              </text>
            </svg>
          </g>
        );
      })}
    </g>
  );
}
