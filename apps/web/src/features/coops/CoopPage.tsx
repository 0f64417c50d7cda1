import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { MembersPanel } from '../members/MembersPanel';
import { CoopPostingsPanel } from '../postings/CoopPostingsPanel';
import { CoopPageQuery } from './graphql';
import { PitchCard } from './PitchCard';

export function CoopPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CoopPageQuery, { variables: { slug } });
  usePageTitle(data?.coop?.name);

  if (loading && !data) return <Loading label="Loading the co-op…" />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const coop = data?.coop;
  if (!coop) return <NotFoundPage what="co-op" />;

  return (
    <Stack gap="lg" maw={860}>
      {coop.viewerCanEdit && (
        <Group justify="flex-end">
          <Button component={Link} to={`/coops/${coop.slug}/edit`} leftSection={<IconPencil size={16} />} variant="light">
            Edit profile
          </Button>
        </Group>
      )}
      <PitchCard coop={coop} />
      <CoopPostingsPanel coop={coop} isMember={!!coop.viewerRole} />
      {coop.viewerRole && <MembersPanel coop={coop} />}
    </Stack>
  );
}
