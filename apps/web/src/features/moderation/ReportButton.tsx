import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFlag } from '@tabler/icons-react';
import { useState } from 'react';
import type { ModerationSubject } from '../../gql/graphql';
import { ReportMutation } from './graphql';
import { ReasonModal } from './ReasonModal';

const WHAT: Record<ModerationSubject, string> = { COOP: 'this profile', NEED: 'this need', OFFER: 'this offer' };

/** "Report": tells the site administrators what is wrong with a profile, need or offer. */
export function ReportButton({ kind, id, name }: { kind: ModerationSubject; id: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [report] = useMutation(ReportMutation);
  return (
    <>
      <Button variant="subtle" color="gray" size="xs" leftSection={<IconFlag size={14} aria-hidden />} onClick={() => setOpen(true)}>
        Report
      </Button>
      <ReasonModal
        opened={open}
        title={`Report ${name}`}
        label={`What is wrong with ${WHAT[kind]}?`}
        description="A site administrator reads every report. Only they see who sent it."
        submitLabel="Send report"
        minLength={10}
        onClose={() => setOpen(false)}
        onSubmit={async (reason) => {
          const { data } = await report({ variables: { input: { subject: { kind, id }, reason } } });
          const problem = data?.report.errors[0] ?? null;
          if (!problem) notifications.show({ color: 'teal', message: 'Thank you. A site administrator will look at it.' });
          return problem;
        }}
      />
    </>
  );
}
