import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/usePageTitle';

/** What could not be found; each is a sentence of its own in every language (Welsh mutates nouns). */
export type Missing = 'page' | 'claim' | 'coop' | 'council' | 'meeting' | 'need' | 'offer';

export function NotFoundPage({ what = 'page' }: { what?: Missing }) {
  const { t } = useTranslation('app');
  usePageTitle(t('notFound.title'));
  return (
    <Stack align="flex-start" py="xl">
      <Title order={1}>{t(`notFound.heading.${what}`)}</Title>
      <Text c="dimmed">{t('notFound.body')}</Text>
      <Button component={Link} to="/">
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}
