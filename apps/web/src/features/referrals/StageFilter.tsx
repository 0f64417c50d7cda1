import { Chip, Group, Text } from '@mantine/core';
import type { ReferralStage } from '../../gql/graphql';
import { STAGE_LABELS, STAGES } from './labels';

/** Which stages to list; none chosen lists them all. */
export function StageFilter({ value, onChange }: { value: ReferralStage[]; onChange: (stages: ReferralStage[]) => void }) {
  return (
    <Group gap={6} role="group" aria-label="Show stages">
      <Text size="sm" c="dimmed">
        Stages:
      </Text>
      <Chip.Group multiple value={value} onChange={(stages) => onChange(STAGES.filter((s) => stages.includes(s)))}>
        {STAGES.map((stage) => (
          <Chip key={stage} value={stage} size="xs" variant="outline">
            {STAGE_LABELS[stage].label}
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  );
}
