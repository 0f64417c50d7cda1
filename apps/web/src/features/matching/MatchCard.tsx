import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, List, Progress, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmark, IconBookmarkFilled, IconSend, IconThumbDown } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FeedbackKind, MatchFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { referLink } from '../referrals/refer-link';
import { GiveMatchFeedbackMutation } from './graphql';
import { IntroduceButton } from './IntroduceButton';

/**
 * One match, read from either side: `title` says what fits (an offer, a profile, or a need) and
 * `otherCoop` who is behind it. Reasons come first because they are what makes a match worth
 * acting on; the score is shown as a bar, not a number to argue with.
 */
export function MatchCard(props: {
  match: MatchFieldsFragment;
  title: ReactNode;
  otherCoop: { slug: string; name: string };
  detail?: ReactNode;
  /**
   * On a match for the viewer's own need: pass the provider the need's business as an internal
   * referral, unless the co-op already passed them one for it (then a link to that referral).
   */
  referInternally?: { needId: string; passedReferralId?: string | null };
}) {
  const { match } = props;
  const { t } = useTranslation('matching');
  const [giveFeedback, { loading }] = useMutation(GiveMatchFeedbackMutation);
  const saved = match.viewerFeedback.includes('SAVED');
  const notRelevant = match.viewerFeedback.includes('NOT_RELEVANT');
  const referHintId = useId();
  const referHint = t('card.referHint', { coop: props.otherCoop.name });
  const fit = t('card.fit', { score: Math.round(match.score * 100) });

  const toggle = async (kind: FeedbackKind, given: boolean) => {
    try {
      const { data } = await giveFeedback({ variables: { input: { matchId: match.id, kind, given } } });
      const error = data?.giveMatchFeedback.errors[0];
      if (error) notifications.show({ color: 'red', message: error.message });
      else if (kind === 'NOT_RELEVANT' && given)
        notifications.show({ message: t('card.rankedLower', { coop: props.otherCoop.name }) });
    } catch (error) {
      notifications.show({ color: 'red', message: describeError(error) });
    }
  };

  return (
    <Card withBorder padding="md" component="article" aria-label={t('card.label', { coop: props.otherCoop.name })} opacity={notRelevant ? 0.6 : 1}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text fw={600}>{props.title}</Text>
            <Anchor component={Link} to={`/coops/${props.otherCoop.slug}`} size="sm">
              {props.otherCoop.name}
            </Anchor>
          </Stack>
          <Tooltip label={fit}>
            <Progress
              value={Math.min(100, Math.round(match.score * 100))}
              w={80}
              mt={6}
              aria-label={fit}
            />
          </Tooltip>
        </Group>
        {props.detail}
        <List size="sm" spacing={2} aria-label={t('card.why')}>
          {match.reasons.map((reason) => (
            <List.Item key={reason.kind}>{reason.text}</List.Item>
          ))}
        </List>
        <Group gap="xs" mt={4}>
          {match.viewerIntroduced ? (
            <Badge color="teal" variant="light">
              {t('card.introduced')}
            </Badge>
          ) : (
            <IntroduceButton matchId={match.id} to={props.otherCoop.name} />
          )}
          <Button
            size="xs"
            variant={saved ? 'light' : 'default'}
            leftSection={saved ? <IconBookmarkFilled size={14} /> : <IconBookmark size={14} />}
            aria-pressed={saved}
            disabled={loading}
            onClick={() => void toggle('SAVED', !saved)}
          >
            {saved ? t('card.saved') : t('card.save')}
          </Button>
          <Button
            size="xs"
            variant={notRelevant ? 'light' : 'subtle'}
            color="gray"
            leftSection={<IconThumbDown size={14} />}
            aria-pressed={notRelevant}
            disabled={loading}
            onClick={() => void toggle('NOT_RELEVANT', !notRelevant)}
          >
            {t('card.notRelevant')}
          </Button>
          {props.referInternally &&
            (props.referInternally.passedReferralId ? (
              <Button
                size="xs"
                variant="subtle"
                color="teal"
                component={Link}
                to={`/referrals/${props.referInternally.passedReferralId}`}
                leftSection={<IconSend size={14} />}
              >
                {t('card.referralPassed')}
              </Button>
            ) : (
              <Tooltip label={referHint} multiline w={300} withArrow events={{ hover: true, focus: true, touch: true }}>
                <Button
                  size="xs"
                  variant="subtle"
                  component={Link}
                  {...internalReferralLink(match.provider, props.referInternally.needId)}
                  leftSection={<IconSend size={14} />}
                  aria-describedby={referHintId}
                >
                  {t('card.passReferral')}
                </Button>
              </Tooltip>
            ))}
        </Group>
        {props.referInternally && !props.referInternally.passedReferralId && (
          <VisuallyHidden id={referHintId}>{referHint}</VisuallyHidden>
        )}
      </Stack>
    </Card>
  );
}

/** A link to pass the provider the need's business as an internal referral. */
function internalReferralLink(provider: MatchFieldsFragment['provider'], needId: string) {
  return referLink({ to: provider, needId, kind: 'INTERNAL' });
}
