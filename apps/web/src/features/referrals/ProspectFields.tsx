import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { ReferralKind } from '../../gql/graphql';
import type { FieldProps } from './field-props';

/** The heading of "what" for each kind: what the prospect needs, or how a tier-three contact helps. */
export function whatLabel(kind: ReferralKind, receiverName: string): string {
  if (kind === 'INTERNAL') return 'What your co-op needs';
  if (kind === 'TIER_THREE') return `How they can help ${receiverName}`;
  return 'What the prospect needs';
}

/**
 * Who the referral is for, what they need and how to reach them. For an internal referral the
 * prospect is the giver's own co-op, so the fields ask for its contact person.
 */
export function ProspectFields(props: { field: FieldProps; kind: ReferralKind; receiverName: string; fromNeed: boolean }) {
  const { field, kind } = props;
  const internal = kind === 'INTERNAL';
  const who = internal ? "Contact's" : "Prospect's";
  return (
    <Stack>
      <Textarea
        label={whatLabel(kind, props.receiverName)}
        description={
          kind === 'TIER_THREE'
            ? 'What they supply, fund or offer, and why it matters to them. The receiver reads this first.'
            : 'What, how much and by when, in a few sentences. The receiver reads this first.'
        }
        required
        autosize
        minRows={3}
        {...field('what')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={`${who} name`}
          description={
            internal
              ? `Who at your co-op ${props.receiverName} should talk to.`
              : props.fromNeed
                ? 'The person who posted the need, if you know them.'
                : 'The person they should talk to.'
          }
          required
          autoComplete="off"
          {...field('prospect.name')}
        />
        <TextInput label="Organisation" autoComplete="off" {...field('prospect.organisation')} />
        <TextInput
          label={`${who} email`}
          type="email"
          description="An email address or a phone number at least."
          autoComplete="off"
          {...field('prospect.email')}
        />
        <TextInput label={`${who} phone`} type="tel" autoComplete="off" {...field('prospect.phone')} />
      </SimpleGrid>
    </Stack>
  );
}
