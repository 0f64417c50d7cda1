import { Stack, Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import type { ReferralStage } from '../../gql/graphql';
import { STAGES } from './labels';
import { ReferralList } from './ReferralList';
import { StageFilter } from './StageFilter';
import { ThanksList } from './ThanksList';

const TABS = ['given', 'received', 'thanks'] as const;
type Tab = (typeof TABS)[number];

/** ?tab=given|received|thanks&stages=WON,LOST: which list, and which stages of it. */
function useListParams() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = TABS.includes(raw as Tab) ? (raw as Tab) : 'given';
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
export function CoopReferralTabs({ coop }: { coop: { id: string; slug: string } }) {
  const { tab, stages, update } = useListParams();
  return (
    <Tabs value={tab} onChange={(value) => update({ tab: value === 'given' ? null : value })} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="given">Given</Tabs.Tab>
        <Tabs.Tab value="received">Received</Tabs.Tab>
        <Tabs.Tab value="thanks">Thanks</Tabs.Tab>
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
