import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Radio, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedOutcome } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { CloseNeedMutation } from './graphql';

/**
 * Closing a need: met (and, if a co-op here met it, which one, so the council sees the business
 * done between co-ops) or withdrawn. Either removes its matches.
 */
export function CloseNeedButton(props: { needId: string; candidates: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation('postings');
  const [opened, { open, close }] = useDisclosure(false);
  const [outcome, setOutcome] = useState<NeedOutcome>('FULFILLED');
  const [fulfilledBy, setFulfilledBy] = useState<string | null>(null);
  const [closeNeed, { loading }] = useMutation(CloseNeedMutation, { refetchQueries: ['NeedsList', 'ForYou'] });

  const submit = async () => {
    try {
      const { data } = await closeNeed({
        variables: {
          input: { id: props.needId, outcome, fulfilledByCoopId: outcome === 'FULFILLED' ? fulfilledBy : null },
        },
      });
      const error = data?.closeNeed.errors[0];
      if (error) {
        notifications.show({ color: 'red', message: error.message });
        return;
      }
      notifications.show({ color: 'teal', message: outcome === 'FULFILLED' ? t('closeNeed.markedMet') : t('closeNeed.closed') });
      close();
    } catch (error) {
      notifications.show({ color: 'red', message: describeError(error) });
    }
  };

  return (
    <>
      <Button variant="default" onClick={open}>
        {t('closeNeed.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('closeNeed.title')}>
        <Stack>
          <Radio.Group label={t('closeNeed.whatHappened')} value={outcome} onChange={(v) => setOutcome(v as NeedOutcome)}>
            <Stack gap="xs" mt="xs">
              <Radio value="FULFILLED" label={t('closeNeed.met')} />
              <Radio value="WITHDRAWN" label={t('closeNeed.withdrawn')} />
            </Stack>
          </Radio.Group>
          {outcome === 'FULFILLED' && (
            <Select
              label={t('closeNeed.whichCoop')}
              description={t('closeNeed.whichCoopHelp')}
              placeholder={t('closeNeed.whichCoopPlaceholder')}
              clearable
              searchable
              data={props.candidates.map((c) => ({ value: c.id, label: c.name }))}
              value={fulfilledBy}
              onChange={setFulfilledBy}
            />
          )}
          <Text size="sm" c="dimmed">
            {t('closeNeed.effect')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('actions.cancel')}
            </Button>
            <Button onClick={() => void submit()} loading={loading}>
              {t('closeNeed.button')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
