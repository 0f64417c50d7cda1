import { Button, Group, Input, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('referrals');
  const [choosing, setChoosing] = useState(!props.prefilled);
  if (props.prefilled && !choosing && props.value === props.prefilled.id) {
    return (
      <Input.Wrapper label={t('form.receiver.label')} error={props.error}>
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
            {t('form.receiver.another')}
          </Button>
        </Group>
      </Input.Wrapper>
    );
  }
  return (
    <CoopPicker
      label={t('form.receiver.label')}
      description={t('form.receiver.description')}
      placeholder={t('picker.placeholder')}
      required
      value={props.value}
      error={props.error}
      exclude={props.exclude}
      onChange={props.onChange}
      onPick={props.onPick}
    />
  );
}
