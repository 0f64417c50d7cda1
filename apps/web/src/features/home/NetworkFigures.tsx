import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { FrontPageQuery } from '../../gql/graphql';

interface Props {
  figures: FrontPageQuery['networkFigures'];
  referrals: FrontPageQuery['referralNetwork'];
}

/** The network in figures, each a link to where it comes from. */
export function NetworkFigures({ figures, referrals }: Props) {
  const items = [
    { value: figures.coops, label: 'co-ops in the directory', to: '/directory' },
    { value: figures.openNeeds, label: 'open needs', to: '/needs' },
    { value: figures.needsThisWeek, label: 'needs posted this week', to: '/needs' },
    { value: figures.openOffers, label: 'open offers', to: '/offers' },
    { value: figures.councils, label: 'councils', to: '/councils' },
    { value: referrals.passed, label: 'referrals passed', to: '/network' },
    { value: referrals.won, label: 'referrals won', to: '/network' },
  ];
  return (
    <Stack gap="sm" component="section" aria-labelledby="home-figures">
      <Title order={2} size="h3" id="home-figures">
        The network in figures
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4, md: 7 }} spacing="xs">
        {items.map((item) => (
          <Paper key={item.label} withBorder p="sm">
            <Anchor component={Link} to={item.to} c="inherit" underline="hover">
              <Text fw={700} size="xl" component="span" display="block">
                {item.value.toLocaleString('en-GB')}
              </Text>
              <Text size="sm" component="span" display="block">
                {item.label}
              </Text>
            </Anchor>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
