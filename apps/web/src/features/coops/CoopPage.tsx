import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconSend } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { useViewer } from '../accounts/useViewer';
import { ClaimPanel } from '../claims/ClaimPanel';
import { MembersPanel } from '../members/MembersPanel';
import { ModerationBar } from '../moderation/ModerationBar';
import { PracticePitch } from '../pitch/PracticePitch';
import { CoopPostingsPanel } from '../postings/CoopPostingsPanel';
import { referLink } from '../referrals/refer-link';
import { ReferralRecordCard } from '../referrals/ReferralRecordCard';
import { CoopPageQuery } from './graphql';
import { PitchCard } from './PitchCard';

export function CoopPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CoopPageQuery, { variables: { slug } });
  const { viewer } = useViewer();
  // Every namespace this page's parts use, loaded together: one wait, not a page that flashes
  // back to its loader when a part from another feature first draws.
  useTranslation(['coops', 'claims', 'moderation', 'members', 'pitch', 'postings', 'referrals']);
  const { t } = useTranslation('coops');
  usePageTitle(data?.coop?.name);

  if (loading && !data) return <Loading label={t('page.loading')} />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const coop = data?.coop;
  if (!coop) return <NotFoundPage what="coop" />;
  // Business is referred from one co-op to another the person is not part of (the API refuses a
  // referral to a co-op one belongs to): a co-op of their own, and not this one.
  const canRefer = !!viewer && viewer.memberships.length > 0 && !viewer.memberships.some((m) => m.coop.id === coop.id);

  return (
    <Stack gap="lg" maw={860}>
      {(coop.viewerCanEdit || canRefer || coop.viewerRole) && (
        <Group justify="flex-end" gap="xs">
          {coop.viewerRole && <PracticePitch coop={coop} />}
          {canRefer && (
            <Button component={Link} {...referLink({ to: coop })} leftSection={<IconSend size={16} />}>
              {t('page.refer')}
            </Button>
          )}
          {coop.viewerCanEdit && (
            <Button component={Link} to={`/coops/${coop.slug}/edit`} leftSection={<IconPencil size={16} />} variant="light">
              {t('page.edit')}
            </Button>
          )}
        </Group>
      )}
      <ModerationBar kind="COOP" id={coop.id} name={coop.name} isMember={!!coop.viewerRole} />
      <PitchCard coop={coop} editHref={coop.viewerCanEdit ? `/coops/${coop.slug}/edit` : null} />
      {/* After the pitch, not above it: it answers a query of its own, and arriving above the
          pitch it pushed the whole profile down (layout shift 0.34 in Lighthouse). */}
      <ClaimPanel slug={coop.slug} name={coop.name} />
      {coop.councils.length > 0 && (
        <Text size="sm">
          <Trans
            t={t}
            i18nKey="page.memberOf"
            components={{
              councils: (
                <span>
                  {coop.councils.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 && ', '}
                      <Anchor component={Link} to={`/councils/${c.slug}`}>
                        {c.name}
                      </Anchor>
                    </span>
                  ))}
                </span>
              ),
            }}
          />
        </Text>
      )}
      <ReferralRecordCard slug={coop.slug} isMember={!!coop.viewerRole} />
      <CoopPostingsPanel coop={coop} isMember={!!coop.viewerRole} />
      {coop.viewerRole && <MembersPanel coop={coop} />}
    </Stack>
  );
}
