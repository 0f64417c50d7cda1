import { Radio, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralKind } from '../../gql/graphql';
import { REFERRAL_KIND_VALUES } from './referral-form-values';

/** The three kinds of referral, each with the one line that tells them apart. */
export function KindChoice(props: {
  value: ReferralKind;
  onChange: (kind: ReferralKind) => void;
  error?: ReactNode;
  /** Why the kind cannot be changed here (a need decides it), when it cannot. */
  fixedBecause?: string;
}) {
  const { t } = useTranslation('referrals');
  return (
    <Radio.Group
      label={t('form.kind')}
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
            label={t(`kind.${kind}.label`)}
            description={t(`kind.${kind}.explanation`)}
            disabled={!!props.fixedBecause && kind !== props.value}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
