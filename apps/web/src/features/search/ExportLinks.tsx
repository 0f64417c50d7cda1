import { Anchor, Group, Text } from '@mantine/core';
import { writeSearchUrl } from '@principle-six/schema';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SearchState } from './search-params';

/**
 * These results as open data: the same search as a file, in the SSE standard CSV that
 * co-operative maps read, or as JSON Lines. Plain links (the API streams the file), so the
 * browser downloads it however large.
 */
export function ExportLinks({ state }: { state: SearchState }) {
  const { t } = useTranslation('search');
  const query = writeSearchUrl(state).toString();
  const href = (format: string) => `/exports/directory.${format}${query ? `?${query}` : ''}`;
  return (
    <Group gap="xs" wrap="wrap" component="nav" aria-label={t('export.label')}>
      <IconDownload size={16} aria-hidden />
      <Text size="sm">{t('export.lead')}</Text>
      <Anchor size="sm" href={href('csv')} download>
        {t('export.csv')}
      </Anchor>
      <Anchor size="sm" href={href('jsonl')} download>
        {t('export.jsonl')}
      </Anchor>
      <Text size="sm" c="dimmed">
        {t('export.licence')}
      </Text>
    </Group>
  );
}
