import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { useViewer } from '../accounts/useViewer';
import { useIdempotencyKey } from '../postings/useIdempotencyKey';
import type { PickedCoop } from './CoopPicker';
import { PassReferralMutation, ReferralNeedQuery } from './graphql';
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
 * ?from=<coopId> chooses which of the person's co-ops passes it.
 */
export function PassReferralPage() {
  return (
    <RequireSignIn>
      <PassReferral />
    </RequireSignIn>
  );
}

function PassReferral() {
  usePageTitle('Pass a referral');
  const [params] = useSearchParams();
  const needId = params.get('need');
  const { viewer } = useViewer();
  const needQuery = useQuery(ReferralNeedQuery, { variables: { id: needId ?? '' }, skip: !needId });
  const receiver = useReceiver(params.get('to'));

  if (!viewer) return null;
  if (viewer.memberships.length === 0) {
    return (
      <Stack align="flex-start" maw={640}>
        <Title order={1}>Pass a referral</Title>
        <Text>Referrals pass from one co-op to another. Add your co-op first, or ask a colleague to invite you to it.</Text>
        <Button component={Link} to="/coops/new" leftSection={<IconPlus size={16} />}>
          Add your co-op
        </Button>
      </Stack>
    );
  }
  if (needId && needQuery.loading && !needQuery.data) return <Loading label="Loading the need…" />;
  if (needId && needQuery.error) return <LoadError error={needQuery.error} onRetry={() => void needQuery.refetch()} />;
  const found = needQuery.data?.need;
  const need = found?.status === 'OPEN' ? found : null;

  return (
    <Stack maw={860} px={{ base: 'xs', sm: 0 }}>
      <Title order={1}>Pass a referral</Title>
      <Text c="dimmed">
        Send business to another co-op: someone who needs what they provide and knows they will be in touch. The receiver
        accepts it, and both co-ops see how it goes.
      </Text>
      {needId && !need && (
        <Alert color="orange" role="status">
          That need is closed or no longer there, so this referral will not be linked to it.
        </Alert>
      )}
      <PassReferralForm
        key={need?.id ?? 'none'}
        need={need}
        receiver={receiver}
        fromParam={params.get('from')}
        kindParam={params.get('kind')}
      />
    </Stack>
  );
}

/** The receiver named by ?to: its name from the link's state, else from what the app already loaded. */
function useReceiver(toId: string | null): PickedCoop | null {
  const location = useLocation();
  const client = useApolloClient();
  if (!toId) return null;
  const fromLink = (location.state as ReferLinkState | null)?.receiver;
  if (fromLink?.id === toId) return fromLink;
  const cached = client.readFragment({ fragment: CachedCoopName, id: client.cache.identify({ __typename: 'Coop', id: toId }) });
  // A link from outside the app names no co-op the page can show: the form asks for it again.
  return cached ? { id: cached.id, name: cached.name } : null;
}

function PassReferralForm(props: { need: ReferralNeed | null; receiver: PickedCoop | null; fromParam: string | null; kindParam: string | null }) {
  const { need, receiver } = props;
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const idempotencyKey = useIdempotencyKey();
  const [passReferral] = useMutation(PassReferralMutation, { refetchQueries: ['ReferralsGiven', 'CoopReferralLedger'] });
  if (!viewer) return null;

  const giverCoops = viewer.memberships.map((m) => m.coop).filter((c) => c.id !== receiver?.id);
  if (giverCoops.length === 0) {
    return (
      <Alert color="orange" role="alert">
        {receiver?.name} is your own co-op. Referrals pass business from your co-op to another one.
      </Alert>
    );
  }
  const ownNeed = need && giverCoops.some((c) => c.id === need.coop.id);
  const fromCoopId = ownNeed
    ? need.coop.id
    : (giverCoops.find((c) => c.id === props.fromParam) ?? (giverCoops.length === 1 ? giverCoops[0] : undefined))?.id ?? '';
  const kind = kindFor({ kind: isReferralKind(props.kindParam) ? props.kindParam : 'EXTERNAL', fromCoopId }, need);
  const initialValues: ReferralFormValues = {
    fromCoopId,
    toCoopId: receiver?.id ?? '',
    kind,
    what: need?.title ?? '',
    // For an internal referral the prospect is someone at the giver's co-op: usually the person passing it.
    prospect:
      need && kind === 'INTERNAL'
        ? { name: viewer.user.displayName, organisation: need.coop.name, email: viewer.user.email ?? '', phone: '' }
        : { name: need?.coop.name ?? '', organisation: need?.coop.name ?? '', email: '', phone: '' },
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
      onCancel={() => void navigate(-1)}
      onSubmit={async (values) => {
        const input = toPassReferralInput(values, need);
        const { data } = await passReferral({ variables: { input, idempotencyKey: idempotencyKey(input) } });
        const referral = data?.passReferral.referral;
        if (referral) {
          notifications.show({ color: 'teal', message: `Referral passed to ${referral.to.name}. They have been told.` });
          void navigate(`/referrals/${referral.id}`);
          return [];
        }
        return data?.passReferral.errors ?? [{ message: 'The referral was not passed. Please try again.' }];
      }}
    />
  );
}
