import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';

/**
 * Business in money, one figure per currency, largest first. For readers outside the co-op the API
 * leaves out sums of fewer than three thank-yous: say so, so that an empty card does not look broken.
 */
export function LedgerValueCard(props: {
  title: string;
  explanation: string;
  values: readonly { amount: number; currency: string }[];
  outsider: boolean;
}) {
  const { t } = useTranslation('referrals');
  const { formatMoney } = useFormat();
  const headingId = useId();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap={4}>
        <Title order={2} size="h4" id={headingId}>
          {props.title}
        </Title>
        <Group gap="md">
          {props.values.length === 0 ? (
            <Text fw={700} size="xl" c="dimmed">
              {props.outsider ? t('ledger.value.noneToShow') : t('ledger.value.noneYet')}
            </Text>
          ) : (
            props.values.map((v) => (
              <Text key={v.currency} fw={700} size="xl">
                {formatMoney(v.amount, v.currency)}
              </Text>
            ))
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {props.explanation}
          {props.outsider && ` ${t('hiddenAmountsHint')}`}
        </Text>
      </Stack>
    </Card>
  );
}
