import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Radio, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { NeedOutcome } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { CloseNeedMutation } from './graphql';

/**
 * Closing a need: met (and, if a co-op here met it, which one, so the council sees the business
 * done between co-ops) or withdrawn. Either removes its matches.
 */
export function CloseNeedButton(props: { needId: string; candidates: readonly { id: string; name: string }[] }) {
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
      notifications.show({ color: 'teal', message: outcome === 'FULFILLED' ? 'Marked as met. Well done.' : 'Need closed.' });
      close();
    } catch (error) {
      notifications.show({ color: 'red', message: describeError(error) });
    }
  };

  return (
    <>
      <Button variant="default" onClick={open}>
        Close need
      </Button>
      <Modal opened={opened} onClose={close} title="Close this need">
        <Stack>
          <Radio.Group label="What happened?" value={outcome} onChange={(v) => setOutcome(v as NeedOutcome)}>
            <Stack gap="xs" mt="xs">
              <Radio value="FULFILLED" label="It was met" />
              <Radio value="WITHDRAWN" label="We no longer need it" />
            </Stack>
          </Radio.Group>
          {outcome === 'FULFILLED' && (
            <Select
              label="Which co-op met it?"
              description="Optional. It tells the network which connections work."
              placeholder="Someone else, or leave blank"
              clearable
              searchable
              data={props.candidates.map((c) => ({ value: c.id, label: c.name }))}
              value={fulfilledBy}
              onChange={setFulfilledBy}
            />
          )}
          <Text size="sm" c="dimmed">
            Its matches are removed and it stops appearing in lists.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={() => void submit()} loading={loading}>
              Close need
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
