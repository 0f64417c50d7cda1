import { useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowRight, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { CATEGORY_OPTIONS } from '../coops/options';
import { NeedsListQuery, OffersListQuery } from './graphql';
import { PostingCard } from './PostingCard';
import { FeedLinks } from './FeedLinks';

const PAGE_SIZE = 20;

/**
 * /needs and /offers: open postings, newest first, for anyone, signed in or not. The words, the
 * categories and the page are in the URL (?q=&category=&after=) so a list can be shared.
 */
export function BrowsePostingsPage({ what }: { what: 'need' | 'offer' }) {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const text = params.get('q') ?? '';
  const categoryCodes = params.getAll('category');
  const after = params.get('after');
  const { t } = useTranslation('postings');
  usePageTitle(t(`plural.${what}`));

  const variables = { filter: { text: text || null, categoryCodes }, first: PAGE_SIZE, after };
  const needs = useQuery(NeedsListQuery, { variables, skip: what !== 'need' });
  const offers = useQuery(OffersListQuery, { variables, skip: what !== 'offer' });
  const current = what === 'need' ? needs : offers;
  const connection = what === 'need' ? needs.data?.needs : offers.data?.offers;

  const update = (change: { q?: string; category?: string[] }) => {
    const next = new URLSearchParams();
    const q = (change.q ?? text).trim();
    if (q) next.set('q', q);
    for (const code of change.category ?? categoryCodes) next.append('category', code);
    setParams(next);
  };
  const nextPage = () => {
    const next = new URLSearchParams(params);
    if (connection?.pageInfo.endCursor) next.set('after', connection.pageInfo.endCursor);
    return `?${next.toString()}`;
  };

  return (
    <Stack gap="md" px={{ base: 'xs', sm: 0 }}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t(`browse.heading.${what}`)}</Title>
          <Text c="dimmed" aria-live="polite">
            {connection
              ? t(what === 'need' ? 'browse.openNeeds' : 'browse.openOffers', { count: connection.totalCount })
              : t('browse.openPostings')}
          </Text>
          <FeedLinks what={what} categoryCode={categoryCodes.length === 1 ? categoryCodes[0]! : null} />
        </div>
        <SegmentedControl
          value={what}
          onChange={(v) => void navigate(`/${v}s${params.get('q') ? `?q=${encodeURIComponent(text)}` : ''}`)}
          data={[
            { value: 'need', label: t('plural.need') },
            { value: 'offer', label: t('plural.offer') },
          ]}
          aria-label={t('browse.switchLabel')}
        />
      </Group>

      <Group align="flex-end" gap="sm" wrap="wrap">
        <WordsFilter key={text} text={text} onChange={(q) => update({ q })} />
        <MultiSelect
          label={t('browse.categories')}
          placeholder={categoryCodes.length ? undefined : t('browse.anyCategory')}
          searchable
          clearable
          data={CATEGORY_OPTIONS}
          value={categoryCodes}
          onChange={(category) => update({ category })}
          maw={420}
          style={{ flex: 1, minWidth: 220 }}
          nothingFoundMessage={t('browse.noCategory')}
        />
      </Group>

      {current.loading && !connection && <Loading label={t(`browse.loadingList.${what}`)} />}
      {current.error && <LoadError error={current.error} onRetry={() => void current.refetch()} />}
      {connection && connection.edges.length === 0 && (
        <Stack align="flex-start" py="lg">
          <Text>
            {text || categoryCodes.length ? t(`browse.noneFiltered.${what}`) : t(`browse.noneYet.${what}`)}
          </Text>
          {(text || categoryCodes.length > 0) && (
            <Button variant="light" onClick={() => setParams(new URLSearchParams())}>
              {t('browse.clearFilters')}
            </Button>
          )}
        </Stack>
      )}
      {connection && connection.edges.length > 0 && (
        <Stack gap="sm" component="section" aria-label={t(`plural.${what}`)}>
          {connection.edges.map(({ node }) => (
            <PostingCard key={node.id} posting={node} what={what} />
          ))}
          <Group justify="space-between" component="nav" aria-label={t('browse.pages')}>
            {after ? (
              <Button variant="subtle" onClick={() => update({})}>
                {t('browse.firstPage')}
              </Button>
            ) : (
              <span />
            )}
            {connection.pageInfo.hasNextPage && (
              <Button component={Link} to={nextPage()} rightSection={<IconArrowRight size={16} />} variant="light">
                {t('browse.nextPage')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

/** Typed words apply on Enter, so each keystroke is not a search and a history step. */
function WordsFilter({ text, onChange }: { text: string; onChange: (q: string) => void }) {
  const [value, setValue] = useState(text);
  const { t } = useTranslation('postings');
  return (
    <form
      role="search"
      aria-label={t('browse.words.form')}
      onSubmit={(e) => {
        e.preventDefault();
        onChange(value);
      }}
      style={{ flex: 2, minWidth: 220 }}
    >
      <TextInput
        label={t('browse.words.label')}
        placeholder={t('browse.words.placeholder')}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        onBlur={() => value.trim() !== text && onChange(value)}
        leftSection={<IconSearch size={16} />}
      />
    </form>
  );
}
