import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { DigestFrequency, NotificationFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { describeError } from '../../lib/errors';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { FulfilmentAnswer } from '../postings/FulfilmentClaim';
import { InboxQuery, MarkNotificationsReadMutation, UpdateNotificationPreferencesMutation } from './graphql';

const PAGE_SIZE = 30;
const TIME: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
const DIGESTS: DigestFrequency[] = ['DAILY', 'WEEKLY', 'NEVER'];

/** /inbox (?unread=1 for unread only): matches, introductions, fulfilment claims, referrals and thanks for the person's co-ops. */
export function InboxPage() {
  return (
    <RequireSignIn>
      <Inbox />
    </RequireSignIn>
  );
}

function Inbox() {
  // Every namespace this page's parts use, loaded together: one wait, not a page that flashes
  // back to its loader when a part from another feature first draws.
  useTranslation(['inbox', 'postings']);
  const { t } = useTranslation('inbox');
  usePageTitle(t('page.title'));
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === '1';
  const { data, loading, error, refetch, fetchMore } = useQuery(InboxQuery, {
    variables: { first: PAGE_SIZE, after: null, unreadOnly },
  });
  const [markRead] = useMutation(MarkNotificationsReadMutation, { refetchQueries: ['Inbox', 'UnreadCount', 'ForYou'] });
  const [setPreferences] = useMutation(UpdateNotificationPreferencesMutation);
  const inbox = data?.notifications;

  const mark = async (ids?: string[]) => {
    try {
      await markRead({ variables: { input: { ids: ids ?? null } } });
    } catch (e) {
      notifications.show({ color: 'red', message: describeError(e) });
    }
  };

  const onDigestChange = async (value: string | null) => {
    if (!value) return;
    try {
      const { data: result } = await setPreferences({ variables: { input: { emailDigest: value as DigestFrequency } } });
      const problem = result?.updateNotificationPreferences.errors[0];
      notifications.show(problem ? { color: 'red', message: problem.message } : { color: 'teal', message: t('page.digest.saved') });
    } catch (e) {
      notifications.show({ color: 'red', message: describeError(e) });
    }
  };

  return (
    <Stack gap="md" maw={860} px={{ base: 'xs', sm: 0 }}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('page.title')}</Title>
          <Text c="dimmed" aria-live="polite">
            {inbox ? t('page.unread', { count: inbox.unreadCount }) : t('page.intro')}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <SegmentedControl
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(v) => setParams(v === 'unread' ? { unread: '1' } : {})}
            data={[
              { value: 'all', label: t('page.showAll') },
              { value: 'unread', label: t('page.showUnread') },
            ]}
            aria-label={t('page.showWhich')}
          />
          <Button variant="light" disabled={!inbox?.unreadCount} onClick={() => void mark()}>
            {t('page.markAllRead')}
          </Button>
        </Group>
      </Group>

      {loading && !data && <Loading label={t('page.loading')} />}
      {error && !data && <LoadError error={error} onRetry={() => void refetch()} />}
      {inbox && inbox.edges.length === 0 && (
        <Text c="dimmed" py="lg">
          {unreadOnly ? t('page.nothingUnread') : t('page.empty')}
        </Text>
      )}
      {inbox && inbox.edges.length > 0 && (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('page.items')}>
          {inbox.edges.map(({ node }) => (
            <li key={node.id}>
              <InboxItem item={node} onOpen={() => !node.readAt && void mark([node.id])} />
            </li>
          ))}
        </Stack>
      )}
      {inbox?.pageInfo.hasNextPage && (
        <Button
          variant="subtle"
          onClick={() =>
            void fetchMore({
              variables: { after: inbox.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                ...fetchMoreResult,
                notifications: fetchMoreResult.notifications && previous.notifications && {
                  ...fetchMoreResult.notifications,
                  edges: [...previous.notifications.edges, ...fetchMoreResult.notifications.edges],
                },
              }),
            })
          }
        >
          {t('page.showOlder')}
        </Button>
      )}

      {data?.viewer && (
        <Select
          label={t('page.digest.label')}
          description={t('page.digest.description')}
          maw={280}
          allowDeselect={false}
          value={data.viewer.notificationPreferences.emailDigest}
          onChange={(v) => void onDigestChange(v)}
          data={DIGESTS.map((value) => ({ value, label: t(`page.digest.${value}`) }))}
        />
      )}
    </Stack>
  );
}

type KindTag = 'referral' | 'referralUpdate' | 'reminder' | 'recommendation' | 'thanks' | 'council' | 'meeting' | 'visitor' | 'claim';

