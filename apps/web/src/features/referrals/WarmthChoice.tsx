import { Radio, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('referrals');
  const internal = props.kind === 'INTERNAL';
  return (
    <Radio.Group
      label={internal ? t('warmth.question.internal', { receiver: props.receiverName }) : t('warmth.question.external')}
      description={internal ? t('warmth.description.internal') : t('warmth.description.external')}
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
            label={`${level} · ${warmthChoiceLabel(t, level, props.kind, props.receiverName)}`}
            // So that a refused submit can point at the choice (the group itself takes no focus).
            aria-invalid={props.error ? true : undefined}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
