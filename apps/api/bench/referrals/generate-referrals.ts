import type { Database } from '@principle-six/db';

/**
 * Referrals for the benchmark, generated in SQL (5 million through the API would take days):
 * givers skewed as in a real network, where a few co-ops give most (giver rank = N·u³ for a
 * uniform u, so the top 1% of co-ops give about a fifth of all referrals and the top 10% nearly
 * half), receivers uniform, dates spread over three years, outcomes in plausible shares, each
 * with its history and, when won, its thank-you. Loaded with triggers off (session_replication_role
 * replica), then the kept totals are rebuilt from a recount, as after any bulk load.
 */

/** Stage shares, in thousandths, in the order the CASE below draws them. */
const STAGE_SHARES: [string, number][] = [
  ['PASSED', 50],
  ['ACCEPTED', 50],
  ['DECLINED', 100],
  ['WITHDRAWN', 20],
  ['CONTACTED', 80],
  ['MEETING_HELD', 50],
  ['PROPOSAL_SENT', 50],
  ['WON', 300],
  ['LOST', 300],
];

function stageCase(column: string): string {
  let upTo = 0;
  const arms = STAGE_SHARES.map(([stage, share]) => {
    upTo += share;
    return `WHEN ${column} < ${upTo / 1000} THEN '${stage}'::"ReferralStage"`;
  });
  return `CASE ${arms.join(' ')} END`;
}

const BATCH = 250_000;

export async function generateReferrals(db: Database, target: number, log: (line: string) => void): Promise<number> {
  const have = Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM referrals`)[0]!.n);
  if (have >= target) return 0;
  // Co-ops numbered 1..N in a fixed order, so that rank 1 is the busiest giver on every run.
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS bench_coop_rank AS
    SELECT row_number() OVER (ORDER BY id) AS rank, id FROM coops`);
  await db.$executeRawUnsafe(`CREATE UNIQUE INDEX IF NOT EXISTS bench_coop_rank_idx ON bench_coop_rank (rank)`);
  const coops = Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM bench_coop_rank`)[0]!.n);
  const started = Date.now();
  for (let done = have; done < target; done += BATCH) {
    const size = Math.min(BATCH, target - done);
    await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
        await tx.$executeRawUnsafe(`
          CREATE TEMP TABLE batch ON COMMIT DROP AS
          SELECT gen_random_uuid() AS id,
                 1 + floor(${coops} * power(random(), 3))::bigint AS giver_rank,
                 1 + floor(${coops} * random())::bigint AS receiver_rank,
                 random() AS outcome,
                 now() - random() * interval '3 years' AS created_at,
                 random() AS r
            FROM generate_series(1, ${size})`);
        await tx.$executeRawUnsafe(`
          INSERT INTO referrals (id, kind, stage, from_coop_id, to_coop_id, what, prospect_name, prospect_email,
                                 consent_at, warmth, estimated_amount, estimated_currency, won_amount, won_currency,
                                 closing_reason, first_contacted_at, stage_changed_at, created_at)
          SELECT b.id,
                 (ARRAY['EXTERNAL','EXTERNAL','EXTERNAL','INTERNAL','TIER_THREE']::"ReferralKind"[])[1 + floor(b.r * 5)::int],
                 s.stage, g.id, rc.id,
                 'A prospect who needs what the receiver provides (generated for the benchmark).',
                 'Prospect ' || left(b.id::text, 8), 'prospect-' || left(b.id::text, 8) || '@example.coop',
                 b.created_at, 1 + floor(b.r * 5)::int, (100 + floor(b.r * 20000))::int, 'GBP',
                 CASE WHEN s.stage = 'WON' THEN (100 + floor(b.r * 50000))::int END,
                 CASE WHEN s.stage = 'WON' THEN CASE WHEN b.r < 0.1 THEN 'EUR' ELSE 'GBP' END END,
                 CASE WHEN s.stage IN ('DECLINED', 'LOST') THEN 'Generated reason.' END,
                 CASE WHEN s.stage IN ('CONTACTED', 'MEETING_HELD', 'PROPOSAL_SENT', 'WON', 'LOST')
                      THEN b.created_at + (-ln(1 - b.r * 0.999) * 4) * interval '1 day' END,
                 b.created_at + interval '20 days', b.created_at
            FROM batch b
            JOIN bench_coop_rank g ON g.rank = b.giver_rank
            -- A co-op does not refer itself: the next one along takes it.
            JOIN bench_coop_rank rc ON rc.rank = CASE WHEN b.receiver_rank = b.giver_rank
                                                      THEN 1 + b.receiver_rank % ${coops} ELSE b.receiver_rank END
            CROSS JOIN LATERAL (SELECT ${stageCase('b.outcome')} AS stage) s`);
        // Its history: passed, accepted where it went on, and where it ended or stands.
        await tx.$executeRawUnsafe(`
          INSERT INTO referral_events (id, referral_id, stage, from_stage, actor_coop_id, reason, amount, currency, created_at)
          SELECT gen_random_uuid(), r.id, e.stage, e.from_stage, e.coop, e.reason, e.amount, e.currency, e.at
            FROM referrals r JOIN batch b ON b.id = r.id
           CROSS JOIN LATERAL (VALUES
             ('PASSED'::"ReferralStage", NULL::"ReferralStage", r.from_coop_id, NULL, NULL::int, NULL, r.created_at, true),
             ('ACCEPTED', 'PASSED', r.to_coop_id, NULL, NULL, NULL, r.created_at + interval '1 day',
              r.stage NOT IN ('PASSED', 'DECLINED', 'WITHDRAWN')),
             (r.stage, CASE WHEN r.stage IN ('DECLINED', 'WITHDRAWN') THEN 'PASSED' ELSE 'ACCEPTED' END::"ReferralStage",
              CASE WHEN r.stage = 'WITHDRAWN' THEN r.from_coop_id ELSE r.to_coop_id END,
              r.closing_reason, r.won_amount, r.won_currency, r.stage_changed_at, r.stage NOT IN ('PASSED', 'ACCEPTED'))
           ) e(stage, from_stage, coop, reason, amount, currency, at, happened)
           WHERE e.happened`);
        await tx.$executeRawUnsafe(`
          INSERT INTO business_thanks (id, from_coop_id, to_coop_id, referral_id, amount, currency, created_at)
          SELECT gen_random_uuid(), r.to_coop_id, r.from_coop_id, r.id, r.won_amount, r.won_currency, r.stage_changed_at
            FROM referrals r JOIN batch b ON b.id = r.id WHERE r.stage = 'WON'`);
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
    const now = Math.min(target, done + size);
    log(`  generated ${now.toLocaleString('en-GB')} of ${target.toLocaleString('en-GB')} referrals (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  log('  rebuilding the kept totals from a recount');
  await db.$executeRawUnsafe(`SELECT referral_totals_rebuild()`);
  await db.$executeRawUnsafe(`ANALYZE`);
  return target - have;
}
