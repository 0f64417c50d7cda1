import { Anchor, Badge, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReferralDetailFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { STAGE_COLOURS } from './labels';
import { warmthSummary } from './warmth-labels';

/** The stage badge's id: after a move, focus goes to it, so keyboard users hear where it stands now. */
export const STAGE_BADGE_ID = 'referral-stage';

/** Who passed it to whom, what kind, how warm, and where it stands. */
export function ReferralHeader({ referral }: { referral: ReferralDetailFieldsFragment }) {
  const { t } = useTranslation('referrals');
  const { formatDay } = useFormat();
  const stage = t(`stage.${referral.stage}`);
  const date = formatDay(referral.createdAt);
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
          {t(`header.kind.${referral.kind}`)}
        </Text>
        <Badge
          id={STAGE_BADGE_ID}
          tabIndex={-1}
          color={STAGE_COLOURS[referral.stage]}
          variant="light"
          aria-label={t('header.stageLabel', { stage })}
        >
          {stage}
        </Badge>
      </Group>
      <Title order={1} size="h2">
        <Anchor component={Link} to={`/coops/${referral.from.slug}`} inherit>
          {referral.from.name}
        </Anchor>{' '}
        <span aria-hidden>→</span>
        <VisuallyHidden>{t('header.to')}</VisuallyHidden>{' '}
        <Anchor component={Link} to={`/coops/${referral.to.slug}`} inherit>
          {referral.to.name}
        </Anchor>
      </Title>
      <Text size="sm" c="dimmed">
        {t(`kindSummary.${referral.kind}`, { from: referral.from.name, to: referral.to.name })}{' '}
        {referral.passedBy ? t('header.passedBy', { name: referral.passedBy, date }) : t('header.passed', { date })}
      </Text>
      <Text size="sm">
        <Trans
          t={t}
          i18nKey="header.warmth"
          values={{ warmth: referral.warmth, summary: warmthSummary(t, referral.warmth, referral.kind, referral.from.name, referral.to.name) }}
          components={{ strong: <strong /> }}
        />
      </Text>
    </Stack>
  );
}
