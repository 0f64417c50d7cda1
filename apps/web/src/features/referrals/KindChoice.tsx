import { Radio, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ReferralKind } from '../../gql/graphql';
import { KIND_LABELS } from './labels';
import { REFERRAL_KIND_VALUES } from './referral-form-values';

/** The three kinds of referral, each with the one line that tells them apart. */
export function KindChoice(props: {
  value: ReferralKind;
  onChange: (kind: ReferralKind) => void;
  error?: ReactNode;
  /** Why the kind cannot be changed here (a need decides it), when it cannot. */
  fixedBecause?: string;
}) {
  return (
    <Radio.Group
      label="Kind of referral"
      description={props.fixedBecause}
      required
      value={props.value}
      onChange={(value) => props.onChange(value as ReferralKind)}
      error={props.error}
    >
      <Stack gap="xs" mt="xs">
        {REFERRAL_KIND_VALUES.map((kind) => (
          <Radio
            key={kind}
            value={kind}
            label={KIND_LABELS[kind].label}
            description={KIND_LABELS[kind].explanation}
            disabled={!!props.fixedBecause && kind !== props.value}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
