import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import type { MonthlySeries } from './MonthlyChart';

/**
 * The drawing itself, in its own chunk: recharts is most of its weight and only these pages need it.
 * Out of the tab order (no accessibility layer): the figure names it and a table gives its figures.
 */
export default function ChartDrawing(props: {
  kind: 'bar' | 'line';
  data: Record<string, string | number>[];
  series: MonthlySeries[];
  format: (value: number) => string;
}) {
  const common = {
    h: 240,
    data: props.data,
    dataKey: 'month',
    series: props.series,
    withLegend: true,
    valueFormatter: props.format,
    accessibilityLayer: false,
  };
  // Counts are whole referrals; a straight line between months claims nothing about the days between.
  return props.kind === 'bar' ? (
    <BarChart {...common} yAxisProps={{ allowDecimals: false }} />
  ) : (
    <LineChart {...common} curveType="linear" />
  );
}
