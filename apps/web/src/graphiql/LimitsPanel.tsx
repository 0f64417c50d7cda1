import type { ApiLimits } from './api-limits';
import { RateLimitTable } from './RateLimitTable';
import { duration, operationLimitLines } from './limit-wording';

/**
 * What the page opens with beside the editor: what this API is, and the limits every client
 * meets, read from the API itself (/graphiql/limits.json).
 */
export function LimitsPanel({ limits }: { limits: ApiLimits }) {
  const block = limits.rateLimits.failureBlockSeconds;
  return (
    <div className="p6-limits">
      <h1 className="graphiql-doc-explorer-title">Principle Six API</h1>
      <p>
        The public GraphQL API at <code>/graphql</code>: search the directory of co-ops and read their profiles, open needs
        and offers. Queries here run as you: signed out, you see what any visitor sees.
      </p>
      <p>
        Two example tabs are open: a search and a list of open needs. The book icon opens the schema&apos;s documentation;
        the schema is also at <a href="/graphiql/schema.graphql">/graphiql/schema.graphql</a> (introspection is off), and
        these limits at <a href="/graphiql/limits.json">/graphiql/limits.json</a>. The README explains them in its section
        &ldquo;The public API: limits and protections&rdquo;.
      </p>

      <h2>Every operation</h2>
      <ul>
        {operationLimitLines(limits.operation, limits.oncePerOperation).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>An operation over a limit is refused before it runs, with an error that names the limit.</p>

      <h2>Rate limits</h2>
      <p>
        Queries are held to the limits above. The mutations and downloads below are counted too: a call over its limit runs
        nothing and answers a <code>RATE_LIMITED</code> error with <code>retryAfterSeconds</code> (a download answers 429
        with <code>Retry-After</code>). Where only failed calls count (a wrong password or token), the limit blocks for{' '}
        {duration(block.first)}, twice as long each time in a day, up to {duration(block.longest)}.
      </p>
      <RateLimitTable caption="Mutations" policies={limits.rateLimits.mutations} />
      <RateLimitTable caption="Downloads" policies={limits.rateLimits.routes} />
    </div>
  );
}
