import { Radio, Stack } from '@mantine/core';
import { WARMTH_LEVELS } from '@principle-six/schema';
import type { ReactNode } from 'react';

const LEVELS = [1, 2, 3, 4, 5] as const;

/** How warmly the prospect was introduced, 1 to 5, each level saying what it means. */
export function WarmthChoice(props: { value: string; onChange: (value: string) => void; error?: ReactNode; onBlur?: () => void }) {
  return (
    <Radio.Group
      label="How warm is the introduction?"
      description="The warmer, the likelier it turns into business."
      required
      value={props.value || null}
      onChange={props.onChange}
      error={props.error}
    >
      <Stack gap="xs" mt="xs">
        {LEVELS.map((level) => (
          <Radio key={level} value={String(level)} label={`${level} · ${WARMTH_LEVELS[level]}`} onBlur={props.onBlur} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
