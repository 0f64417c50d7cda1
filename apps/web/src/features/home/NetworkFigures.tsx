import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import type { FrontPageQuery } from '../../gql/graphql';

interface Props {
  figures: FrontPageQuery['networkFigures'];
  referrals: FrontPageQuery['referralNetwork'];
}

/** The network in figures, each a link to where it comes from. */
export function NetworkFigures({ figures, referrals }: Props) {
  const { t } = useTranslation('home');
  const { formatNumber } = useFormat();
  // Each label agrees with its number (`home:figures.<id>`), which Welsh needs for every count.
  const items = [
    { id: 'coops', value: figures.coops, to: '/directory' },
    { id: 'openNeeds', value: figures.openNeeds, to: '/needs' },
    { id: 'needsThisWeek', value: figures.needsThisWeek, to: '/needs' },
    { id: 'openOffers', value: figures.openOffers, to: '/offers' },
    { id: 'councils', value: figures.councils, to: '/councils' },
    { id: 'referralsPassed', value: referrals.passed, to: '/network' },
    { id: 'referralsWon', value: referrals.won, to: '/network' },
  ] as const;
  return (
    <Stack gap="sm" component="section" aria-labelledby="home-figures">
      <Title order={2} size="h3" id="home-figures">
        {t('figures.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4, md: 7 }} spacing="xs">
        {items.map((item) => (
          <Paper key={item.id} withBorder p="sm">
            <Anchor component={Link} to={item.to} c="inherit" underline="hover">
              <Text fw={700} size="xl" component="span" display="block">
                {formatNumber(item.value)}
              </Text>
              <Text size="sm" component="span" display="block">
                {t(`figures.${item.id}`, { count: item.value })}
              </Text>
            </Anchor>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
