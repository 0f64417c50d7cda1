import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { useViewer } from '../accounts/useViewer';
import { shortWhen } from '../meetings/meeting-labels';
import { PostingCard } from '../postings/PostingCard';
import { FrontPageQuery } from './graphql';
import { HomeSearch } from './HomeSearch';
import { NetworkFigures } from './NetworkFigures';
import { NextSteps } from './NextSteps';
import { useFormat } from '../../i18n/useFormat';

/**
 * The front page: what Principle Six is for in one line, the search box first, then what the
 * network wants this week, new offers, meetings coming up, its figures, and a next step for
 * each kind of visitor. The directory in name order is at /directory.
 */
export function HomePage() {
  usePageTitle(undefined);
  // Every namespace this page's parts use, loaded together: one wait, not a page that flashes
  // back to its loader when a part from another feature first draws.
  useTranslation(['home', 'postings']);
  const { t } = useTranslation('home');
  const { locale } = useFormat();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(FrontPageQuery);
  const needs = data?.needs.edges.map((e) => e.node) ?? [];
  const offers = data?.offers.edges.map((e) => e.node) ?? [];
  const demo = needs.some((n) => n.coop.isDemo);

  return (
    <Stack gap="xl" px={{ base: 'xs', sm: 0 }} pb="xl">
      <Stack gap="sm" component="section" aria-labelledby="home-title" pt={{ base: 'sm', sm: 'lg' }}>
        <Title order={1} id="home-title" maw={760} fz={{ base: 28, sm: 40 }} style={{ textWrap: 'balance' }}>
          {t('hero.title')}
        </Title>
        <Text size="lg" maw={760}>
          {t('hero.lead')}
        </Text>
        <HomeSearch />
      </Stack>

      <NextSteps signedIn={!!viewer} firstCoopSlug={viewer?.memberships[0]?.coop.slug ?? null} />

      {error && !data && <LoadError error={error} onRetry={() => void refetch()} />}

      <Section
        id="home-needs"
        title={t('needs.title')}
        more={{ to: '/needs', label: data ? t('needs.allCount', { count: data.needs.totalCount }) : t('needs.all') }}
        loading={!data && !error}
        loadingHeight={420}
        empty={data && needs.length === 0 ? t('needs.empty') : null}
      >
        {/* Here rather than at the top: it can only be known once the needs have loaded, and
            arriving above everything it would push the whole page down. */}
        {demo && (
          <Alert color="yellow" variant="light" title={t('demo.title')} mb="sm">
            {t('demo.body')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {needs.map((need) => (
            <PostingCard key={need.id} posting={need} what="need" />
          ))}
        </SimpleGrid>
      </Section>

      <Section
        id="home-offers"
        title={t('offers.title')}
        more={{ to: '/offers', label: data ? t('offers.allCount', { count: data.offers.totalCount }) : t('offers.all') }}
        loading={!data && !error}
        loadingHeight={340}
        empty={data && offers.length === 0 ? t('offers.empty') : null}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {offers.map((offer) => (
            <PostingCard key={offer.id} posting={offer} what="offer" />
          ))}
        </SimpleGrid>
      </Section>

      <Section
        id="home-meetings"
        title={t('meetings.title')}
        more={{ to: '/councils', label: t('meetings.all') }}
        loading={!data && !error}
        loadingHeight={90}
        empty={data && data.upcomingMeetings.length === 0 ? t('meetings.empty') : null}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {data?.upcomingMeetings.map((m) => (
            <Card key={m.id} withBorder padding="sm" component={Link} to={`/meetings/${m.id}`}>
              <Text fw={600}>{m.title}</Text>
              <Text size="sm">{shortWhen(m, locale)}</Text>
              <Text size="sm" c="dimmed">
                {m.council.name} · {t('meetings.going', { count: m.goingCount })}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </Section>

      {data && <NetworkFigures figures={data.networkFigures} referrals={data.referralNetwork} />}
    </Stack>
  );
}

interface SectionProps {
  id: string;
  title: string;
  more: { to: string; label: string };
  loading: boolean;
  /** Roughly the height of what it shows, kept while it loads so the page does not jump. */
  loadingHeight: number;
  empty: string | null | undefined;
  children: ReactNode;
}

/** A titled part of the front page with a link to the whole list; space is kept while it loads. */
function Section({ id, title, more, loading, loadingHeight, empty, children }: SectionProps) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id} aria-busy={loading}>
      <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        <Anchor component={Link} to={more.to} size="sm">
          <Group gap={4} wrap="nowrap" component="span">
            {more.label}
            <IconArrowRight size={14} aria-hidden />
          </Group>
        </Anchor>
      </Group>
      {loading ? <Skeleton h={loadingHeight} /> : empty ? <Text c="dimmed">{empty}</Text> : children}
    </Stack>
  );
}

