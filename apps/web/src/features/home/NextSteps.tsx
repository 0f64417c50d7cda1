import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore, IconSearch, IconSpeakerphone } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface Props {
  signedIn: boolean;
  /** The viewer's first co-op, where a need is posted from; null without one. */
  firstCoopSlug: string | null;
}

/** One clear next step for each kind of visitor: someone buying, someone with a need, a co-op. */
export function NextSteps({ signedIn, firstCoopSlug }: Props) {
  const postNeed = firstCoopSlug ? `/coops/${firstCoopSlug}/needs/new` : signedIn ? '/coops/new' : '/sign-up?next=/coops/new';
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} component="section" aria-label="Get started">
      <Step icon={<IconSearch size={22} aria-hidden />} title="Buying something?" text="Find a co-op that provides it, near you or anywhere, and see why people buy from them.">
        <Button component={Link} to="/directory" variant="light">
          Browse the directory
        </Button>
      </Step>
      <Step
        icon={<IconSpeakerphone size={22} aria-hidden />}
        title="Need something?"
        text="Post a need and the network matches it with co-ops and offers that could meet it."
      >
        <Button component={Link} to={postNeed} variant="light">
          Post a need
        </Button>
      </Step>
      <Step
        icon={<IconBuildingStore size={22} aria-hidden />}
        title="Part of a co-op?"
        text="Co-ops imported from the public registers are listed with nobody running them yet. Find yours and claim it, or add it."
      >
        <Button component={Link} to={signedIn ? '/coops/new' : '/sign-up?next=/coops/new'} variant="light">
          Add your co-op
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
