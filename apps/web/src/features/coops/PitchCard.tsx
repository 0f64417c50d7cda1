import { Anchor, Badge, Button, Card, Divider, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMapPin, IconPencil, IconWorld } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { CoopProfileFieldsFragment } from '../../gql/graphql';
import { ContactDetails } from './ContactDetails';
import { coopTypeLabel } from './labels';

/** What to write for each answer, for members whose profile leaves one empty. */
const PROMPTS = {
  provides: {
    ask: 'Say what your co-op provides, so that people searching find you.',
    examples: ['Bookkeeping, payroll and year-end accounts for co-ops and charities.', 'Organic veg boxes delivered weekly across Leeds.'],
  },
  whyBuy: {
    ask: 'Say why people should buy from you: the line a member would say in a 60-second pitch.',
    examples: ['Worker-owned: the person you speak to owns the business.', 'Fixed prices, and 10% off for other co-ops.'],
  },
  wantToTalkTo: {
    ask: 'Say who you want to talk to, so that other co-ops can pass you business.',
    examples: ['Housing co-ops planning repairs or retrofit.', 'Designers who need a reliable ethical printer.'],
  },
} as const;

/**
 * An answer of the pitch. Left out when empty, for visitors (an imported co-op's register entry
 * has no "why buy" or "who we want to talk to"); its members see what to write instead.
 */
function Answer({ heading, text, field, editHref }: { heading: string; text: string; field: keyof typeof PROMPTS; editHref: string | null }) {
  if (text.trim()) return <Section heading={heading}>{text}</Section>;
  if (!editHref) return null;
  const prompt = PROMPTS[field];
  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {heading}
      </Text>
      <Text size="sm">{prompt.ask} For example:</Text>
      <List size="sm" mt={4} mb="xs">
        {prompt.examples.map((example) => (
          <List.Item key={example}>“{example}”</List.Item>
        ))}
      </List>
      <Button component={Link} to={`${editHref}#coop-${field}`} size="xs" variant="light" leftSection={<IconPencil size={14} />}>
        Write it
      </Button>
    </Paper>
  );
}

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

/**
 * The 60-second pitch: who, where, what, why, and who they want to meet. `editHref` (the edit
 * page, for people who may edit it) turns empty answers into prompts.
 */
export function PitchCard({ coop, editHref = null }: { coop: CoopProfileFieldsFragment; editHref?: string | null }) {
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
        <Answer heading="What we provide" text={coop.provides} field="provides" editHref={editHref} />
        <Answer heading="Why buy from us" text={coop.whyBuy} field="whyBuy" editHref={editHref} />
        <Answer heading="Who we want to talk to" text={coop.wantToTalkTo} field="wantToTalkTo" editHref={editHref} />
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
