import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingFollowUpsQuery } from '../../gql/graphql';
import { referLink } from '../referrals/refer-link';

type FollowUp = NonNullable<MeetingFollowUpsQuery['meeting']>['followUps'][number];

/** A need in the words of the other co-op's category (what the form's categories hold), to start from. */
function needDraft(t: TFunction<'pitch-round'>, coop: FollowUp['coop']): Record<string, string> {
  const category = coop.categories[0];
  return category
    ? { title: t('followUps.needDraftCategory', { category: category.name }).slice(0, 120), category: category.code }
    : { title: t('followUps.needDraft', { coop: coop.name }).slice(0, 120) };
}

/** One follow-up and its next step. */
function FollowUpItem({ item, meetingId }: { item: FollowUp; meetingId: string }) {
  const { t } = useTranslation('pitch-round');
  const coop = item.coop;
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{t(`followUps.heading.${item.kind}`, { name: coop.name })}</Text>
          {item.kind === 'INTRODUCTION' && (
            <Badge color="teal" variant="light" style={{ flexShrink: 0 }}>
              {t('followUps.introduced')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {coop.provides}
        </Text>
        {item.kind === 'INTRODUCTION' && item.introduction?.contact && (
          <Text size="sm">
            {[item.introduction.contact.email, item.introduction.contact.phone].filter(Boolean).join(' · ') ||
              t('followUps.noContact')}
          </Text>
        )}
        <Group gap="xs">
          {item.kind === 'REFERRAL' &&
            (item.referral ? (
              <Button component={Link} to={`/referrals/${item.referral.id}`} size="xs" variant="light">
                {t('followUps.referralPassed')}
              </Button>
            ) : (
              <Button
                component={Link}
                size="xs"
                rightSection={<IconArrowRight size={14} />}
                {...referLink({ to: { id: coop.id, name: coop.name }, from: item.fromCoop?.id, meetingId })}
              >
                {t('followUps.passReferral')}
              </Button>
            ))}
          {item.kind === 'NEED' && item.fromCoop && (
            <Button
              component={Link}
              to={`/coops/${item.fromCoop.slug}/needs/new?${new URLSearchParams(needDraft(t, coop))}`}
              size="xs"
              rightSection={<IconArrowRight size={14} />}
            >
              {t('followUps.postNeed')}
            </Button>
          )}
          {item.kind === 'TALK' && (
            <Button component={Link} to={`/coops/${coop.slug}`} size="xs" variant="light">
              {t('followUps.introduceYourself')}
            </Button>
          )}
          <Anchor component={Link} to={`/coops/${coop.slug}`} size="sm">
            {t('followUps.profile', { coop: coop.name })}
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}

/** What to do after the round, from one's own taps: introductions first, then referrals, needs, talks. */
export function FollowUps({ items, meetingId }: { items: FollowUp[]; meetingId: string }) {
  const { t } = useTranslation('pitch-round');
  if (items.length === 0) {
    return <Text c="dimmed">{t('followUps.none')}</Text>;
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('followUps.listLabel')}>
      {items.map((item) => (
        <FollowUpItem key={`${item.kind}:${item.coop.id}:${item.fromCoop?.id ?? ''}`} item={item} meetingId={meetingId} />
      ))}
    </Stack>
  );
}
