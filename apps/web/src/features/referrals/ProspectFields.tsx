import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ReferralKind } from '../../gql/graphql';
import type { FieldProps } from './field-props';

/** The heading of "what" for each kind: what the prospect needs, or how a tier-three contact helps. */
export function whatLabel(t: TFunction<'referrals'>, kind: ReferralKind, receiverName: string): string {
  if (kind === 'INTERNAL') return t('form.what.label.INTERNAL');
  if (kind === 'TIER_THREE') return t('form.what.label.TIER_THREE', { receiver: receiverName });
  return t('form.what.label.EXTERNAL');
}

/**
 * Who the referral is for, what they need and how to reach them. For an internal referral the
 * prospect is the giver's own co-op, so the fields ask for its contact person.
 */
export function ProspectFields(props: { field: FieldProps; kind: ReferralKind; receiverName: string; fromNeed: boolean }) {
  const { field, kind } = props;
  const { t } = useTranslation('referrals');
  const internal = kind === 'INTERNAL';
  const who = internal ? 'contact' : 'prospect';
  return (
    <Stack>
      <Textarea
        label={whatLabel(t, kind, props.receiverName)}
        description={kind === 'TIER_THREE' ? t('form.what.description.tierThree') : t('form.what.description.other')}
        required
        autosize
        minRows={3}
        {...field('what')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t(`form.person.${who}.name`)}
          description={
            internal
              ? t('form.person.nameHelp.internal', { receiver: props.receiverName })
              : props.fromNeed
                ? t('form.person.nameHelp.fromNeed')
                : t('form.person.nameHelp.external')
          }
          required
          autoComplete="off"
          {...field('prospect.name')}
        />
        <TextInput label={t('form.person.organisation')} autoComplete="off" {...field('prospect.organisation')} />
        <TextInput
          label={t(`form.person.${who}.email`)}
          type="email"
          description={t('form.person.emailHelp')}
          autoComplete="off"
          {...field('prospect.email')}
        />
        <TextInput label={t(`form.person.${who}.phone`)} type="tel" autoComplete="off" {...field('prospect.phone')} />
      </SimpleGrid>
    </Stack>
  );
}
