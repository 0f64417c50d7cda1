import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendar, IconMapPin } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NeedStatus, OfferStatus } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { describeArea, STATUS_COLORS } from './labels';

/** The top of a need's or an offer's page: what it is, whose, where, until when. */
export function PostingHeader(props: {
  posting: {
    title: string;
    description: string;
    status: NeedStatus | OfferStatus;
    expiresAt: string;
    createdAt: string;
    coop: { slug: string; name: string };
    area: { anywhere: boolean; radiusKm?: number | null; place?: { name: string } | null };
    categories: readonly { code: string; name: string }[];
  };
  kindLabel: string;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const { posting } = props;
  const { t } = useTranslation('postings');
  const { formatDay } = useFormat();
  const dates = { posted: formatDay(posting.createdAt), until: formatDay(posting.expiresAt) };
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
              {props.kindLabel}
            </Text>
            <Badge color={STATUS_COLORS[posting.status]} variant="light">
              {t(`status.${posting.status}`)}
            </Badge>
          </Group>
          <Title order={1}>{posting.title}</Title>
          <Anchor component={Link} to={`/coops/${posting.coop.slug}`}>
            {posting.coop.name}
          </Anchor>
        </Stack>
        {props.actions}
      </Group>
      <Group gap="lg" c="dimmed">
        <Group gap={4}>
          <IconMapPin size={16} aria-hidden />
          <Text size="sm">{describeArea(t, posting.area)}</Text>
        </Group>
        <Group gap={4}>
          <IconCalendar size={16} aria-hidden />
          <Text size="sm">{posting.status === 'OPEN' ? t('header.postedOpen', dates) : t('header.postedClosed', dates)}</Text>
        </Group>
      </Group>
      <Group gap={6}>
        {posting.categories.map((c) => (
          <Badge key={c.code} variant="outline" color="gray" tt="none">
            {c.name}
          </Badge>
        ))}
      </Group>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{posting.description}</Text>
      {props.children}
    </Stack>
  );
}
