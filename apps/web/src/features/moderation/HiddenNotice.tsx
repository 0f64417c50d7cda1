import { useQuery } from '@apollo/client/react';
import { Alert, Text } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import type { ModerationSubject } from '../../gql/graphql';
import { CoopHiddenQuery, NeedHiddenQuery, OfferHiddenQuery } from './graphql';

/** The item's hidden state, from the one query of its kind (the others skipped). */
function useHidden(kind: ModerationSubject, id: string) {
  const coop = useQuery(CoopHiddenQuery, { variables: { id }, skip: kind !== 'COOP' });
  const need = useQuery(NeedHiddenQuery, { variables: { id }, skip: kind !== 'NEED' });
  const offer = useQuery(OfferHiddenQuery, { variables: { id }, skip: kind !== 'OFFER' });
  return coop.data?.coopById?.hidden ?? need.data?.need?.hidden ?? offer.data?.offer?.hidden ?? null;
}

/**
 * For a hidden profile or posting's own members (and administrators): that it is out of public
 * view and why. Asked only of those who may see it; the API answers null to everyone else.
 */
export function HiddenNotice({ kind, id }: { kind: ModerationSubject; id: string }) {
  const hidden = useHidden(kind, id);
  if (!hidden) return null;
  return (
    <Alert color="orange" icon={<IconEyeOff aria-hidden />} title="Hidden by a site administrator" role="status">
      <Text size="sm">{hidden.reason}</Text>
      <Text size="sm" c="dimmed" mt={4}>
        Only its co-op&apos;s members and site administrators can see it: it is out of search, lists, matching and shared links.
      </Text>
    </Alert>
  );
}
