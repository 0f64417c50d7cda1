import type { TFunction } from 'i18next';

export interface MonthlySeries {
  name: string;
  label: string;
  color: string;
}

/** The drawing in a sentence: each series' total and its best month, for the image's name. */
export function summarise(
  t: TFunction<'referrals'>,
  title: string,
  data: readonly Record<string, string | number>[],
  series: readonly MonthlySeries[],
  format: (value: number) => string,
): string {
  if (data.length === 0) return t('chart.empty', { title });
  const parts = series.map((s) => {
    const values = data.map((row) => Number(row[s.name] ?? 0));
    const total = values.reduce((a, b) => a + b, 0);
    if (total === 0) return t('chart.seriesNone', { label: s.label });
    const most = values.indexOf(Math.max(...values));
    return t('chart.seriesTotal', { label: s.label, total: format(total), month: data[most]!.month, most: format(values[most]!) });
  });
  return t('chart.summary', { title, from: data[0]!.month, to: data[data.length - 1]!.month, series: parts.join('; ') });
}
