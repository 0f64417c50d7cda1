import type { InterestKind, InterestVisibility } from '../../gql/graphql';

export const KIND_LABELS: Record<InterestKind, string> = {
  TEAM: 'A team I support',
  HOBBY: 'A hobby',
  LANGUAGE: 'A language I speak',
  HOME_TOWN: 'Where I grew up',
  COUNTRY: 'The country I come from',
  CAUSE: 'A cause I care about',
};

export const VISIBILITY_LABELS: Record<InterestVisibility, string> = {
  ONLY_ME: 'Only me',
  COUNCILS: 'People in my councils',
  SIGNED_IN: 'Everyone signed in',
};
