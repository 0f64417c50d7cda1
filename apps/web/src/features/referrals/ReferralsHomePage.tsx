import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconSend } from '@tabler/icons-react';
import { Link, Navigate } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { useViewer } from '../accounts/useViewer';

/** /referrals: the person's co-op's referrals; with several co-ops, which one. */
export function ReferralsHomePage() {
  return (
    <RequireSignIn reason="Sign in to see your co-op's referrals.">
      <ReferralsHome />
    </RequireSignIn>
  );
}

function ReferralsHome() {
  usePageTitle('Referrals');
  const { viewer } = useViewer();
  const memberships = viewer?.memberships ?? [];
  if (memberships.length === 1) return <Navigate to={`/coops/${memberships[0]!.coop.slug}/referrals`} replace />;
  return (
    <Stack align="flex-start" maw={640} px={{ base: 'xs', sm: 0 }}>
      <Title order={1}>Referrals</Title>
      {memberships.length === 0 ? (
        <>
          <Text>Referrals pass business from one co-op to another. Add your co-op to pass and receive them.</Text>
          <Button component={Link} to="/coops/new" leftSection={<IconPlus size={16} />}>
            Add your co-op
          </Button>
        </>
      ) : (
        <>
          <Text>Which co-op’s referrals?</Text>
          <Stack component="ul" gap="xs" pl="md" m={0}>
            {memberships.map((m) => (
              <li key={m.coop.id}>
                <Anchor component={Link} to={`/coops/${m.coop.slug}/referrals`}>
                  {m.coop.name}
                </Anchor>
              </li>
            ))}
          </Stack>
          <Button component={Link} to="/referrals/new" leftSection={<IconSend size={16} />}>
            Pass a referral
          </Button>
        </>
      )}
    </Stack>
  );
}
