import { useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowRight, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { CATEGORY_OPTIONS } from '../coops/options';
import { NeedsListQuery, OffersListQuery } from './graphql';
import { PostingCard } from './PostingCard';

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
  usePageTitle(what === 'need' ? 'Needs' : 'Offers');

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
          <Title order={1}>{what === 'need' ? 'What co-ops are looking for' : 'What co-ops offer each other'}</Title>
          <Text c="dimmed" aria-live="polite">
            {connection
              ? `${connection.totalCount.toLocaleString('en-GB')} open ${what === 'need' ? 'needs' : 'offers'}, newest first.`
              : 'Open postings, newest first.'}
          </Text>
        </div>
        <SegmentedControl
          value={what}
          onChange={(v) => void navigate(`/${v}s${params.get('q') ? `?q=${encodeURIComponent(text)}` : ''}`)}
          data={[
            { value: 'need', label: 'Needs' },
            { value: 'offer', label: 'Offers' },
          ]}
          aria-label="Show needs or offers"
        />
      </Group>

      <Group align="flex-end" gap="sm" wrap="wrap">
        <WordsFilter key={text} text={text} onChange={(q) => update({ q })} />
        <MultiSelect
          label="Categories"
          placeholder={categoryCodes.length ? undefined : 'Any'}
          searchable
          clearable
          data={CATEGORY_OPTIONS}
          value={categoryCodes}
          onChange={(category) => update({ category })}
          maw={420}
          style={{ flex: 1, minWidth: 220 }}
          nothingFoundMessage="No category matches that"
        />
      </Group>

      {current.loading && !connection && <Loading label={`Loading ${what}s…`} />}
      {current.error && <LoadError error={current.error} onRetry={() => void current.refetch()} />}
      {connection && connection.edges.length === 0 && (
        <Stack align="flex-start" py="lg">
          <Text>
            {text || categoryCodes.length
              ? `No open ${what}s fit these filters.`
              : `No co-op has posted an open ${what} yet.`}
          </Text>
          {(text || categoryCodes.length > 0) && (
            <Button variant="light" onClick={() => setParams(new URLSearchParams())}>
              Clear the filters
            </Button>
          )}
        </Stack>
      )}
      {connection && connection.edges.length > 0 && (
        <Stack gap="sm" component="section" aria-label={what === 'need' ? 'Needs' : 'Offers'}>
          {connection.edges.map(({ node }) => (
            <PostingCard key={node.id} posting={node} what={what} />
          ))}
          <Group justify="space-between" component="nav" aria-label="Pages">
            {after ? (
              <Button variant="subtle" onClick={() => update({})}>
                First page
              </Button>
            ) : (
              <span />
            )}
            {connection.pageInfo.hasNextPage && (
              <Button component={Link} to={nextPage()} rightSection={<IconArrowRight size={16} />} variant="light">
                Next page
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
  return (
    <form
      role="search"
      aria-label="Filter these postings"
      onSubmit={(e) => {
        e.preventDefault();
        onChange(value);
      }}
      style={{ flex: 2, minWidth: 220 }}
    >
      <TextInput
        label="Words"
        placeholder="e.g. bookkeeping, catering, solar"
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        onBlur={() => value.trim() !== text && onChange(value)}
        leftSection={<IconSearch size={16} />}
      />
    </form>
  );
}
