import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { formatMoney, HIDDEN_AMOUNTS_HINT } from './labels';

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
              {props.outsider ? 'None to show' : 'None yet'}
            </Text>
          ) : (
            props.values.map((v) => (
              <Text key={v.currency} fw={700} size="xl">
                {formatMoney(v)}
              </Text>
            ))
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {props.explanation}
          {props.outsider && ` ${HIDDEN_AMOUNTS_HINT}`}
        </Text>
      </Stack>
    </Card>
  );
}
