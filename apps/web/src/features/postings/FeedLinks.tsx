import { Anchor, Group, Text } from '@mantine/core';
import { IconRss } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * New needs or offers in a feed reader, or on a group's own site: Atom and RSS of the list, for
 * one chosen category when there is one (the feeds take one category, or one place).
 */
export function FeedLinks({ what, categoryCode }: { what: 'need' | 'offer'; categoryCode: string | null }) {
  const { t } = useTranslation('postings');
  const query = categoryCode ? `?category=${encodeURIComponent(categoryCode)}` : '';
  return (
    <Group gap={6} wrap="wrap">
      <IconRss size={14} aria-hidden />
      <Text size="sm">{t(`feeds.follow.${what}`)}</Text>
      <Anchor size="sm" href={`/feeds/${what}s.atom${query}`} type="application/atom+xml">
        {t('feeds.atom')}
      </Anchor>
      <Anchor size="sm" href={`/feeds/${what}s.rss${query}`} type="application/rss+xml">
        {t('feeds.rss')}
      </Anchor>
    </Group>
  );
}
