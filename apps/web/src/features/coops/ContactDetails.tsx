import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconMail, IconPhone } from '@tabler/icons-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { describeError } from '../../lib/errors';
import { useViewer } from '../accounts/useViewer';
import { RevealContactMutation } from './graphql';

interface Contact {
  email?: string | null;
  phone?: string | null;
}

interface Props {
  coop: { id: string; viewerRole?: string | null; contactEmail?: string | null; contactPhone?: string | null; hasContactDetails: boolean };
}

/**
 * How to reach a co-op. Its members see what is stored; anyone else signed in asks for it, one
 * co-op at a time (the server limits how many, so a directory cannot be harvested); visitors are
 * asked to sign in.
 */
export function ContactDetails({ coop }: Props) {
  const { viewer } = useViewer();
  const location = useLocation();
  const { t } = useTranslation(['coops', 'lib']);
  const [reveal, { loading }] = useMutation(RevealContactMutation);
  const [revealed, setRevealed] = useState<Contact | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (coop.viewerRole) return <ContactLines contact={{ email: coop.contactEmail, phone: coop.contactPhone }} />;
  if (!coop.hasContactDetails) return null;
  if (revealed) return <ContactLines contact={revealed} />;
  if (!viewer) {
    return (
      <Text size="sm">
        <Trans
          t={t}
          i18nKey="contact.signIn"
          components={{ signin: <Anchor component={Link} to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} /> }}
        />
      </Text>
    );
  }

  const show = async () => {
    setProblem(null);
    try {
      const { data } = await reveal({ variables: { coopId: coop.id } });
      const result = data?.revealContact;
      if (result?.contact) setRevealed(result.contact);
      else setProblem(result?.errors.map((e) => e.message).join(' ') ?? t('lib:errors.noAnswer'));
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  return (
    <Stack gap={4} align="flex-start">
      <Button size="xs" variant="light" leftSection={<IconMail size={14} aria-hidden />} loading={loading} onClick={() => void show()}>
        {t('contact.show')}
      </Button>
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
    </Stack>
  );
}

function ContactLines({ contact }: { contact: Contact }) {
  if (!contact.email && !contact.phone) return null;
  return (
    <Group gap="lg">
      {contact.email && (
        <Group gap={4} wrap="nowrap">
          <IconMail size={16} aria-hidden />
          <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
        </Group>
      )}
      {contact.phone && (
        <Group gap={4} wrap="nowrap">
          <IconPhone size={16} aria-hidden />
          <Anchor href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</Anchor>
        </Group>
      )}
    </Group>
  );
}
