import type { TFunction } from 'i18next';
import type { InterestKind, InterestVisibility } from '../../gql/graphql';

/** The kinds of interest, in the order the picker lists them; their words are `kind.<KIND>`. */
export const INTEREST_KINDS: readonly InterestKind[] = ['TEAM', 'HOBBY', 'LANGUAGE', 'HOME_TOWN', 'COUNTRY', 'CAUSE'];

/** Who may see an interest, from the narrowest; their words are `visibility.<VISIBILITY>`. */
export const INTEREST_VISIBILITIES: readonly InterestVisibility[] = ['ONLY_ME', 'COUNCILS', 'SIGNED_IN'];

export function kindOptions(t: TFunction<'common-ground'>) {
  return INTEREST_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }));
}

export function visibilityOptions(t: TFunction<'common-ground'>) {
  return INTEREST_VISIBILITIES.map((value) => ({ value, label: t(`visibility.${value}`) }));
}
