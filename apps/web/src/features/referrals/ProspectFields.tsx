import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FieldProps } from './field-props';

/** Who the referral is for, what they need and how to reach them. */
export function ProspectFields({ field, internal }: { field: FieldProps; internal: boolean }) {
  return (
    <Stack>
      <Textarea
        label="What the prospect needs"
        description="What, how much and by when, in a few sentences. The receiver reads this first."
        required
        autosize
        minRows={3}
        {...field('what')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Prospect's name"
          description={internal ? 'Who at your co-op they should talk to.' : 'The person they should talk to.'}
          required
          autoComplete="off"
          {...field('prospect.name')}
        />
        <TextInput label="Organisation" autoComplete="off" {...field('prospect.organisation')} />
        <TextInput
          label="Prospect's email"
          type="email"
          description="An email address or a phone number at least."
          autoComplete="off"
          {...field('prospect.email')}
        />
        <TextInput label="Prospect's phone" type="tel" autoComplete="off" {...field('prospect.phone')} />
      </SimpleGrid>
    </Stack>
  );
}
