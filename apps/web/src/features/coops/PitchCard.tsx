import { Anchor, Badge, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconMapPin, IconWorld } from '@tabler/icons-react';
import type { CoopProfileFieldsFragment } from '../../gql/graphql';
import { ContactDetails } from './ContactDetails';
import { coopTypeLabel } from './labels';

function Section({ heading, children }: { heading: string; children: string }) {
  return (
    <div>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {heading}
      </Text>
      <Text style={{ whiteSpace: 'pre-line' }}>{children}</Text>
    </div>
  );
}

/** The 60-second pitch: who, where, what, why, and who they want to meet. */
export function PitchCard({ coop }: { coop: CoopProfileFieldsFragment }) {
  const where = [coop.address, coop.place.name, coop.postcode, coop.place.countryName].filter(Boolean).join(', ');
  return (
    <Card withBorder padding="lg" component="article" aria-label="Pitch">
      <Stack gap="md">
        <div>
          <Title order={1}>{coop.name}</Title>
          <Group gap={4} c="dimmed" mt={4} wrap="nowrap">
            <IconMapPin size={16} aria-hidden />
            <Text>{where}</Text>
          </Group>
        </div>
        <Group gap={6}>
          <Badge variant="light" color="gray">
            {coopTypeLabel(coop.coopType)}
          </Badge>
          {coop.categories.map((c) => (
            <Badge key={c.code} variant="outline">
              {c.name}
            </Badge>
          ))}
          {coop.isDemo && (
            <Badge color="yellow" variant="light" title="Generated demo data, not a real co-op">
              Demo
            </Badge>
          )}
        </Group>
        <Section heading="What we provide">{coop.provides}</Section>
        <Section heading="Why buy from us">{coop.whyBuy}</Section>
        <Section heading="Who we want to talk to">{coop.wantToTalkTo}</Section>
        {(coop.website || coop.hasContactDetails || coop.contactEmail || coop.contactPhone) && (
          <>
            <Divider />
            <Group gap="lg" align="flex-start">
              {coop.website && (
                <Group gap={4} wrap="nowrap">
                  <IconWorld size={16} aria-hidden />
                  <Anchor href={coop.website} target="_blank" rel="noopener noreferrer">
                    {coop.website.replace(/^https?:\/\//, '')}
                  </Anchor>
                </Group>
              )}
              <ContactDetails coop={coop} />
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
