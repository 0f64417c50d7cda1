import { useMutation, useQuery } from '@apollo/client/react';
import { Accordion, Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconMail, IconUserCheck, IconWorldWww } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import type { ClaimFieldsFragment } from '../../gql/graphql';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { ViewerQuery } from '../accounts/graphql';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { CLAIM_STATUS, formatWhen } from './claim-labels';
import { EmailProof } from './EmailProof';
import { ClaimQuery, WithdrawClaimMutation } from './graphql';
import { ReviewProof } from './ReviewProof';
import { WebsiteProof } from './WebsiteProof';

/** /claims/:id: a claim's status and, while open, the three ways to prove it. */
export function ClaimPage() {
  return (
    <RequireSignIn reason="Sign in to see your claim.">
      <Claim />
    </RequireSignIn>
  );
}

function Claim() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ClaimQuery, { variables: { id } });
  const claim = data?.claim;
  usePageTitle(claim ? `Claim: ${claim.coop.name}` : 'Claim');
  if (loading && !data) return <Loading label="Loading your claim…" />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!claim) return <NotFoundPage what="claim" />;
  const status = CLAIM_STATUS[claim.status];
  return (
    <Stack gap="lg" maw={760}>
      <Stack gap={4}>
        <Group gap="xs">
          <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
            Claim
          </Text>
          <Badge color={status.color} variant="light" data-testid="claim-status">
            {status.label}
          </Badge>
        </Group>
        <Title order={1}>
          <Anchor component={Link} to={`/coops/${claim.coop.slug}`} inherit>
            {claim.coop.name}
          </Anchor>
        </Title>
        <Text size="sm" c="dimmed">
          Started {formatWhen(claim.createdAt)}
          {claim.status === 'OPEN' ? `; open until ${formatWhen(claim.expiresAt)}` : ''}.
        </Text>
      </Stack>
      {claim.status === 'OPEN' ? <Proofs claim={claim} /> : <Outcome claim={claim} />}
    </Stack>
  );
}

function Outcome({ claim }: { claim: ClaimFieldsFragment }) {
  if (claim.status === 'APPROVED') {
    return (
      <Alert color="teal" title="You run this co-op's profile now" role="status">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">Write its pitch: why people should buy from you, and who you want to talk to.</Text>
          <Button component={Link} to={`/coops/${claim.coop.slug}/edit`}>
            Write the pitch
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="gray" title={CLAIM_STATUS[claim.status].label} role="status">
      {claim.closedReason ?? (claim.status === 'WITHDRAWN' ? 'You withdrew this claim.' : 'This claim is over.')}{' '}
      {claim.status !== 'REJECTED' && (
        <Anchor component={Link} to={`/coops/${claim.coop.slug}`}>
          Back to the co-op
        </Anchor>
      )}
    </Alert>
  );
}

function Proofs({ claim }: { claim: ClaimFieldsFragment }) {
  const [withdraw, { loading }] = useMutation(WithdrawClaimMutation, { refetchQueries: [ViewerQuery, 'CoopClaimState'] });
  return (
    <Stack gap="md">
      <Text>Prove you are from {claim.coop.name} in one of three ways. The first that works makes you its owner.</Text>
      <Accordion variant="separated" defaultValue="email">
        <Accordion.Item value="email">
          <Accordion.Control icon={<IconMail size={18} aria-hidden />}>Email at the co-op&apos;s domain</Accordion.Control>
          <Accordion.Panel>
            <EmailProof claim={claim} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="website">
          <Accordion.Control icon={<IconWorldWww size={18} aria-hidden />}>A code on the co-op&apos;s website</Accordion.Control>
          <Accordion.Panel>
            <WebsiteProof claim={claim} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="review">
          <Accordion.Control icon={<IconUserCheck size={18} aria-hidden />}>Ask a site administrator</Accordion.Control>
          <Accordion.Panel>
            <ReviewProof claim={claim} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      <Button variant="subtle" color="gray" w="fit-content" loading={loading} onClick={() => void withdraw({ variables: { claimId: claim.id } })}>
        Withdraw this claim
      </Button>
    </Stack>
  );
}
