import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Divider,
  Grid,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconArrowRight } from '@tabler/icons-react';
import { Fragment, lazy, Suspense, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { coopTypeLabel } from '../coops/labels';
import { SearchPostingCountsQuery, SearchQuery } from './graphql';
import { Highlighted } from './Highlighted';
import { activeFilterCount, readSearchState, toSearchInput, writeSearchState, type SearchState } from './search-params';
import { Facets, PlaceAndSort } from './SearchFilters';

const PAGE_SIZE = 20;

// Leaflet is loaded only when someone opens the map, the phone's filter drawer when it is opened.
const ResultsMap = lazy(() => import('./ResultsMap'));
const loadFiltersDrawer = () => import('./FiltersDrawer');
const FiltersDrawer = lazy(loadFiltersDrawer);
/** Below Mantine's `sm` breakpoint (48em). */
const PHONE = '(max-width: 47.99em)';

/** Search results with filters; everything about the search is in the URL. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const state = readSearchState(params);
  usePageTitle(state.text ? `“${state.text}” – search` : 'Search');
  const { data, previousData, loading, error, refetch } = useQuery(SearchQuery, {
    variables: { input: toSearchInput(state), first: PAGE_SIZE, after: state.after },
  });
  const result = (data ?? previousData)?.search;
  const postingCounts = useQuery(SearchPostingCountsQuery, {
    variables: { filter: { text: state.text, categoryCodes: state.categoryCodes } },
    skip: !state.text.trim(),
  }).data;

  // Each change is a step that Back undoes, except fine-tuning the distance, which replaces the
  // current step so that typing "300" does not leave "3" and "30" in the history.
  const update = (change: Partial<SearchState>, options: { replace?: boolean } = {}) =>
    setParams(writeSearchState({ ...state, after: null, ...change }), options);

  const facets = result?.facets;
  const nearError = result?.errors.find((e) => e.field?.startsWith('near'))?.message;
  // On a phone the filters wait in a drawer behind a button, so the results come first.
  const phone = useMediaQuery(PHONE, false, { getInitialValueInEffect: false });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [filtersWanted, setFiltersWanted] = useState(false);
  const filterCount = activeFilterCount(state);
  const viewToggle = (
    <SegmentedControl
      aria-label="Show results as"
      value={state.view}
      onChange={(view) => setParams(writeSearchState({ ...state, view: view as SearchState['view'] }))}
      data={[
        { value: 'list', label: 'List' },
        { value: 'map', label: 'Map' },
      ]}
    />
  );

  return (
    <Stack gap="md" px={{ base: 'xs', sm: 0 }}>
      <div>
        <Title order={1}>{state.text ? `Co-ops for “${state.text}”` : 'Find co-ops'}</Title>
        <Text c="dimmed" aria-live="polite">
          {result && result.errors.length === 0
            ? `${result.totalCount.toLocaleString('en-GB')}${result.totalCountIsLowerBound ? '+' : ''} ${
                result.totalCount === 1 ? 'co-op' : 'co-ops'
              }${result.near ? ` within ${state.radiusKm} km of ${result.near.label}` : ''}`
            : loading
              ? // One line while searching, as the count will be: the hint runs to two on a phone.
                'Searching…'
              : 'Search by what they provide, where they are and what kind they are.'}
        </Text>
      </div>

      {phone ? (
        <Group justify="space-between" gap="sm">
          <Button
            variant="default"
            leftSection={<IconAdjustmentsHorizontal size={16} />}
            onPointerDown={() => void loadFiltersDrawer()}
            onClick={() => {
              setFiltersWanted(true);
              setFiltersOpen(true);
            }}
            aria-expanded={filtersOpen}
            aria-controls="search-filters"
          >
            Filters{filterCount ? ` (${filterCount})` : ''}
          </Button>
          {viewToggle}
        </Group>
      ) : (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <PlaceAndSort state={state} update={update} nearError={nearError} />
          {viewToggle}
        </Group>
      )}

      <Grid gap="lg">
        {!phone && (
          <Grid.Col span={{ base: 12, sm: 4, md: 3 }} component="aside" aria-label="Filters">
            {facets && <Facets state={state} update={update} facets={facets} />}
          </Grid.Col>
        )}

        <Grid.Col span={phone ? 12 : { base: 12, sm: 8, md: 9 }}>
          {loading && !result && <Loading label="Searching…" />}
          {error && <LoadError error={error} onRetry={() => void refetch()} />}
          {result && result.errors.length > 0 && !result.errors.some((e) => e.field?.startsWith('near')) && (
            <Alert color="red" title="This search could not run">
              {result.errors.map((e) => e.message).join(' ')}
            </Alert>
          )}
          {state.text.trim() && (
            <ResultTabs
              text={state.text.trim()}
              categoryCodes={state.categoryCodes}
              coops={result ? { count: result.totalCount, atLeast: result.totalCountIsLowerBound } : null}
              needs={postingCounts?.needs.totalCount ?? null}
              offers={postingCounts?.offers.totalCount ?? null}
            />
          )}
          {result && result.alternatives.length > 0 && (
            <AlternativeSearches
              alternatives={result.alternatives}
              onChoose={(text) => update({ text })}
            />
          )}
          {result && result.edges.length > 0 && result.droppedWords.length > 0 && (
            <DroppedWordsNotice allWordsCount={result.allWordsCount} droppedWords={result.droppedWords} />
          )}
          {result && result.errors.length === 0 && result.edges.length === 0 && (
            <Stack align="flex-start" py="lg">
              <Text>No co-ops match this search.</Text>
              <Text c="dimmed" size="sm">
                Try fewer words, another spelling, a wider distance, or fewer filters.
              </Text>
              <Button component={Link} to="/search" variant="light">
                Clear the search
              </Button>
            </Stack>
          )}
          {result && result.edges.length > 0 && (
            <Stack
              gap="sm"
              component="section"
              aria-label="Results"
              aria-busy={loading}
              style={{ opacity: loading ? 0.6 : 1 }}
            >
              {state.view === 'map' && (
                <Suspense fallback={<Loading label="Opening the map…" />}>
                  <ResultsMap
                    hits={result.edges.map(({ node }) => ({
                      id: node.id,
                      slug: node.slug,
                      name: node.name,
                      latitude: node.latitude,
                      longitude: node.longitude,
                      placeName: node.place.name,
                    }))}
                    centre={result.near ? { ...result.near, radiusKm: state.radiusKm } : null}
                  />
                </Suspense>
              )}
              {state.view === 'list' && result.edges.map((hit, i) => (
                <Fragment key={hit.node.id}>
                {i > 0 && hit.missingWords.length > 0 && result.edges[i - 1]!.missingWords.length === 0 && (
                  <Divider label="Co-ops below hold some of your words" labelPosition="left" />
                )}
                <Card withBorder padding="md" component="article">
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Anchor component={Link} to={`/coops/${hit.node.slug}`} fw={600}>
                      {hit.node.name}
                    </Anchor>
                    {hit.distanceKm !== null && hit.distanceKm !== undefined && (
                      <Badge variant="light" style={{ flexShrink: 0 }}>
                        {hit.distanceKm < 10 ? hit.distanceKm.toFixed(1) : Math.round(hit.distanceKm)} km
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm">
                    {hit.node.place.name}, {hit.node.place.countryName} · {coopTypeLabel(hit.node.coopType)}
                  </Text>
                  {hit.snippet.length > 0 && <Highlighted segments={hit.snippet} />}
                  <Group gap={6} mt={6}>
                    {(hit.matchedCategories.length > 0 ? hit.matchedCategories : hit.node.categories).map((c) => (
                      <Badge
                        key={c.code}
                        size="sm"
                        variant={hit.matchedCategories.length > 0 ? 'filled' : 'outline'}
                        title={hit.matchedCategories.length > 0 ? 'Matched your search' : undefined}
                      >
                        {c.name}
                      </Badge>
                    ))}
                  </Group>
                  <WordNotes missingWords={hit.missingWords} relatedMatches={hit.relatedMatches} />
                </Card>
                </Fragment>
              ))}
              <Group justify="space-between" component="nav" aria-label="Pages">
                {state.after ? (
                  <Button variant="subtle" onClick={() => setParams(writeSearchState({ ...state, after: null }))}>
                    First page
                  </Button>
                ) : (
                  <span />
                )}
                {result.pageInfo.hasNextPage && result.pageInfo.endCursor && (
                  <Button
                    variant="light"
                    rightSection={<IconArrowRight size={16} />}
                    onClick={() => setParams(writeSearchState({ ...state, after: result.pageInfo.endCursor ?? null }))}
                  >
                    Next page
                  </Button>
                )}
              </Group>
            </Stack>
          )}
        </Grid.Col>
      </Grid>
      {phone && filtersWanted && (
        <Suspense fallback={null}>
          <FiltersDrawer
            opened={filtersOpen}
            onClose={() => setFiltersOpen(false)}
            showLabel={result ? `Show ${result.totalCount.toLocaleString('en-GB')}${result.totalCountIsLowerBound ? '+' : ''} co-ops` : 'Show the results'}
          >
            <PlaceAndSort state={state} update={update} nearError={nearError} />
            {facets && <Facets state={state} update={update} facets={facets} />}
          </FiltersDrawer>
        </Suspense>
      )}
    </Stack>
  );
}

/**
 * Co-ops, needs and offers for the same words, with their counts: the needs and offers tabs open
 * their own lists (/needs, /offers), which read the words the same way search does.
 */
function ResultTabs(props: {
  text: string;
  categoryCodes: string[];
  coops: { count: number; atLeast: boolean } | null;
  needs: number | null;
  offers: number | null;
}) {
  const count = (n: number | null, atLeast = false) => (n === null ? '' : ` (${n.toLocaleString('en-GB')}${atLeast ? '+' : ''})`);
  // The same words and categories the counts were made with.
  const params = new URLSearchParams({ q: props.text });
  for (const code of props.categoryCodes) params.append('category', code);
  const q = `?${params.toString()}`;
  return (
    <Group gap="xs" mb="sm" component="nav" aria-label="Results for these words">
      <Button size="compact-sm" variant="filled" component="span" aria-current="page">
        Co-ops{count(props.coops?.count ?? null, props.coops?.atLeast)}
      </Button>
      <Button size="compact-sm" variant="light" component={Link} to={`/needs${q}`}>
        Open needs{count(props.needs)}
      </Button>
      <Button size="compact-sm" variant="light" component={Link} to={`/offers${q}`}>
        Offers{count(props.offers)}
      </Button>
    </Group>
  );
}

/** "Did you mean" and related searches, offered when few co-ops hold every word. */
function AlternativeSearches(props: { alternatives: { kind: string; text: string }[]; onChoose: (text: string) => void }) {
  const correction = props.alternatives.find((a) => a.kind === 'DID_YOU_MEAN');
  const related = props.alternatives.filter((a) => a.kind === 'RELATED');
  return (
    <Stack gap={4} mb="sm">
      {correction && (
        <Text size="sm">
          Did you mean{' '}
          <Anchor component="button" type="button" fw={600} onClick={() => props.onChoose(correction.text)}>
            {correction.text}
          </Anchor>
          ?
        </Text>
      )}
      {related.length > 0 && (
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            Related searches:
          </Text>
          {related.map((a) => (
            <Anchor key={a.text} component="button" type="button" size="sm" onClick={() => props.onChoose(a.text)}>
              {a.text}
            </Anchor>
          ))}
        </Group>
      )}
    </Stack>
  );
}

/** Says that the search was relaxed and which words the results lack: it never happens silently. */
function DroppedWordsNotice({ allWordsCount, droppedWords }: { allWordsCount: number; droppedWords: string[] }) {
  // Each result lacks some of these, not all: each says which beneath it.
  const words = listWords(droppedWords.map((w) => `“${w}”`), 'or');
  const lacking = droppedWords.length === 1 ? `lack ${words}` : `lack one or more of ${words}`;
  return (
    <Alert color="yellow" mb="sm" role="status" title={allWordsCount === 0 ? 'No co-op holds every word' : undefined}>
      {allWordsCount === 0
        ? `These hold most of them; they ${lacking}.`
        : `${allWordsCount.toLocaleString('en-GB')} ${allWordsCount === 1 ? 'co-op holds' : 'co-ops hold'} every word. Below ${allWordsCount === 1 ? 'it' : 'them'}, co-ops that ${lacking}.`}
    </Alert>
  );
}

/** Per result: the words it lacks, and the words it holds only as a related word. */
function WordNotes({ missingWords, relatedMatches }: { missingWords: string[]; relatedMatches: { typed: string; matched: string }[] }) {
  if (missingWords.length === 0 && relatedMatches.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" mt={6}>
      {missingWords.length > 0 && <>Lacks {listWords(missingWords.map((w) => `“${w}”`))}. </>}
      {relatedMatches.map((r) => `Matched “${r.matched}” for “${r.typed}”.`).join(' ')}
    </Text>
  );
}

function listWords(items: string[], last: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}
