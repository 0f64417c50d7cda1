import { useMutation } from '@apollo/client/react';
import { Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { describeError } from '../../lib/errors';
import { ListAsGiverMutation } from './graphql';

/** Owners choose whether the co-op appears among the network's most active givers. */
export function GiverListingSwitch({ coop }: { coop: { id: string; listedAsGiver: boolean } }) {
  const [listAsGiver, { loading }] = useMutation(ListAsGiverMutation, { refetchQueries: ['ReferralNetwork'] });

  const change = async (listed: boolean) => {
    try {
      const { data } = await listAsGiver({ variables: { input: { coopId: coop.id, listed } } });
      const problem = data?.listAsGiver.errors[0];
      notifications.show(
        problem
          ? { color: 'red', message: problem.message }
          : { color: 'teal', message: listed ? 'Listed on the network page.' : 'No longer listed on the network page.' },
      );
    } catch (error) {
      notifications.show({ color: 'red', message: describeError(error) });
    }
  };

  return (
    <Switch
      label="List us among the network's most active givers"
      description="The network page would show your name and how many referrals you passed this year; never amounts."
      checked={coop.listedAsGiver}
      disabled={loading}
      onChange={(event) => void change(event.currentTarget.checked)}
    />
  );
}
