import { useQuery } from '@apollo/client/react';
import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useFormat } from '../../i18n/useFormat';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { useViewer } from '../accounts/useViewer';
import { MatchCard } from '../matching/MatchCard';
import { NeedReferralsPassedQuery } from '../referrals/graphql';
import { NeedRecommendations } from '../referrals/NeedRecommendations';
import { referLink } from '../referrals/refer-link';
import { CloseNeedButton } from './CloseNeedButton';
import { FulfilmentClaim } from './FulfilmentClaim';
import { NeedPageQuery } from './graphql';
import { formatBudget } from './labels';
import { ModerationBar } from '../moderation/ModerationBar';
import { PostingHeader } from './PostingHeader';
import { usePollUntilMatched } from './usePollUntilMatched';

const MATCHES_SHOWN = 25;

/** /needs/:id: the need for everyone; its ranked matches and actions for its co-op's members. */
export function NeedPage() {
  const { id = '' } = useParams();
  const query = useQuery(NeedPageQuery, { variables: { id, matches: MATCHES_SHOWN } });
  const { data, loading, error, refetch } = query;
  const need = data?.need;
  const { viewer } = useViewer();
  // Every namespace this page's parts use, loaded together: one wait, not a page that flashes
  // back to its loader when a part from another feature first draws.
  useTranslation(['postings', 'matching', 'referrals', 'moderation']);
  const { t } = useTranslation('postings');
  const { locale } = useFormat();
  usePageTitle(need?.title);
  usePollUntilMatched(!!need && need.viewerCanEdit && need.status === 'OPEN' && !need.matchedAt, query);
  // Referrals the need's co-op already passed for it, so that a match it passed one to is not offered again.
  const passed = useQuery(NeedReferralsPassedQuery, {
    variables: { slug: need?.coop.slug ?? '' },
    skip: !need?.matches || need.status !== 'OPEN',
    fetchPolicy: 'cache-and-network',
  });
  const passedTo = new Map(
    (passed.data?.coop?.referralsGiven?.edges ?? []).filter(({ node }) => node.need?.id === id).map(({ node }) => [node.to.id, node.id]),
  );

  if (loading && !data) return <Loading label={t('loading.need')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!need) return <NotFoundPage what="need" />;
  const open = need.status === 'OPEN';
  // Someone outside the need's co-op may know a co-op that can meet it, and say so as a referral.
  const canRecommend = open && !!viewer && !viewer.memberships.some((m) => m.coop.id === need.coop.id);

  return (
    <Stack gap="xl" maw={860}>
      <ModerationBar kind="NEED" id={need.id} name={need.title} isMember={need.viewerCanEdit} />
      <PostingHeader
        posting={need}
        kindLabel={t('kind.need')}
        actions={
          need.viewerCanEdit && open ? (
            <Group gap="xs">
              <Button component={Link} to={`/needs/${need.id}/edit`} variant="light" leftSection={<IconPencil size={16} />}>
                {t('actions.edit')}
              </Button>
              <CloseNeedButton needId={need.id} candidates={uniqueProviders(need.matches ?? [])} />
            </Group>
          ) : (
            canRecommend && (
              <Button component={Link} {...referLink({ needId: need.id })} leftSection={<IconSend size={16} />}>
                {t('needPage.recommend')}
              </Button>
            )
          )
        }
      >
        {(need.budget || need.preferredCoopType) && (
          <Text size="sm">
            {[
              need.budget && t('needPage.budget', { amount: formatBudget(locale, need.budget) }),
              need.preferredCoopType && t(`needPage.ratherDealWith.${need.preferredCoopType}`),
            ]
              .filter(Boolean)
              .join(' ')}
          </Text>
        )}
        {need.status === 'FULFILLED' && <FulfilmentClaim need={need} owner={need.coop} fulfilledBy={need.fulfilledBy} />}
      </PostingHeader>

      {need.recommendations && <NeedRecommendations recommendations={need.recommendations} />}

      {need.matches && open && (
        <Stack gap="sm" component="section" aria-labelledby="matches-heading">
          <Title order={2} id="matches-heading">
            {t('needPage.matchesHeading')}
          </Title>
          {!need.matchedAt ? (
            <Group gap="xs" role="status">
              <Loader size="sm" />
              <Text>{t('needPage.matching')}</Text>
            </Group>
          ) : need.matches.length === 0 ? (
            <Text c="dimmed">{t('needPage.noMatches')}</Text>
          ) : (
            need.matches.map((match) => (
              <MatchCard
                key={match.id}
                match={match}
                otherCoop={match.provider}
                referInternally={{ needId: need.id, passedReferralId: passedTo.get(match.provider.id) ?? null }}
                title={match.offer ? match.offer.title : t('fromProfile', { coop: match.provider.name })}
                detail={match.offer?.coopTerms && <Text size="sm">{t('terms', { terms: match.offer.coopTerms })}</Text>}
              />
            ))
          )}
        </Stack>
      )}
    </Stack>
  );
}

function uniqueProviders(matches: readonly { provider: { id: string; name: string } }[]) {
  return [...new Map(matches.map((m) => [m.provider.id, m.provider])).values()];
}
