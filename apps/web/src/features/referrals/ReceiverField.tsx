import { Button, Group, Input, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { CoopPicker, type PickedCoop } from './CoopPicker';

/**
 * The co-op the referral goes to: named when the link chose it (from its page or a match), with
 * a way to choose another; otherwise searched for.
 */
export function ReceiverField(props: {
  prefilled: PickedCoop | null;
  value: string;
  error?: ReactNode;
  exclude: readonly string[];
  onChange: (id: string) => void;
  onPick: (coop: PickedCoop | null) => void;
}) {
  const [choosing, setChoosing] = useState(!props.prefilled);
  if (props.prefilled && !choosing && props.value === props.prefilled.id) {
    return (
      <Input.Wrapper label="To" error={props.error}>
        <Group gap="sm" mt={4}>
          <Text fw={600}>{props.prefilled.name}</Text>
          <Button
            variant="subtle"
            size="compact-sm"
            // The named co-op has no input of its own: a refusal of it points here.
            data-problem-focus={props.error ? true : undefined}
            onClick={() => {
              setChoosing(true);
              props.onPick(null);
              props.onChange('');
            }}
          >
            Choose another co-op
          </Button>
        </Group>
      </Input.Wrapper>
    );
  }
  return (
    <CoopPicker
      label="To"
      description="The co-op that can do the work. Search by name, place or what they provide."
      placeholder="Search co-ops"
      required
      value={props.value}
      error={props.error}
      exclude={props.exclude}
      onChange={props.onChange}
      onPick={props.onPick}
    />
  );
}
