import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore, IconSearch, IconSpeakerphone } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  signedIn: boolean;
  /** The viewer's first co-op, where a need is posted from; null without one. */
  firstCoopSlug: string | null;
}

/** One clear next step for each kind of visitor: someone buying, someone with a need, a co-op. */
export function NextSteps({ signedIn, firstCoopSlug }: Props) {
  const { t } = useTranslation('home');
  const postNeed = firstCoopSlug ? `/coops/${firstCoopSlug}/needs/new` : signedIn ? '/coops/new' : '/sign-up?next=/coops/new';
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} component="section" aria-label={t('steps.label')}>
      <Step icon={<IconSearch size={22} aria-hidden />} title={t('steps.buy.title')} text={t('steps.buy.text')}>
        <Button component={Link} to="/directory" variant="light">
          {t('steps.buy.action')}
        </Button>
      </Step>
      <Step
        icon={<IconSpeakerphone size={22} aria-hidden />}
        title={t('steps.need.title')}
        text={t('steps.need.text')}
      >
        <Button component={Link} to={postNeed} variant="light">
          {t('steps.need.action')}
        </Button>
      </Step>
      <Step
        icon={<IconBuildingStore size={22} aria-hidden />}
        title={t('steps.coop.title')}
        text={t('steps.coop.text')}
      >
        <Button component={Link} to={signedIn ? '/coops/new' : '/sign-up?next=/coops/new'} variant="light">
          {t('steps.coop.action')}
        </Button>
      </Step>
    </SimpleGrid>
  );
}

function Step({ icon, title, text, children }: { icon: ReactNode; title: string; text: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md">
      <Stack gap="xs" align="flex-start" h="100%">
        {icon}
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text size="sm" style={{ flex: 1 }}>
          {text}
        </Text>
        {children}
      </Stack>
    </Card>
  );
}
