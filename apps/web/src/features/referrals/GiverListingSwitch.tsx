import { useMutation } from '@apollo/client/react';
import { Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ListAsGiverMutation as ListAsGiverMutationData } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { ListAsGiverMutation } from './graphql';

/**
 * Owners choose whether the co-op appears among the network's most active givers. The switch
 * turns at once (optimistically) and is never disabled while saving, so keyboard focus stays on it.
 */
export function GiverListingSwitch({ coop }: { coop: { id: string; listedAsGiver: boolean } }) {
  const { t } = useTranslation('referrals');
  const [listAsGiver, { loading }] = useMutation(ListAsGiverMutation, { refetchQueries: ['ReferralNetwork'] });

  const change = async (listed: boolean) => {
    if (loading) return;
    try {
      const { data } = await listAsGiver({
        variables: { input: { coopId: coop.id, listed } },
        // __typename lets the cache find the co-op; the generated types leave it out.
        optimisticResponse: {
          listAsGiver: { __typename: 'ListAsGiverPayload', coop: { __typename: 'Coop', id: coop.id, listedAsGiver: listed }, errors: [] },
        } as ListAsGiverMutationData,
      });
      const problem = data?.listAsGiver.errors[0];
      notifications.show(
        problem
          ? { color: 'red', message: problem.message }
          : { color: 'teal', message: listed ? t('giverListing.listed') : t('giverListing.unlisted') },
      );
    } catch (error) {
      notifications.show({ color: 'red', message: describeError(error) });
    }
  };

  return (
    <Switch
      label={t('giverListing.label')}
      description={t('giverListing.description')}
      checked={coop.listedAsGiver}
      aria-busy={loading || undefined}
      onChange={(event) => void change(event.currentTarget.checked)}
    />
  );
}
