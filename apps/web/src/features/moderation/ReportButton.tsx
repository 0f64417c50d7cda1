import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFlag } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationSubject } from '../../gql/graphql';
import { ReportMutation } from './graphql';
import { ReasonModal } from './ReasonModal';

/** "Report": tells the site administrators what is wrong with a profile, need or offer. */
export function ReportButton({ kind, id, name }: { kind: ModerationSubject; id: string; name: string }) {
  const { t } = useTranslation('moderation');
  const [open, setOpen] = useState(false);
  const [report] = useMutation(ReportMutation);
  return (
    <>
      <Button variant="subtle" color="gray" size="xs" leftSection={<IconFlag size={14} aria-hidden />} onClick={() => setOpen(true)}>
        {t('report.button')}
      </Button>
      <ReasonModal
        opened={open}
        title={t('report.title', { name })}
        label={t(`report.question.${kind}`)}
        description={t('report.description')}
        submitLabel={t('report.submit')}
        minLength={10}
        onClose={() => setOpen(false)}
        onSubmit={async (reason) => {
          const { data } = await report({ variables: { input: { subject: { kind, id }, reason } } });
          const problem = data?.report.errors[0] ?? null;
          if (!problem) notifications.show({ color: 'teal', message: t('report.thanks') });
          return problem;
        }}
      />
    </>
  );
}
