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
import { Trans, useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { useCoopTypeLabel } from '../coops/labels';
import { countryName } from '../coops/country-name';
import { SearchPostingCountsQuery, SearchQuery } from './graphql';
import { ExportLinks } from './ExportLinks';
import { Highlighted } from './Highlighted';
import { activeFilterCount, readSearchState, toSearchInput, writeSearchState, type SearchState } from './search-params';
import { Facets, PlaceAndSort } from './SearchFilters';
import { formatDistance, listOf } from './wording';

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
  const { t } = useTranslation('search');
  const { locale } = useFormat();
  const coopTypeLabel = useCoopTypeLabel();
  usePageTitle(state.text ? t('page.titleFor', { text: state.text }) : t('page.title'));
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
      aria-label={t('view.label')}
      value={state.view}
      onChange={(view) => setParams(writeSearchState({ ...state, view: view as SearchState['view'] }))}
      data={[
        { value: 'list', label: t('view.list') },
        { value: 'map', label: t('view.map') },
      ]}
    />
  );

  return (
    <Stack gap="md" px={{ base: 'xs', sm: 0 }}>
      <div>
        <Title order={1}>{state.text ? t('page.headingFor', { text: state.text }) : t('page.heading')}</Title>
        <Text c="dimmed" aria-live="polite">
          {result && result.errors.length === 0
            ? result.near
              ? t(result.totalCountIsLowerBound ? 'page.foundNearAtLeast' : 'page.foundNear', {
                  count: result.totalCount,
                  radius: state.radiusKm,
                  place: result.near.label,
                })
              : t(result.totalCountIsLowerBound ? 'page.foundAtLeast' : 'page.found', { count: result.totalCount })
            : loading
              ? // One line while searching, as the count will be: the hint runs to two on a phone.
                t('page.searching')
              : t('page.hint')}
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
            {filterCount ? t('filters.buttonCount', { count: filterCount }) : t('filters.button')}
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
          <Grid.Col span={{ base: 12, sm: 4, md: 3 }} component="aside" aria-label={t('filters.title')}>
            {facets && <Facets state={state} update={update} facets={facets} />}
          </Grid.Col>
        )}

        <Grid.Col span={phone ? 12 : { base: 12, sm: 8, md: 9 }}>
          {loading && !result && <Loading label={t('page.searching')} />}
          {error && <LoadError error={error} onRetry={() => void refetch()} />}
          {result && result.errors.length > 0 && !result.errors.some((e) => e.field?.startsWith('near')) && (
            <Alert color="red" title={t('results.failed')}>
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
              <Text>{t('results.none')}</Text>
              <Text c="dimmed" size="sm">
                {t('results.noneHint')}
              </Text>
              <Button component={Link} to="/search" variant="light">
                {t('results.clear')}
              </Button>
            </Stack>
          )}
          {result && result.edges.length > 0 && (
            <Stack
              gap="sm"
              component="section"
              aria-label={t('results.label')}
              aria-busy={loading}
              style={{ opacity: loading ? 0.6 : 1 }}
            >
              {state.view === 'map' && (
                <Suspense fallback={<Loading label={t('results.openingMap')} />}>
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
                  <Divider label={t('results.someWordsBelow')} labelPosition="left" />
                )}
                <Card withBorder padding="md" component="article">
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Anchor component={Link} to={`/coops/${hit.node.slug}`} fw={600}>
                      {hit.node.name}
                    </Anchor>
                    {hit.distanceKm !== null && hit.distanceKm !== undefined && (
                      <Badge variant="light" style={{ flexShrink: 0 }}>
                        {t('results.distance', { distance: formatDistance(locale, hit.distanceKm) })}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm">
                    {hit.node.place.name}, {countryName(locale, hit.node.place.countryCode)} · {coopTypeLabel(hit.node.coopType)}
                  </Text>
                  {hit.snippet.length > 0 && <Highlighted segments={hit.snippet} />}
                  <Group gap={6} mt={6}>
                    {(hit.matchedCategories.length > 0 ? hit.matchedCategories : hit.node.categories).map((c) => (
                      <Badge
                        key={c.code}
                        size="sm"
                        variant={hit.matchedCategories.length > 0 ? 'filled' : 'outline'}
                        title={hit.matchedCategories.length > 0 ? t('results.matchedCategory') : undefined}
                      >
                        {c.name}
                      </Badge>
                    ))}
                  </Group>
                  <WordNotes missingWords={hit.missingWords} relatedMatches={hit.relatedMatches} />
                </Card>
                </Fragment>
              ))}
              <Group justify="space-between" component="nav" aria-label={t('results.pages')}>
                {state.after ? (
                  <Button variant="subtle" onClick={() => setParams(writeSearchState({ ...state, after: null }))}>
                    {t('results.first')}
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
                    {t('results.next')}
                  </Button>
                )}
              </Group>
              <ExportLinks state={state} />
            </Stack>
          )}
        </Grid.Col>
      </Grid>
      {phone && filtersWanted && (
        <Suspense fallback={null}>
          <FiltersDrawer
            opened={filtersOpen}
            onClose={() => setFiltersOpen(false)}
            showLabel={
              result
                ? t(result.totalCountIsLowerBound ? 'filters.showAtLeast' : 'filters.show', { count: result.totalCount })
                : t('filters.showResults')
            }
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
  const { t } = useTranslation('search');
  const { formatCount } = useFormat();
  // The same words and categories the counts were made with.
  const params = new URLSearchParams({ q: props.text });
  for (const code of props.categoryCodes) params.append('category', code);
  const q = `?${params.toString()}`;
  return (
    <Group gap="xs" mb="sm" component="nav" aria-label={t('tabs.label')}>
      <Button size="compact-sm" variant="filled" component="span" aria-current="page">
        {props.coops ? t('tabs.coopsCount', { total: formatCount(props.coops.count, props.coops.atLeast) }) : t('tabs.coops')}
      </Button>
      <Button size="compact-sm" variant="light" component={Link} to={`/needs${q}`}>
        {props.needs === null ? t('tabs.needs') : t('tabs.needsCount', { total: formatCount(props.needs) })}
      </Button>
      <Button size="compact-sm" variant="light" component={Link} to={`/offers${q}`}>
        {props.offers === null ? t('tabs.offers') : t('tabs.offersCount', { total: formatCount(props.offers) })}
      </Button>
    </Group>
  );
}

/** "Did you mean" and related searches, offered when few co-ops hold every word. */
function AlternativeSearches(props: { alternatives: { kind: string; text: string }[]; onChoose: (text: string) => void }) {
  const correction = props.alternatives.find((a) => a.kind === 'DID_YOU_MEAN');
  const related = props.alternatives.filter((a) => a.kind === 'RELATED');
  const { t } = useTranslation('search');
  return (
    <Stack gap={4} mb="sm">
      {correction && (
        <Text size="sm">
          <Trans
            t={t}
            i18nKey="alternatives.didYouMean"
            values={{ text: correction.text }}
            components={{ choice: <Anchor component="button" type="button" fw={600} onClick={() => props.onChoose(correction.text)} /> }}
          />
        </Text>
      )}
      {related.length > 0 && (
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('alternatives.related')}
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
  const { t } = useTranslation('search');
  const { locale } = useFormat();
  // Each result lacks some of these, not all: each says which beneath it.
  const words = listOf(locale, droppedWords.map((word) => t('words.quoted', { word })), 'disjunction');
  const one = droppedWords.length === 1;
  return (
    <Alert color="yellow" mb="sm" role="status" title={allWordsCount === 0 ? t('words.noneTitle') : undefined}>
      {allWordsCount === 0
        ? t(one ? 'words.noneLackOne' : 'words.noneLackSome', { words })
        : t(one ? 'words.someLackOne' : 'words.someLackSome', { count: allWordsCount, words })}
    </Alert>
  );
}

/** Per result: the words it lacks, and the words it holds only as a related word. */
function WordNotes({ missingWords, relatedMatches }: { missingWords: string[]; relatedMatches: { typed: string; matched: string }[] }) {
  const { t } = useTranslation('search');
  const { locale } = useFormat();
  if (missingWords.length === 0 && relatedMatches.length === 0) return null;
  const notes = [
    ...(missingWords.length > 0 ? [t('words.lacks', { words: listOf(locale, missingWords.map((word) => t('words.quoted', { word }))) })] : []),
    ...relatedMatches.map((r) => t('words.related', { matched: r.matched, typed: r.typed })),
  ];
  return (
    <Text size="xs" c="dimmed" mt={6}>
      {notes.join(' ')}
    </Text>
  );
}
