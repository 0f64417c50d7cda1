import { Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useId } from 'react';

const ChartDrawing = lazy(() => import('./ChartDrawing'));

export interface MonthlySeries {
  name: string;
  label: string;
  color: string;
}

/**
 * A chart of the last twelve months, as a figure named by its title, with the same figures as a
 * table for screen readers, to whom a drawing says little.
 */
export function MonthlyChart(props: {
  title: string;
  kind: 'bar' | 'line';
  data: Record<string, string | number>[];
  series: MonthlySeries[];
  format?: (value: number) => string;
}) {
  const titleId = useId();
  const format = props.format ?? ((n: number) => n.toLocaleString('en-GB'));
  return (
    <Stack component="figure" m={0} gap="xs" aria-labelledby={titleId}>
      <Text component="figcaption" id={titleId} fw={600}>
        {props.title}
      </Text>
      <Suspense fallback={<Skeleton h={240} />}>
        <ChartDrawing kind={props.kind} data={props.data} series={props.series} format={format} />
      </Suspense>
      <VisuallyHidden>
        <table>
          <caption>{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              {props.series.map((s) => (
                <th key={s.name} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.data.map((row) => (
              <tr key={String(row.month)}>
                <th scope="row">{row.month}</th>
                {props.series.map((s) => (
                  <td key={s.name}>{format(Number(row[s.name] ?? 0))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Stack>
  );
}
