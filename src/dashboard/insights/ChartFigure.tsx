// One chart as a person meets it: a title, the picture (an SVG image whose name
// says what it shows in words), the numbers behind it as a real table (hidden
// from sight until asked for, always there for a screen reader), and a CSV of
// the same rows.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { type InsightTable, insightToCsv } from '../../export/insights/table';
import { downloadText, fileName } from '../download';
import { cellText } from './format';

export interface ChartProps {
  /** A short id for the figure's parts (unique in the page). */
  id: string;
  title: string;
  /** What the chart shows, in a sentence: the image's accessible name. */
  summary: string;
  table: InsightTable;
  /** The SVG's height in pixels; its width is the figure's. */
  height: number;
  /** Said instead of the chart when there is nothing to draw. */
  empty?: string | null;
  note?: ComponentChildren;
  children: ComponentChildren;
}

export function ChartFigure({ id, title, summary, table, height, empty, note, children }: ChartProps) {
  const [shown, setShown] = useState(false);
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {empty ? (
        <p class="hint">{empty}</p>
      ) : (
        <>
          <svg class="chart-svg" role="img" aria-label={summary} width="100%" height={height}>
            <title>{summary}</title>
            {children}
          </svg>
          {note && <p class="hint">{note}</p>}
          <div class="chart-actions">
            <button
              type="button"
              class="small"
              aria-expanded={shown}
              aria-controls={`${id}-numbers`}
              onClick={() => setShown(!shown)}
            >
              {shown ? 'Hide the numbers' : 'Show the numbers'}
            </button>
            <button
              type="button"
              class="small"
              aria-label={`Download CSV: ${title}`}
              onClick={() =>
                downloadText(fileName(`insights ${title}`, 'csv'), insightToCsv(table), 'text/csv;charset=utf-8')
              }
            >
              Download CSV
            </button>
          </div>
          <table id={`${id}-numbers`} class={shown ? 'numbers' : 'numbers visually-hidden'}>
            <caption>{title}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c.key} scope="col">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cellText(cell, table.columns[i])}
                      </th>
                    ) : (
                      <td key={i}>{cellText(cell, table.columns[i])}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
