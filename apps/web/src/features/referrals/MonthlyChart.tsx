import { Box, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { summarise, type MonthlySeries } from './chart-summary';

const ChartDrawing = lazy(() => import('./ChartDrawing'));

export type { MonthlySeries } from './chart-summary';

/**
 * A chart of the last twelve months, as a figure named by its title. The drawing is one image
 * named by a summary of it (and out of the tab order); the same figures follow as a table for
 * screen readers, to whom a drawing says little. `note` goes under it; `replaceWith` stands
 * instead of a drawing that would only show zeros that are not zeros (amounts held back).
 * Titles and series labels come translated from the page that draws it.
 */
export function MonthlyChart(props: {
  title: string;
  kind: 'bar' | 'line';
  data: Record<string, string | number>[];
  series: MonthlySeries[];
  format?: (value: number) => string;
  note?: ReactNode;
  replaceWith?: ReactNode;
}) {
  const { t } = useTranslation('referrals');
  const { formatNumber } = useFormat();
  const titleId = useId();
  const format = props.format ?? formatNumber;
  return (
    <Stack component="figure" m={0} gap="xs" aria-labelledby={titleId}>
      <Text component="figcaption" id={titleId} fw={600}>
        {props.title}
      </Text>
      {props.replaceWith ?? (
        <>
          <Box role="img" aria-label={summarise(t, props.title, props.data, props.series, format)}>
            <Suspense fallback={<Skeleton h={240} />}>
              <ChartDrawing kind={props.kind} data={props.data} series={props.series} format={format} />
            </Suspense>
          </Box>
          <VisuallyHidden>
            <table>
              <caption>{props.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('chart.month')}</th>
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
        </>
      )}
      {props.note && (
        <Text size="xs" c="dimmed">
          {props.note}
        </Text>
      )}
    </Stack>
  );
}
