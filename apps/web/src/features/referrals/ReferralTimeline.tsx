import { Text, Timeline } from '@mantine/core';
import type { ReferralDetailFieldsFragment } from '../../gql/graphql';
import { formatMoney, formatTime, STAGE_LABELS } from './labels';

/** Every step the referral took, oldest first: who moved it, for which co-op, when and why. */
export function ReferralTimeline({ history }: { history: ReferralDetailFieldsFragment['history'] }) {
  return (
    <Timeline active={history.length - 1} bulletSize={18} lineWidth={2} aria-label="What happened">
      {history.map((event) => (
        <Timeline.Item key={event.id} title={STAGE_LABELS[event.stage].label} color={STAGE_LABELS[event.stage].color}>
          <Text size="sm" c="dimmed">
            {event.by ?? 'A former member'} of {event.coop.name} · <time dateTime={event.at}>{formatTime(event.at)}</time>
          </Text>
          {event.value && <Text size="sm">Business won: {formatMoney(event.value)}</Text>}
          {event.reason && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              Reason: {event.reason}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
