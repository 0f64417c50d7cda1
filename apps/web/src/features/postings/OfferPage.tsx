import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { describeError } from '../../lib/errors';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { MatchCard } from '../matching/MatchCard';
import { OfferPageQuery, WithdrawOfferMutation } from './graphql';
import { describeArea } from './labels';
import { ModerationBar } from '../moderation/ModerationBar';
import { PostingHeader } from './PostingHeader';
import { usePollUntilMatched } from './usePollUntilMatched';

const MATCHES_SHOWN = 25;

/** /offers/:id: the offer for everyone; the open needs it fits for its co-op's members. */
export function OfferPage() {
  const { id = '' } = useParams();
  const query = useQuery(OfferPageQuery, { variables: { id, matches: MATCHES_SHOWN } });
  const { data, loading, error, refetch } = query;
  const [withdraw, { loading: withdrawing }] = useMutation(WithdrawOfferMutation, { refetchQueries: ['OffersList'] });
  const offer = data?.offer;
  // Every namespace this page's parts use, loaded together: one wait, not a page that flashes
  // back to its loader when a part from another feature first draws.
  useTranslation(['postings', 'matching', 'moderation']);
  const { t } = useTranslation('postings');
  usePageTitle(offer?.title);
  usePollUntilMatched(!!offer && offer.viewerCanEdit && offer.status === 'OPEN' && !offer.matchedAt, query);

  if (loading && !data) return <Loading label={t('loading.offer')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!offer) return <NotFoundPage what="offer" />;
  const open = offer.status === 'OPEN';

  const onWithdraw = async () => {
    try {
      const { data: result } = await withdraw({ variables: { id: offer.id } });
      const problem = result?.withdrawOffer.errors[0];
      notifications.show(problem ? { color: 'red', message: problem.message } : { color: 'teal', message: t('offerPage.withdrawn') });
    } catch (e) {
      notifications.show({ color: 'red', message: describeError(e) });
    }
  };

  return (
    <Stack gap="xl" maw={860}>
      <ModerationBar kind="OFFER" id={offer.id} name={offer.title} isMember={offer.viewerCanEdit} />
      <PostingHeader
        posting={offer}
        kindLabel={t('kind.offer')}
        actions={
          offer.viewerCanEdit &&
          open && (
            <Group gap="xs">
              <Button component={Link} to={`/offers/${offer.id}/edit`} variant="light" leftSection={<IconPencil size={16} />}>
                {t('actions.edit')}
              </Button>
              <Button variant="default" loading={withdrawing} onClick={() => void onWithdraw()}>
                {t('offerPage.withdraw')}
              </Button>
            </Group>
          )
        }
      >
        {offer.coopTerms && <Text size="sm">{t('terms', { terms: offer.coopTerms })}</Text>}
      </PostingHeader>

      {offer.matches && open && (
        <Stack gap="sm" component="section" aria-labelledby="matches-heading">
          <Title order={2} id="matches-heading">
            {t('offerPage.matchesHeading')}
          </Title>
          {!offer.matchedAt ? (
            <Group gap="xs" role="status">
              <Loader size="sm" />
              <Text>{t('offerPage.matching')}</Text>
            </Group>
          ) : offer.matches.length === 0 ? (
            <Text c="dimmed">{t('offerPage.noMatches')}</Text>
          ) : (
            offer.matches.map((match) => (
              <MatchCard
                key={match.id}
                match={match}
                otherCoop={match.need.coop}
                title={<Link to={`/needs/${match.need.id}`}>{match.need.title}</Link>}
                detail={<Text size="sm" c="dimmed">{describeArea(t, match.need.area)}</Text>}
              />
            ))
          )}
        </Stack>
      )}
    </Stack>
  );
}
