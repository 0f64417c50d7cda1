import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { MeetingFollowUpsQuery } from '../../gql/graphql';
import { referLink } from '../referrals/refer-link';

type FollowUp = NonNullable<MeetingFollowUpsQuery['meeting']>['followUps'][number];

const HEADINGS: Record<FollowUp['kind'], (name: string) => string> = {
  INTRODUCTION: (name) => `You and ${name} both want to talk`,
  REFERRAL: (name) => `You have a referral for ${name}`,
  NEED: (name) => `You need what ${name} does`,
  TALK: (name) => `You would like to talk to ${name}`,
};

/** A need in the words of the other co-op's category (what the form's categories hold), to start from. */
function needDraft(coop: FollowUp['coop']): Record<string, string> {
  const category = coop.categories[0];
  return category ? { title: `Looking for: ${category.name}`.slice(0, 120), category: category.code } : { title: `Looking for what ${coop.name} does`.slice(0, 120) };
}

/** One follow-up and its next step. */
function FollowUpItem({ item, meetingId }: { item: FollowUp; meetingId: string }) {
  const coop = item.coop;
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{HEADINGS[item.kind](coop.name)}</Text>
          {item.kind === 'INTRODUCTION' && (
            <Badge color="teal" variant="light" style={{ flexShrink: 0 }}>
              Introduced
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {coop.provides}
        </Text>
        {item.kind === 'INTRODUCTION' && item.introduction?.contact && (
          <Text size="sm">
            {[item.introduction.contact.email, item.introduction.contact.phone].filter(Boolean).join(' · ') ||
              'They have not put contact details on their profile yet.'}
          </Text>
        )}
        <Group gap="xs">
          {item.kind === 'REFERRAL' &&
            (item.referral ? (
              <Button component={Link} to={`/referrals/${item.referral.id}`} size="xs" variant="light">
                Referral passed: see how it goes
              </Button>
            ) : (
              <Button
                component={Link}
                size="xs"
                rightSection={<IconArrowRight size={14} />}
                {...referLink({ to: { id: coop.id, name: coop.name }, from: item.fromCoop?.id, meetingId })}
              >
                Pass the referral
              </Button>
            ))}
          {item.kind === 'NEED' && item.fromCoop && (
            <Button
              component={Link}
              to={`/coops/${item.fromCoop.slug}/needs/new?${new URLSearchParams(needDraft(coop))}`}
              size="xs"
              rightSection={<IconArrowRight size={14} />}
            >
              Post a need
            </Button>
          )}
          {item.kind === 'TALK' && (
            <Button component={Link} to={`/coops/${coop.slug}`} size="xs" variant="light">
              Introduce yourself
            </Button>
          )}
          <Anchor component={Link} to={`/coops/${coop.slug}`} size="sm">
            {coop.name}’s profile
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}

/** What to do after the round, from one's own taps: introductions first, then referrals, needs, talks. */
export function FollowUps({ items, meetingId }: { items: FollowUp[]; meetingId: string }) {
  if (items.length === 0) {
    return <Text c="dimmed">Nothing to follow up: you did not tap any pitch, and nobody asked to talk to your co-op both ways.</Text>;
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Your follow-ups">
      {items.map((item) => (
        <FollowUpItem key={`${item.kind}:${item.coop.id}:${item.fromCoop?.id ?? ''}`} item={item} meetingId={meetingId} />
      ))}
    </Stack>
  );
}
