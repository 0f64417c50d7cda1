import { Chip, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralStage } from '../../gql/graphql';
import { STAGES } from './labels';

/** Which stages to list; none chosen lists them all. */
export function StageFilter({ value, onChange }: { value: ReferralStage[]; onChange: (stages: ReferralStage[]) => void }) {
  const { t } = useTranslation('referrals');
  return (
    <Group gap={6} role="group" aria-label={t('stageFilter.label')}>
      <Text size="sm" c="dimmed">
        {t('stageFilter.heading')}
      </Text>
      <Chip.Group multiple value={value} onChange={(stages) => onChange(STAGES.filter((s) => stages.includes(s)))}>
        {STAGES.map((stage) => (
          <Chip key={stage} value={stage} size="xs" variant="outline">
            {t(`stage.${stage}`)}
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  );
}
