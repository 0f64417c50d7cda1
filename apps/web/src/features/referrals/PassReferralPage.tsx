import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { useViewer } from '../accounts/useViewer';
import { useIdempotencyKey } from '../postings/useIdempotencyKey';
import type { PickedCoop } from './CoopPicker';
import { PassReferralMutation, ReferralCoopQuery, ReferralNeedQuery } from './graphql';
import type { ReferLinkState } from './refer-link';
import { isReferralKind, kindFor, toPassReferralInput, type ReferralFormValues, type ReferralNeed } from './referral-form-values';
import { ReferralForm } from './ReferralForm';

const CachedCoopName = graphql(`
  fragment CachedCoopName on Coop {
    id
    name
  }
`);

/**
 * /referrals/new: pass a referral. ?to=<coopId> names the receiver, ?need=<needId> the need it
 * answers (its co-op is then the prospect), &kind=INTERNAL when the need is the giver's own;
 * ?from=<coopId> chooses which of the person's co-ops passes it. Every id resolves on its own, so
 * a link pasted into a new tab works as well as one followed in the app.
 */
export function PassReferralPage() {
  const { t } = useTranslation('referrals');
  return (
    <RequireSignIn reason={t('pass.signIn')}>
      <PassReferral />
    </RequireSignIn>
  );
}

function PassReferral() {
  const { t } = useTranslation('referrals');
  usePageTitle(t('pass.title'));
  const [params] = useSearchParams();
  const needId = params.get('need');
  const fromParam = params.get('from');
  const { viewer } = useViewer();
  const needQuery = useQuery(ReferralNeedQuery, { variables: { id: needId ?? '' }, skip: !needId });
  const receiverQuery = useReceiver(params.get('to'));

  if (!viewer) return null;
  if (viewer.memberships.length === 0) {
    return (
      <Stack align="flex-start" maw={640}>
        <Title order={1}>{t('pass.title')}</Title>
        <Text>{t('pass.noCoop')}</Text>
        <Button component={Link} to="/coops/new" leftSection={<IconPlus size={16} />}>
          {t('addCoop')}
        </Button>
      </Stack>
    );
  }
  if (needId && needQuery.loading && !needQuery.data) return <Loading label={t('pass.loadingNeed')} />;
  if (needId && needQuery.error) return <LoadError error={needQuery.error} onRetry={() => void needQuery.refetch()} />;
  if (receiverQuery.loading) return <Loading label={t('pass.loadingReceiver')} />;
  if (receiverQuery.error) return <LoadError error={receiverQuery.error} onRetry={receiverQuery.retry} />;
  const found = needQuery.data?.need;
  const need = found?.status === 'OPEN' ? found : null;
  const named = receiverQuery.receiver;
  // The API refuses a referral to a co-op the person belongs to: ask for another at once.
  const ownReceiver = named && viewer.memberships.some((m) => m.coop.id === named.id) ? named : null;
  const receiver = ownReceiver ? null : named;
  const unknownFrom = !!fromParam && !viewer.memberships.some((m) => m.coop.id === fromParam);

  return (
    <Stack maw={860} px={{ base: 'xs', sm: 0 }}>
      <Title order={1}>{t('pass.title')}</Title>
      <Text c="dimmed">{t('pass.intro')}</Text>
      {needId && !need && (
        <Alert color="orange" role="status">
          {t('pass.needGone')}
        </Alert>
      )}
      {receiverQuery.missing && (
        <Alert color="orange" role="status">
          {t('pass.receiverMissing')}
        </Alert>
      )}
      {ownReceiver && (
        <Alert color="orange" role="status">
          {t('pass.ownReceiver', { coop: ownReceiver.name })}
        </Alert>
      )}
      {unknownFrom && (
        <Alert color="orange" role="status">
          {t('pass.unknownFrom')}
        </Alert>
      )}
      <PassReferralForm
        key={`${need?.id ?? 'none'}:${receiver?.id ?? 'none'}`}
        need={need}
        receiver={receiver}
        fromParam={fromParam}
        kindParam={params.get('kind')}
        meetingId={params.get('meeting')}
      />
    </Stack>
  );
}

/**
 * The receiver named by ?to: its name from the link's state or from what the app already loaded
 * when it can, else asked of the API by id (a link pasted into a new tab has neither).
 */
