import { Radio, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ReferralKind } from '../../gql/graphql';
import { warmthChoiceLabel, WARMTH_VALUES } from './warmth-labels';

/**
 * How warmly the prospect was introduced, 1 to 5, each level saying what it means with the
 * receiver named. For an internal referral the giver's co-op is the buyer, so it asks how far the
 * co-op has got with the receiver instead.
 */
export function WarmthChoice(props: {
  value: string;
  onChange: (value: string) => void;
  kind: ReferralKind;
  receiverName: string;
  error?: ReactNode;
}) {
  const internal = props.kind === 'INTERNAL';
  return (
    <Radio.Group
      label={internal ? `How far has your co-op got with ${props.receiverName}?` : 'How warm is the introduction?'}
      description={
        internal
          ? 'Your co-op is the buyer here: say how well you already know them. The warmer, the likelier it turns into business.'
          : 'The warmer, the likelier it turns into business.'
      }
      required
      value={props.value || null}
      onChange={props.onChange}
      error={props.error}
    >
      <Stack gap="xs" mt="xs">
        {WARMTH_VALUES.map((level) => (
          <Radio
            key={level}
            value={String(level)}
            label={`${level} · ${warmthChoiceLabel(level, props.kind, props.receiverName)}`}
            // So that a refused submit can point at the choice (the group itself takes no focus).
            aria-invalid={props.error ? true : undefined}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
