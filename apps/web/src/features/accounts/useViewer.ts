import { useQuery } from '@apollo/client/react';
import { ViewerQuery } from './graphql';

/** The signed-in person (null for a visitor) and the co-ops they belong to. */
export function useViewer() {
  const { data, loading, error } = useQuery(ViewerQuery);
  return { viewer: data?.viewer ?? null, loading, error };
}
