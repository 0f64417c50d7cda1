import { Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ReferralStage } from '../../gql/graphql';
import { STAGES } from './labels';
import { ReferralList } from './ReferralList';
import { StageFilter } from './StageFilter';
import { ThanksList } from './ThanksList';

const TABS = ['given', 'received', 'thanks'] as const;
type Tab = (typeof TABS)[number];

/**
 * The list to open when the URL names none: received referrals when some wait on the co-op (open
 * ones: to accept, or to take on to won or lost), or when it has only received so far; else given.
 */
export function defaultReferralTab(ledger: {
  given: { total: number };
  received: { total: number; open: number };
}): 'given' | 'received' {
  if (ledger.received.open > 0) return 'received';
  if (ledger.given.total === 0 && ledger.received.total > 0) return 'received';
  return 'given';
}

/** ?tab=given|received|thanks&stages=WON,LOST: which list, and which stages of it. */
function useListParams(defaultTab: Tab) {
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = TABS.includes(raw as Tab) ? (raw as Tab) : defaultTab;
  const stages = (params.get('stages') ?? '').split(',').filter((s): s is ReferralStage => STAGES.includes(s as ReferralStage));
  const update = (changes: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });
  return { tab, stages, update };
}

/** A co-op's referrals given and received, and its thanks, for its members. */
export function CoopReferralTabs({ coop, defaultTab }: { coop: { id: string; slug: string }; defaultTab: 'given' | 'received' }) {
  // The default as the page opened: a referral arriving meanwhile does not switch lists under the reader.
  const { t } = useTranslation('referrals');
  const [openedOn] = useState(defaultTab);
  const { tab, stages, update } = useListParams(openedOn);
  return (
    // A chosen tab goes in the URL, so that it stays put when the default would change under it.
    <Tabs value={tab} onChange={(value) => update({ tab: value })} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="given">{t('tabs.given')}</Tabs.Tab>
        <Tabs.Tab value="received">{t('tabs.received')}</Tabs.Tab>
        <Tabs.Tab value="thanks">{t('tabs.thanks')}</Tabs.Tab>
      </Tabs.List>
      {(['given', 'received'] as const).map((side) => (
        <Tabs.Panel key={side} value={side} pt="md">
          <Stack gap="sm">
            <StageFilter value={stages} onChange={(next) => update({ stages: next.join(',') || null })} />
            <ReferralList slug={coop.slug} side={side} stages={stages} />
          </Stack>
        </Tabs.Panel>
      ))}
      <Tabs.Panel value="thanks" pt="md">
        <ThanksList coop={coop} />
      </Tabs.Panel>
    </Tabs>
  );
}