function useReceiver(toId: string | null) {
  const location = useLocation();
  const client = useApolloClient();
  const fromLink = (location.state as ReferLinkState | null)?.receiver;
  let known: PickedCoop | null = null;
  if (toId && fromLink?.id === toId) known = fromLink;
  else if (toId) {
    const cached = client.readFragment({ fragment: CachedCoopName, id: client.cache.identify({ __typename: 'Coop', id: toId }) });
    if (cached) known = { id: cached.id, name: cached.name };
  }
  const query = useQuery(ReferralCoopQuery, { variables: { id: toId ?? '' }, skip: !toId || !!known });
  if (!toId) return { receiver: null, loading: false, error: null, missing: false, retry: () => undefined };
  if (known) return { receiver: known, loading: false, error: null, missing: false, retry: () => undefined };
  const coop = query.data?.coopById;
  return {
    receiver: coop ? { id: coop.id, name: coop.name } : null,
    loading: query.loading && !query.data,
    error: query.data ? null : (query.error ?? null),
    missing: !!query.data && !coop,
    retry: () => void query.refetch(),
  };
}

function PassReferralForm(props: {
  need: ReferralNeed | null;
  receiver: PickedCoop | null;
  fromParam: string | null;
  kindParam: string | null;
  /** The meeting whose "I have a referral" tap this comes of (the follow-up's link). */
  meetingId: string | null;
}) {
  const { need, receiver } = props;
  const { t } = useTranslation('referrals');
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const location = useLocation();
  const idempotencyKey = useIdempotencyKey();
  const [passReferral] = useMutation(PassReferralMutation, { refetchQueries: ['ReferralsGiven', 'CoopReferralLedger'] });
  if (!viewer) return null;

  const giverCoops = viewer.memberships.map((m) => m.coop);
  const ownNeed = need && giverCoops.some((c) => c.id === need.coop.id);
  const fromCoopId = ownNeed
    ? need.coop.id
    : (giverCoops.find((c) => c.id === props.fromParam) ?? (giverCoops.length === 1 ? giverCoops[0] : undefined))?.id ?? '';
  const kind = kindFor({ kind: isReferralKind(props.kindParam) ? props.kindParam : 'EXTERNAL', fromCoopId }, need);
  const viewerContact = { name: viewer.user.displayName, email: viewer.user.email ?? '' };
  const fromName = giverCoops.find((c) => c.id === fromCoopId)?.name ?? '';
  const initialValues: ReferralFormValues = {
    fromCoopId,
    toCoopId: receiver?.id ?? '',
    kind,
    what: need?.title ?? '',
    // For an internal referral the prospect is someone at the giver's co-op: usually the person
    // passing it. From someone else's need, the need's co-op is the organisation; who to talk to
    // there is left to the giver, who may know the person who posted it.
    prospect:
      kind === 'INTERNAL'
        ? { name: viewerContact.name, organisation: fromName, email: viewerContact.email, phone: '' }
        : { name: '', organisation: need?.coop.name ?? '', email: '', phone: '' },
    prospectKnows: false,
    warmth: '',
    estimatedValue: { amount: '', currency: 'GBP' },
    note: '',
  };

  return (
    <ReferralForm
      giverCoops={giverCoops}
      initialValues={initialValues}
      receiver={receiver}
      need={need}
      excludeReceivers={[...giverCoops.map((c) => c.id), ...(need ? [need.coop.id] : [])]}
      viewerContact={viewerContact}
      // A link opened in a new tab has nowhere to go back to.
      onCancel={() => void (location.key === 'default' ? navigate('/referrals') : navigate(-1))}
      onSubmit={async (values) => {
        const input = { ...toPassReferralInput(values, need), meetingId: props.meetingId };
        const { data } = await passReferral({ variables: { input, idempotencyKey: idempotencyKey(input) } });
        const referral = data?.passReferral.referral;
        if (referral) {
          notifications.show({ color: 'teal', message: t('pass.passed', { coop: referral.to.name }) });
          void navigate(`/referrals/${referral.id}`);
          return [];
        }
        return data?.passReferral.errors ?? [{ message: t('pass.notPassed') }];
      }}
    />
  );
}
