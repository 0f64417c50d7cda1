import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { useViewer } from '../accounts/useViewer';

/** /referrals: the person's co-op's referrals; with several co-ops, which one. */
export function ReferralsHomePage() {
  const { t } = useTranslation('referrals');
  return (
    <RequireSignIn reason={t('home.signIn')}>
      <ReferralsHome />
    </RequireSignIn>
  );
}

function ReferralsHome() {
  const { t } = useTranslation('referrals');
  usePageTitle(t('home.title'));
  const { viewer } = useViewer();
  const memberships = viewer?.memberships ?? [];
  if (memberships.length === 1) return <Navigate to={`/coops/${memberships[0]!.coop.slug}/referrals`} replace />;
  return (
    <Stack align="flex-start" maw={640} px={{ base: 'xs', sm: 0 }}>
      <Title order={1}>{t('home.title')}</Title>
      {memberships.length === 0 ? (
        <>
          <Text>{t('home.noCoop')}</Text>
          <Button component={Link} to="/coops/new" leftSection={<IconPlus size={16} />}>
            {t('addCoop')}
          </Button>
        </>
      ) : (
        <>
          <Text>{t('home.whichCoop')}</Text>
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
            {t('passReferral')}
          </Button>
        </>
      )}
    </Stack>
  );
}
