// The numbers behind a chart, as one table: the dashboard shows it under the
// chart (for screen readers, and for anyone who wants the figures), and the same
// rows are its CSV. One shape for every chart, so the two never disagree.
import { toCsvText } from '../csv';

export type Cell = string | number | null;

export interface Column {
  /** The CSV header: lower case, no spaces, as the other exports name columns. */
  key: string;
  /** The table's header, for people. */
  label: string;
  /** How a number reads on screen: "42.5%" or "3.5 days"; the CSV keeps the bare number. */
  unit?: '%' | 'days';
}

export interface InsightTable {
  columns: Column[];
  rows: Cell[][];
}

export function insightToCsv(table: InsightTable): string {
  return toCsvText(
    table.columns.map((c) => c.key),
    table.rows,
  );
}
