import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { DirectoryQuery } from '../../gql/graphql';
import { coopTypeLabel } from '../coops/labels';

type CoopSummary = DirectoryQuery['coops']['edges'][number]['node'];

export function CoopSummaryCard({ coop }: { coop: CoopSummary }) {
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`coop-${coop.id}`}>
      <Stack gap={6}>
        <Anchor component={Link} to={`/coops/${coop.slug}`} fw={600} size="lg" id={`coop-${coop.id}`}>
          {coop.name}
        </Anchor>
        <Group gap={4} c="dimmed" wrap="nowrap">
          <IconMapPin size={14} aria-hidden />
          <Text size="sm">
            {coop.place.name}, {coop.place.countryName}
          </Text>
        </Group>
        <Text size="sm" lineClamp={2}>
          {coop.provides}
        </Text>
        <Group gap={6}>
          <Badge variant="light" color="gray">
            {coopTypeLabel(coop.coopType)}
          </Badge>
          {coop.categories.map((c) => (
            <Badge key={c.code} variant="outline" title={c.name} maw={260}>
              {c.name}
            </Badge>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}
