import { Select, Stack } from '@mantine/core';
import type { SearchQuery } from '../../gql/graphql';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { useCoopTypeLabel } from '../coops/labels';
import { countryName } from '../coops/country-name';
import { categoryTree } from './category-tree';
import { FacetGroup } from './FacetGroup';
import { NearFilter } from './NearFilter';
import type { SearchState } from './search-params';

type Update = (change: Partial<SearchState>, options?: { replace?: boolean }) => void;

/** Where (a place and a distance) and the order of the results. */
export function PlaceAndSort({ state, update, nearError }: { state: SearchState; update: Update; nearError: string | undefined }) {
  const { t } = useTranslation('search');
  return (
    <>
      <NearFilter
        near={state.near}
        radiusKm={state.radiusKm}
        error={nearError}
        onChange={(near, radiusKm) => update({ near, radiusKm }, { replace: near.trim() === state.near })}
      />
      <Select
        label={t('filters.sortBy')}
        w={160}
        allowDeselect={false}
        value={state.sort}
        onChange={(v) => v && update({ sort: v as SearchState['sort'] })}
        data={[
          { value: 'RELEVANCE', label: t('filters.sort.RELEVANCE') },
          { value: 'DISTANCE', label: t('filters.sort.DISTANCE'), disabled: !state.near },
          { value: 'NEWEST', label: t('filters.sort.NEWEST') },
        ]}
      />
    </>
  );
}

/** The filters with their counts: what they provide, kind, country and region. */
export function Facets({ state, update, facets }: { state: SearchState; update: Update; facets: SearchQuery['search']['facets'] }) {
  const { t } = useTranslation('search');
  const { locale } = useFormat();
  const coopTypeLabel = useCoopTypeLabel();
  // The API names kinds and countries in English; they are named here in the reader's language.
  const country = (code: string) => countryName(locale, code);
  return (
    <Stack gap="lg">
      <FacetGroup
        title={t('filters.categories')}
        options={categoryTree(facets.categories, state.categoryCodes)}
        selected={state.categoryCodes}
        onChange={(categoryCodes) => update({ categoryCodes })}
      />
      <FacetGroup
        title={t('filters.coopTypes')}
        options={facets.coopTypes.map((o) => ({ ...o, label: coopTypeLabel(o.value) }))}
        labelOf={coopTypeLabel}
        selected={state.coopTypes}
        onChange={(coopTypes) => update({ coopTypes: coopTypes as SearchState['coopTypes'] })}
      />
      <FacetGroup
        title={t('filters.countries')}
        options={facets.countries.map((o) => ({ ...o, label: country(o.value) }))}
        labelOf={country}
        selected={state.countryCodes}
        onChange={(countryCodes) => update({ countryCodes })}
      />
      <FacetGroup title={t('filters.regions')} options={facets.regions} selected={state.regions} onChange={(regions) => update({ regions })} />
    </Stack>
  );
}
