import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { use, useMemo } from 'react';
import { EXAMPLE_OPERATIONS } from './example-operations';
import { apiFetcher } from './fetcher';
import { limitsPlugin } from './limits-plugin';
import type { ApiDocs } from './load-api-docs';

/** GraphiQL on the API, with the published schema, the example tabs and the limits panel open. */
export function ApiExplorer({ docs }: { docs: Promise<ApiDocs> }) {
  const { schema, limits } = use(docs);
  // The same objects for the page's life: GraphiQL tells plugins apart by identity, and a new
  // list would reset them. Passing `plugins` replaces GraphiQL's default (the history), so it is
  // named again.
  const { plugin, plugins } = useMemo(() => {
    const limitsPanel = limitsPlugin(limits);
    return { plugin: limitsPanel, plugins: [limitsPanel, HISTORY_PLUGIN] };
  }, [limits]);
  // `schema` given, GraphiQL never sends an introspection query (production refuses them).
  return (
    <GraphiQL fetcher={apiFetcher} schema={schema} defaultTabs={EXAMPLE_OPERATIONS} plugins={plugins} visiblePlugin={plugin}>
      <GraphiQL.Logo>Principle Six API</GraphiQL.Logo>
    </GraphiQL>
  );
}
