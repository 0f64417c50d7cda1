import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PitchRoundFieldsFragment } from '../../gql/graphql';

type Card = NonNullable<PitchRoundFieldsFragment['current']>;

function Answer({ label, text, size }: { label: string; text: string; size: 'projector' | 'phone' }) {
  if (!text.trim()) return null;
  return (
    <div>
      <Text size={size === 'projector' ? 'md' : 'xs'} tt="uppercase" fw={700} c="dimmed">
        {label}
      </Text>
      <Text fz={size === 'projector' ? 'clamp(1.2rem, 2.2vw, 2rem)' : 'md'} lh={1.35} style={{ whiteSpace: 'pre-line' }}>
        {text}
      </Text>
    </div>
  );
}

/**
 * The co-op pitching: its five answers (name, where, what, why, who), categories and open needs.
 * Large type on the facilitator's projector; compact on an attendee's phone.
 */
export function RoundPitchCard({ card, size }: { card: Card; size: 'projector' | 'phone' }) {
  const { t } = useTranslation('pitch-round');
  return (
    <Stack gap={size === 'projector' ? 'lg' : 'sm'} aria-live="polite" aria-label={t('card.pitchingNow', { name: card.name })}>
      <div>
        <Title order={2} fz={size === 'projector' ? 'clamp(2rem, 4.5vw, 4rem)' : 'h2'} lh={1.1}>
          {card.name}
        </Title>
        <Group gap={4} c="dimmed" mt={4} wrap="nowrap">
          <IconMapPin size={size === 'projector' ? 24 : 16} aria-hidden />
          <Text fz={size === 'projector' ? 'xl' : 'sm'}>{card.place}</Text>
        </Group>
      </div>
      {card.categories.length > 0 && (
        <Group gap={6}>
          {card.categories.map((c) => (
            <Badge key={c} variant="outline" size={size === 'projector' ? 'lg' : 'sm'}>
              {c}
            </Badge>
          ))}
        </Group>
      )}
      <Answer label={t('card.provides')} text={card.provides} size={size} />
      <Answer label={t('card.whyBuy')} text={card.whyBuy} size={size} />
      <Answer label={t('card.wantToTalkTo')} text={card.wantToTalkTo} size={size} />
      {card.openNeeds.length > 0 && (
        <div>
          <Text size={size === 'projector' ? 'md' : 'xs'} tt="uppercase" fw={700} c="dimmed">
            {t('card.lookingFor')}
          </Text>
          <List fz={size === 'projector' ? 'xl' : 'sm'}>
            {card.openNeeds.map((n) => (
              <List.Item key={n.id}>{n.title}</List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