/** Referral items say what they are (`item.tag.<tag>`); the summary says who and what happened. */
const KIND_TAGS: Partial<Record<NotificationFieldsFragment['kind'], KindTag>> = {
  REFERRAL_RECEIVED: 'referral',
  REFERRAL_MOVED: 'referralUpdate',
  REFERRAL_REMINDER: 'reminder',
  REFERRAL_FOR_NEED: 'recommendation',
  THANKS_RECEIVED: 'thanks',
  COUNCIL_INVITATION: 'council',
  COUNCIL_REQUEST: 'council',
  COUNCIL_JOINED: 'council',
  MEETING_SCHEDULED: 'meeting',
  MEETING_CHANGED: 'meeting',
  MEETING_REMINDER: 'meeting',
  VISITOR_REQUEST: 'visitor',
  VISITOR_ANSWERED: 'meeting',
  CLAIM_APPROVED: 'claim',
  CLAIM_REJECTED: 'claim',
  CLAIM_CLOSED: 'claim',
};

function itemLink(item: NotificationFieldsFragment): string | null {
  if (item.kind === 'MATCH_FOR_NEED' && item.need) return `/needs/${item.need.id}`;
  // The need's co-op is told who was recommended, not shown the referral: its link is the need's
  // list of recommendations.
  if (item.kind === 'REFERRAL_FOR_NEED') return item.need ? `/needs/${item.need.id}#recommendations` : null;
  if (item.referral) return `/referrals/${item.referral.id}`;
  if (item.claim) return item.kind === 'CLAIM_APPROVED' && item.coop ? `/coops/${item.coop.slug}` : `/claims/${item.claim.id}`;
  if (item.meeting) return `/meetings/${item.meeting.id}`;
  if (item.kind === 'COUNCIL_REQUEST' && item.council) return `/councils/${item.council.slug}?tab=requests`;
  if (item.council) return `/councils/${item.council.slug}`;
  const coop = item.coop;
  if (!coop) return null;
  if (item.kind === 'THANKS_RECEIVED') return `/coops/${coop.slug}/referrals?tab=thanks`;
  if (item.kind.startsWith('REFERRAL_')) return `/coops/${coop.slug}/referrals`;
  if (item.kind === 'NEED_FOR_PROVIDER') {
    return item.match?.offer ? `/offers/${item.match.offer.id}` : `/for-you?coop=${encodeURIComponent(coop.slug)}`;
  }
  if (item.need) return `/needs/${item.need.id}`;
  return null;
}

/** A claim that the reader's co-op met a need: Confirm / Reject while open, else the answer given. */
function ClaimAnswer({ need, mine }: { need: NonNullable<NotificationFieldsFragment['need']>; mine: string }) {
  const { t } = useTranslation('inbox');
  if (need.viewerCanAnswerFulfilment) return <FulfilmentAnswer needId={need.id} owner={need.coop.name} mine={mine} />;
  return (
    <Text size="sm" c="dimmed">
      {need.fulfilmentStatus ? t(`item.fulfilment.${need.fulfilmentStatus}`) : null}
    </Text>
  );
}

function InboxItem({ item, onOpen }: { item: NotificationFieldsFragment; onOpen: () => void }) {
  const { t } = useTranslation('inbox');
  const { formatDate } = useFormat();
  const link = itemLink(item);
  const tag = KIND_TAGS[item.kind];
  const from = item.introduction?.from;
  const contact = item.introduction?.contact;
  return (
    <Card withBorder padding="sm" bg={item.readAt ? undefined : 'var(--mantine-color-teal-light)'}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap">
            {!item.readAt && (
              <Badge size="xs" color="red" variant="filled" aria-label={t('item.unread')}>
                {t('item.new')}
              </Badge>
            )}
            {link ? (
              <Anchor component={Link} to={link} onClick={onOpen} fw={item.readAt ? 400 : 600} c="inherit">
                {item.summary}
              </Anchor>
            ) : (
              <Text fw={item.readAt ? 400 : 600}>{item.summary}</Text>
            )}
          </Group>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatDate(item.createdAt, TIME)}
          </Text>
        </Group>
        <Group gap="xs">
          {tag && (
            <Badge size="xs" variant="light" color={item.kind === 'THANKS_RECEIVED' ? 'teal' : 'blue'}>
              {t(`item.tag.${tag}`)}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {item.coop ? t('item.forCoop', { name: item.coop.name }) : item.council ? t('item.asOrganiser', { name: item.council.name }) : null}
          </Text>
        </Group>
        {item.kind === 'FULFILMENT_CLAIMED' && item.need && <ClaimAnswer need={item.need} mine={item.coop?.name ?? t('item.yourCoop')} />}
        {item.introduction && (
          <Stack gap={2} mt={4}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {t('item.quoted', { text: item.introduction.message })}
            </Text>
            {from && (
              <Text size="sm">
                <Anchor component={Link} to={`/coops/${from.slug}`}>
                  {from.name}
                </Anchor>
                {contact?.email && (
                  <>
                    {' · '}
                    <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
                  </>
                )}
                {contact?.phone && <> · {contact.phone}</>}
              </Text>
            )}
            {!item.readAt && (
              <Button size="xs" variant="subtle" w="fit-content" onClick={onOpen}>
                {t('item.markRead')}
              </Button>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
