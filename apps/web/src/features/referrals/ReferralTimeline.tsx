import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralDetailFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { STAGE_COLOURS } from './labels';

/** Every step the referral took, oldest first: who moved it, for which co-op, when and why. */
export function ReferralTimeline({ history }: { history: ReferralDetailFieldsFragment['history'] }) {
  const { t } = useTranslation('referrals');
  const { formatDayAndTime, formatMoney } = useFormat();
  return (
    <Timeline active={history.length - 1} bulletSize={18} lineWidth={2} aria-label={t('timeline.label')}>
      {history.map((event) => (
        <Timeline.Item key={event.id} title={t(`stage.${event.stage}`)} color={STAGE_COLOURS[event.stage]}>
          <Text size="sm" c="dimmed">
            {event.by ? t('timeline.by', { name: event.by, coop: event.coop.name }) : t('timeline.byFormerMember', { coop: event.coop.name })} ·{' '}
            <time dateTime={event.at}>{formatDayAndTime(event.at)}</time>
          </Text>
          {event.value && <Text size="sm">{t('timeline.won', { value: formatMoney(event.value.amount, event.value.currency) })}</Text>}
          {event.reason && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {t('timeline.reason', { reason: event.reason })}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
