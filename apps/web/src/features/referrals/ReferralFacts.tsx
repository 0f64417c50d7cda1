import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReferralDetailFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';

function Fact({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {heading}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{children}</Text>
    </div>
  );
}

/** The stages that close a referral with a reason, whose heading is `facts.reason.<STAGE>`. */
const REASON_STAGES = ['DECLINED', 'WITHDRAWN', 'LOST'] as const;
type ReasonStage = (typeof REASON_STAGES)[number];
const hasReason = (stage: ReferralDetailFieldsFragment['stage']): stage is ReasonStage => (REASON_STAGES as readonly string[]).includes(stage);

function whatHeading(t: TFunction<'referrals'>, referral: ReferralDetailFieldsFragment): string {
  if (referral.kind === 'TIER_THREE') return t('facts.what.TIER_THREE', { to: referral.to.name });
  if (referral.kind === 'INTERNAL') return t('facts.what.INTERNAL', { from: referral.from.name });
  return t('facts.what.EXTERNAL');
}

/** What the prospect needs, the giver's note, and what it was worth. */
export function ReferralFacts({ referral }: { referral: ReferralDetailFieldsFragment }) {
  const { t } = useTranslation('referrals');
  const { formatMoney } = useFormat();
  const money = (value: { amount: number; currency: string }) => formatMoney(value.amount, value.currency);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="facts-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="facts-heading">
          {t('facts.heading')}
        </Title>
        <Fact heading={whatHeading(t, referral)}>{referral.what}</Fact>
        {referral.need && (
          <Fact heading={t('facts.need')}>
            <Anchor component={Link} to={`/needs/${referral.need.id}`}>
              {referral.need.title}
            </Anchor>
          </Fact>
        )}
        {referral.note && <Fact heading={t('facts.note', { from: referral.from.name })}>{referral.note}</Fact>}
        {referral.estimatedValue && <Fact heading={t('facts.estimatedValue')}>{money(referral.estimatedValue)}</Fact>}
        {referral.wonValue && <Fact heading={t('facts.won')}>{money(referral.wonValue)}</Fact>}
        {hasReason(referral.stage) && referral.closingReason && <Fact heading={t(`facts.reason.${referral.stage}`)}>{referral.closingReason}</Fact>}
      </Stack>
    </Card>
  );
}
