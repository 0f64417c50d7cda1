import { useQuery } from '@apollo/client/react';
import { Alert, Text } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
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
  // The notice's words load only for an item that is hidden.
  return hidden ? <Notice reason={hidden.reason} /> : null;
}

function Notice({ reason }: { reason: string }) {
  const { t } = useTranslation('moderation');
  return (
    <Alert color="orange" icon={<IconEyeOff aria-hidden />} title={t('hidden.title')} role="status">
      <Text size="sm">{reason}</Text>
      <Text size="sm" c="dimmed" mt={4}>
        {t('hidden.body')}
      </Text>
    </Alert>
  );
}
