import { Select, Stack } from '@mantine/core';
import type { SearchQuery } from '../../gql/graphql';
import { coopTypeLabel } from '../coops/labels';
import { categoryTree } from './category-tree';
import { FacetGroup } from './FacetGroup';
import { NearFilter } from './NearFilter';
import type { SearchState } from './search-params';

type Update = (change: Partial<SearchState>, options?: { replace?: boolean }) => void;

/** Where (a place and a distance) and the order of the results. */
export function PlaceAndSort({ state, update, nearError }: { state: SearchState; update: Update; nearError: string | undefined }) {
  return (
    <>
      <NearFilter
        near={state.near}
        radiusKm={state.radiusKm}
        error={nearError}
        onChange={(near, radiusKm) => update({ near, radiusKm }, { replace: near.trim() === state.near })}
      />
      <Select
        label="Sort by"
        w={160}
        allowDeselect={false}
        value={state.sort}
        onChange={(v) => v && update({ sort: v as SearchState['sort'] })}
        data={[
          { value: 'RELEVANCE', label: 'Best match' },
          { value: 'DISTANCE', label: 'Distance', disabled: !state.near },
          { value: 'NEWEST', label: 'Newest' },
        ]}
      />
    </>
  );
}

/** The filters with their counts: what they provide, kind, country and region. */
export function Facets({ state, update, facets }: { state: SearchState; update: Update; facets: SearchQuery['search']['facets'] }) {
  return (
    <Stack gap="lg">
      <FacetGroup
        title="What they provide"
        options={categoryTree(facets.categories, state.categoryCodes)}
        selected={state.categoryCodes}
        onChange={(categoryCodes) => update({ categoryCodes })}
      />
      <FacetGroup
        title="Kind of co-op"
        options={facets.coopTypes}
        labelOf={coopTypeLabel}
        selected={state.coopTypes}
        onChange={(coopTypes) => update({ coopTypes: coopTypes as SearchState['coopTypes'] })}
      />
      <FacetGroup title="Country" options={facets.countries} selected={state.countryCodes} onChange={(countryCodes) => update({ countryCodes })} />
      <FacetGroup title="Region" options={facets.regions} selected={state.regions} onChange={(regions) => update({ regions })} />
    </Stack>
  );
}
