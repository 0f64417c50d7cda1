import type { RatePolicy } from './api-limits';
import { countsWords, rateLimitWords } from './limit-wording';

/** One row per mutation or route, in the order the API lists them. */
export function RateLimitTable({ caption, policies }: { caption: string; policies: Record<string, RatePolicy> }) {
  const rows = Object.entries(policies);
  if (rows.length === 0) return null;
  return (
    <table className="p6-rate-limits">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Counts</th>
          <th scope="col">At most</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, policy]) => (
          <tr key={name}>
            <th scope="row">
              <code>{name}</code>
            </th>
            <td>{countsWords(policy)}</td>
            <td>{rateLimitWords(policy)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
