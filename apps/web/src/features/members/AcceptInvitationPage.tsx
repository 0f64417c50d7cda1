import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { describeError } from '../../lib/errors';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { ViewerQuery } from '../accounts/graphql';
import { useViewer } from '../accounts/useViewer';
import { AcceptInvitationMutation, InvitationQuery } from './graphql';

const STATUS_MESSAGES = {
  ACCEPTED: 'This invitation has already been used. Ask an owner of the co-op for a new one.',
  EXPIRED: 'This invitation has expired. Ask an owner of the co-op for a new one.',
  REVOKED: 'This invitation was withdrawn. Ask an owner of the co-op for a new one.',
} as const;

export function AcceptInvitationPage() {
  usePageTitle('Invitation');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, loading, error, refetch } = useQuery(InvitationQuery, { variables: { token } });
  const [accept, { loading: accepting }] = useMutation(AcceptInvitationMutation, { refetchQueries: [ViewerQuery] });
  const [problem, setProblem] = useState<string | null>(null);

  if ((loading && !data) || viewerLoading) return <Loading label="Opening the invitation…" />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const invitation = data?.invitation;
  if (!invitation) {
    return (
      <Alert color="red" title="This invitation link is not valid" role="alert" my="xl">
        Check that the whole link was copied, or ask the co-op for a new one.
      </Alert>
    );
  }

  const here = `/invitations/${token}`;
  const onAccept = async () => {
    setProblem(null);
    try {
      const { data: result } = await accept({ variables: { token } });
      const membership = result?.acceptInvitation.membership;
      if (membership) void navigate(`/coops/${membership.coop.slug}`);
      else setProblem(result?.acceptInvitation.errors[0]?.message ?? 'You could not join just now.');
    } catch (e) {
      setProblem(describeError(e));
    }
  };

  return (
    <Paper maw={520} mx="auto" my="xl" p="lg" withBorder>
      <Stack>
        <Title order={1} size="h2">
          Join {invitation.coop.name}
        </Title>
        <Text>
          You are invited to join {invitation.coop.name} of {invitation.coop.place.name} as{' '}
          {invitation.role === 'OWNER' ? 'an owner' : 'a member'}.
        </Text>
        {invitation.status !== 'OPEN' && (
          <Alert color="orange" role="alert">
            {STATUS_MESSAGES[invitation.status]}
          </Alert>
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {invitation.status === 'OPEN' &&
          (viewer ? (
            <Button onClick={() => void onAccept()} loading={accepting}>
              Join {invitation.coop.name}
            </Button>
          ) : (
            <Group>
              <Button component={Link} to={`/sign-up?next=${encodeURIComponent(here)}`}>
                Create an account to join
              </Button>
              <Button component={Link} to={`/sign-in?next=${encodeURIComponent(here)}`} variant="light">
                Sign in
              </Button>
            </Group>
          ))}
      </Stack>
    </Paper>
  );
}
