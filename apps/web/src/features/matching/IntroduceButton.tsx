import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { introduceInputSchema } from '@principle-six/schema';
import { IconMessageCircle } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { applyServerErrors } from '../../lib/form-errors';
import { useIdempotencyKey } from '../postings/useIdempotencyKey';
import { IntroduceMutation } from './graphql';

/** "Introduce us": a short message to the other co-op's members, in their inbox and digest. */
export function IntroduceButton({ matchId, to }: { matchId: string; to: string }) {
  const { t } = useTranslation('matching');
  const [opened, { open, close }] = useDisclosure(false);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [introduce, { loading }] = useMutation(IntroduceMutation, { refetchQueries: ['Inbox'] });
  const idempotencyKey = useIdempotencyKey();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { matchId, message: '' },
    validate: zod4Resolver(introduceInputSchema),
  });

  const submit = form.onSubmit(async (values) => {
    setGeneralError(null);
    try {
      const { data } = await introduce({ variables: { input: values, idempotencyKey: idempotencyKey(values) } });
      const errors = data?.introduce.errors ?? [];
      if (data?.introduce.introduction) {
        notifications.show({ color: 'teal', message: t('introduce.sent', { coop: to }) });
        form.reset();
        close();
      } else {
        setGeneralError(applyServerErrors(form, errors)[0] ?? null);
      }
    } catch (error) {
      setGeneralError(describeError(error));
    }
  });

  return (
    <>
      <Button size="xs" leftSection={<IconMessageCircle size={14} />} onClick={open}>
        {t('introduce.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('introduce.title', { coop: to })}>
        <form onSubmit={submit} noValidate>
          <Stack>
            {generalError && (
              <Alert color="red" role="alert">
                {generalError}
              </Alert>
            )}
            <Textarea
              label={t('introduce.message')}
              description={t('introduce.messageHelp')}
              required
              autosize
              minRows={4}
              data-autofocus
              {...form.getInputProps('message')}
              key={form.key('message')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('introduce.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('introduce.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
