import { Anchor, Badge, Button, Card, Divider, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMapPin, IconPencil, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import type { CoopProfileFieldsFragment } from '../../gql/graphql';
import { ContactDetails } from './ContactDetails';
import { coopTypeLabel } from './labels';
import { countryName } from './country-name';

/**
 * The answers of a pitch. Each has a heading and, for members whose profile leaves it empty, what
 * to write with two examples (`coops:pitch.<field>`).
 */
type Field = 'provides' | 'whyBuy' | 'wantToTalkTo';
const EXAMPLES = ['example1', 'example2'] as const;

/**
 * An answer of the pitch. Left out when empty, for visitors (an imported co-op's register entry
 * has no "why buy" or "who we want to talk to"); its members see what to write instead.
 */
function Answer({ text, field, editHref }: { text: string; field: Field; editHref: string | null }) {
  const { t } = useTranslation('coops');
  const heading = t(`pitch.${field}.heading`);
  if (text.trim()) return <Section heading={heading}>{text}</Section>;
  if (!editHref) return null;
  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {heading}
      </Text>
      <Text size="sm">
        {t(`pitch.${field}.ask`)} {t('pitch.forExample')}
      </Text>
      <List size="sm" mt={4} mb="xs">
        {EXAMPLES.map((example) => (
          <List.Item key={example}>{t('pitch.quoted', { text: t(`pitch.${field}.${example}`) })}</List.Item>
        ))}
      </List>
      <Button component={Link} to={`${editHref}#coop-${field}`} size="xs" variant="light" leftSection={<IconPencil size={14} />}>
        {t('pitch.writeIt')}
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
  const { t } = useTranslation('coops');
  const { locale } = useFormat();
  const country = countryName(locale, coop.place.countryCode);
  const where = [coop.address, coop.place.name, coop.postcode, country].filter(Boolean).join(', ');
  return (
    <Card withBorder padding="lg" component="article" aria-label={t('pitch.label')}>
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
            {coopTypeLabel(coop.coopType, t)}
          </Badge>
          {coop.categories.map((c) => (
            <Badge key={c.code} variant="outline">
              {c.name}
            </Badge>
          ))}
          {coop.isDemo && (
            <Badge color="yellow" variant="light" title={t('pitch.demoTitle')}>
              {t('pitch.demo')}
            </Badge>
          )}
        </Group>
        <Answer text={coop.provides} field="provides" editHref={editHref} />
        <Answer text={coop.whyBuy} field="whyBuy" editHref={editHref} />
        <Answer text={coop.wantToTalkTo} field="wantToTalkTo" editHref={editHref} />
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
