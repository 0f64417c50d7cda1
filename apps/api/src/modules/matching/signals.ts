import type { Database } from '@principle-six/db';
import type { PastDealings, PastFeedback } from '@principle-six/matching';

export type PairSignals = PastDealings & PastFeedback;

type Sql = Pick<Database, '$queryRaw'>;

export const pairKey = (needCoopId: string, providerCoopId: string) => `${needCoopId}/${providerCoopId}`;

/**
 * For each (need's co-op, provider) pair: past dealings either way, and what the need's co-op
 * said about the provider before. One query for every pair of a matching run.
 *
 * Dealings count relationships, not rows, so that they cannot be inflated by repetition:
 * introductions count the distinct needs the two co-ops introduced themselves about (either
 * way, so both sides of one conversation count once), and fulfilled needs count only claims
 * that the named co-op confirmed (a need's co-op can name anyone; see FulfilmentClaims).
 */
export async function loadPairSignals(sql: Sql, pairs: [string, string][]): Promise<Map<string, PairSignals>> {
  const unique = [...new Map(pairs.map((p) => [pairKey(...p), p])).values()];
  if (unique.length === 0) return new Map();
  const rows = await sql.$queryRaw<({ needCoopId: string; providerCoopId: string } & PairSignals)[]>`
    SELECT p.need_coop AS "needCoopId", p.provider AS "providerCoopId",
           (SELECT count(DISTINCT i.need_id) FROM introductions i
             WHERE (i.from_coop_id = p.need_coop AND i.to_coop_id = p.provider)
                OR (i.from_coop_id = p.provider AND i.to_coop_id = p.need_coop))::int AS introductions,
           (SELECT count(*) FROM needs x
             WHERE x.status = 'FULFILLED' AND x.fulfilment_status = 'CONFIRMED'
               AND ((x.coop_id = p.need_coop AND x.fulfilled_by_coop_id = p.provider)
                 OR (x.coop_id = p.provider AND x.fulfilled_by_coop_id = p.need_coop)))::int AS "fulfilledNeeds",
           (SELECT count(*) FROM match_feedback f
             WHERE f.coop_id = p.need_coop AND f.subject_coop_id = p.provider AND f.kind = 'NOT_RELEVANT')::int AS "notRelevant",
           (SELECT count(*) FROM match_feedback f
             WHERE f.coop_id = p.need_coop AND f.subject_coop_id = p.provider AND f.kind = 'SAVED')::int AS saved
      FROM unnest(${unique.map((p) => p[0])}::uuid[], ${unique.map((p) => p[1])}::uuid[]) AS p(need_coop, provider)`;
  return new Map(rows.map((r) => [pairKey(r.needCoopId, r.providerCoopId), r]));
}
