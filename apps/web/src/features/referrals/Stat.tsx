import { Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/**
 * A labelled figure; the group is named by its label, so "Won" finds the won count. `hint` shows
 * on hover; `describedBy` points at visible text that explains the figure.
 */
export function Stat({ label, value, hint, describedBy }: { label: string; value: ReactNode; hint?: string; describedBy?: string }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} aria-describedby={describedBy} title={hint}>
      <Text id={id} size="xs" tt="uppercase" fw={700} c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </div>
  );
}
