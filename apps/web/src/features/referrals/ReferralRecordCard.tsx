import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { CoopReferralLedgerQuery } from './graphql';
import { formatMoneyList } from './labels';
import { Stat } from './Stat';

/**
 * On a co-op's page: its public referral totals, and the way into its ledger (the same words for
 * members and everyone else: the page behind it is the co-op's referral record either way).
 * Uses the ledger page's query, so opening the ledger starts from what this card loaded.
 */
export function ReferralRecordCard({ slug, isMember }: { slug: string; isMember: boolean }) {
  const { t } = useTranslation('referrals');
  const { locale, formatNumber } = useFormat();
  const { data, error } = useQuery(CoopReferralLedgerQuery, { variables: { slug } });
  const ledger = data?.coop?.referralLedger;
  // Totals are a side note here: a failure hides the card rather than alarm the page.
  if (error || !ledger) return null;
  const nothingYet = ledger.given.total === 0 && ledger.received.total === 0 && ledger.valueGiven.length === 0;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="referral-record-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="referral-record-heading">
            {t('record.heading')}
          </Title>
          <Button
            component={Link}
            to={`/coops/${slug}/referrals`}
            variant={isMember ? 'light' : 'subtle'}
            size="xs"
            rightSection={<IconArrowRight size={14} />}
          >
            {t('record.open')}
          </Button>
        </Group>
        {nothingYet ? (
          <Text size="sm" c="dimmed">
            {t('record.nothingYet')}
          </Text>
        ) : (
          <>
            <Group gap="xl">
              <Stat label={t('ledger.given')} value={formatNumber(ledger.given.total)} />
              <Stat label={t('record.givenWon')} value={formatNumber(ledger.given.won)} />
              <Stat label={t('ledger.received')} value={formatNumber(ledger.received.total)} />
              <Stat label={t('record.receivedWon')} value={formatNumber(ledger.received.won)} />
              <Stat label={t('ledger.credited.title')} value={formatMoneyList(locale, ledger.valueGiven, isMember ? undefined : '–')} />
            </Group>
            {!isMember && (
              <Text size="xs" c="dimmed">
                {t('hiddenAmountsHint')}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
