import { Group } from '@mantine/core';
import type { ModerationSubject } from '../../gql/graphql';
import { useViewer } from '../accounts/useViewer';
import { HiddenNotice } from './HiddenNotice';
import { ReportButton } from './ReportButton';

/**
 * What moderation adds to a profile's, need's or offer's page: why it is hidden (for its members
 * and administrators), and "Report" for anyone else signed in.
 */
export function ModerationBar({ kind, id, name, isMember }: { kind: ModerationSubject; id: string; name: string; isMember: boolean }) {
  const { viewer } = useViewer();
  const isAdmin = viewer?.siteRole === 'ADMIN';
  return (
    <>
      {(isMember || isAdmin) && <HiddenNotice kind={kind} id={id} />}
      {viewer && !isMember && (
        <Group justify="flex-end" mt={-8}>
          <ReportButton kind={kind} id={id} name={name} />
        </Group>
      )}
    </>
  );
}
