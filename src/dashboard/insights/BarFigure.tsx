// A chart of horizontal bars in its figure, as tall as its bars need.
import { type Bar, BarChart, barsHeight } from './BarChart';
import { ChartFigure, type ChartProps } from './ChartFigure';

export function BarFigure({ bars, ...figure }: Omit<ChartProps, 'height' | 'children'> & { bars: readonly Bar[] }) {
  return (
    <ChartFigure {...figure} height={barsHeight(bars.length)}>
      <BarChart bars={bars} />
    </ChartFigure>
  );
}
