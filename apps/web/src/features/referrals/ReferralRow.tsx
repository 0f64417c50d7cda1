import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReferralRowFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { STAGE_COLOURS } from './labels';

/** One referral in a co-op's list, read from that co-op's side; its title opens it. */
export function ReferralRow({ referral, side }: { referral: ReferralRowFieldsFragment; side: 'given' | 'received' }) {
  const { t } = useTranslation('referrals');
  const { formatDay, formatMoney } = useFormat();
  const other = side === 'given' ? t('row.to', { name: referral.to.name }) : t('row.from', { name: referral.from.name });
  const prospect = referral.prospect;
  // Co-ops' names as they write them: only the words around them change.
  const title = prospect
    ? [prospect.name, prospect.organisation].filter(Boolean).join(', ')
    : side === 'given'
      ? t('row.titleTo', { name: referral.to.name })
      : t('row.titleFrom', { name: referral.from.name });
  const value = referral.wonValue
    ? t('row.won', { value: formatMoney(referral.wonValue.amount, referral.wonValue.currency) })
    : referral.estimatedValue
      ? t('row.about', { value: formatMoney(referral.estimatedValue.amount, referral.estimatedValue.currency) })
      : null;
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} miw={0}>
          <Anchor component={Link} to={`/referrals/${referral.id}`} fw={600}>
            {title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {other} · {t(`kind.${referral.kind}.label`)} · {t('row.passed', { date: formatDay(referral.createdAt) })}
          </Text>
          <Text size="sm" lineClamp={2}>
            {referral.what}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
          <Badge color={STAGE_COLOURS[referral.stage]} variant="light">
            {t(`stage.${referral.stage}`)}
          </Badge>
          {value && <Text size="sm">{value}</Text>}
        </Stack>
      </Group>
    </Card>
  );
}
