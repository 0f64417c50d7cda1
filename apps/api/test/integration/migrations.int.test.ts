import { appliedMigrations, listMigrations, runPrismaCli } from '@principle-six/db';
import { Client } from 'pg';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase, uniqueName, withAdmin } from './support/postgres';

// Everything PostgreSQL knows about the tables, as sortable lines: columns, indexes, constraints, enums.
const CATALOG = `
  SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable
         || ' ' || coalesce(column_default, '') AS line
    FROM information_schema.columns
   WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
  UNION ALL
  SELECT 'index ' || indexdef FROM pg_indexes
   WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
  UNION ALL
  SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
    FROM pg_constraint
   WHERE connamespace = 'public'::regnamespace AND conrelid <> 0
     AND conrelid::regclass::text <> '_prisma_migrations'
  UNION ALL
  SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname
  UNION ALL
  SELECT 'extension ' || extname FROM pg_extension WHERE extname <> 'plpgsql'
  UNION ALL
  SELECT 'text search configuration ' || cfgname FROM pg_ts_config
   WHERE cfgnamespace = 'public'::regnamespace
  UNION ALL
  SELECT 'function ' || p.oid::regprocedure::text FROM pg_proc p
   WHERE p.pronamespace = 'public'::regnamespace
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
  ORDER BY 1`;

// What migrations add by hand because schema.prisma cannot say it (see migration 2's header).
// Anything else that differs between the two databases is drift.
const HAND_WRITTEN = [
  'constraint business_thanks business_thanks_amount_check CHECK ((amount >= 0))',
  'constraint business_thanks business_thanks_two_coops_check CHECK ((from_coop_id <> to_coop_id))',
  'constraint meetings meetings_ends_after_start_check CHECK ((ends_at > starts_at))',
  `constraint moderation_actions moderation_actions_subject_check CHECK ((((subject = 'COOP'::"ModerationSubject") AND (need_id IS NULL) AND (offer_id IS NULL)) OR ((subject = 'NEED'::"ModerationSubject") AND (need_id IS NOT NULL) AND (offer_id IS NULL)) OR ((subject = 'OFFER'::"ModerationSubject") AND (offer_id IS NOT NULL) AND (need_id IS NULL))))`,
  'constraint pitch_rounds pitch_rounds_clock_check CHECK ((clock_ran_ms >= 0))',
  'constraint pitch_rounds pitch_rounds_pitch_seconds_check CHECK (((pitch_seconds >= 15) AND (pitch_seconds <= 600)))',
  'constraint referrals referrals_amounts_check CHECK (((COALESCE(estimated_amount, 0) >= 0) AND (COALESCE(won_amount, 0) >= 0)))',
  'constraint referrals referrals_two_coops_check CHECK ((from_coop_id <> to_coop_id))',
  'constraint referrals referrals_warmth_check CHECK (((warmth >= 1) AND (warmth <= 5)))',
  `constraint reports reports_subject_check CHECK ((((subject = 'COOP'::"ModerationSubject") AND (need_id IS NULL) AND (offer_id IS NULL)) OR ((subject = 'NEED'::"ModerationSubject") AND (need_id IS NOT NULL) AND (offer_id IS NULL)) OR ((subject = 'OFFER'::"ModerationSubject") AND (offer_id IS NOT NULL) AND (need_id IS NULL))))`,
  'extension fuzzystrmatch',
  'extension pg_trgm',
  'extension unaccent',
  'function append_only_log()',
  'function business_thanks_answered_once()',
  'function business_totals()',
  'function business_totals_add(business_thanks,integer)',
  'function compact_search_counts()',
  'function coop_search_counts()',
  'function coop_search_counts_truncated()',
  'function directory_changed()',
  'function distance_km(double precision,double precision,double precision,double precision)',
  'function learn_related_terms(integer,integer,integer,double precision,text[])',
  'function match_query(tsvector,text[])',
  'function referral_contact_add(referrals,integer)',
  'function referral_contact_days(timestamp with time zone,timestamp with time zone)',
  'function referral_events_append_only()',
  'function referral_fixed_columns()',
  'function referral_given("ReferralStage")',
  'function referral_giver_year_add(referrals,integer)',
  'function referral_month(timestamp with time zone)',
  'function referral_totals()',
  'function referral_totals_add(referrals,integer)',
  'function referral_totals_kept()',
  'function referral_totals_rebuild()',
  'function referral_totals_recount()',
  'function refresh_coop_search(uuid[])',
  'function refresh_need_search(uuid[])',
  'function refresh_offer_search(uuid[])',
  'function sorted_letters(text)',
  'function stop_lexemes(text[])',
  'index CREATE INDEX coops_hidden_idx ON public.coops USING btree (id) WHERE (hidden_at IS NOT NULL)',
  'index CREATE INDEX coops_listed_as_giver_idx ON public.coops USING btree (id) WHERE listed_as_giver',
  'index CREATE INDEX coops_location_idx ON public.coops USING gist (point(longitude, latitude)) WHERE ((latitude IS NOT NULL) AND (longitude IS NOT NULL))',
  'index CREATE INDEX coops_name_trgm_idx ON public.coops USING gin (lower(name) gin_trgm_ops)',
  'index CREATE INDEX coops_search_document_idx ON public.coops USING gin (search_document)',
  'index CREATE INDEX needs_location_idx ON public.needs USING gist (point(longitude, latitude)) WHERE ((latitude IS NOT NULL) AND (longitude IS NOT NULL))',
  'index CREATE INDEX needs_search_document_idx ON public.needs USING gin (search_document)',
  'index CREATE INDEX offers_location_idx ON public.offers USING gist (point(longitude, latitude)) WHERE ((latitude IS NOT NULL) AND (longitude IS NOT NULL))',
  'index CREATE INDEX offers_search_document_idx ON public.offers USING gin (search_document)',
  'index CREATE INDEX related_terms_term_idx ON public.related_terms USING btree (term, strength DESC)',
  'index CREATE INDEX search_terms_prefix_idx ON public.search_terms USING btree ("left"(term, 3))',
  'index CREATE INDEX search_terms_trgm_idx ON public.search_terms USING gin (term gin_trgm_ops)',
  `index CREATE UNIQUE INDEX coop_claims_one_open_key ON public.coop_claims USING btree (coop_id, claimant_id) WHERE (status = 'OPEN'::"ClaimStatus")`,
  'index CREATE UNIQUE INDEX introductions_meeting_pair_key ON public.introductions USING btree (meeting_id, LEAST(from_coop_id, to_coop_id), GREATEST(from_coop_id, to_coop_id)) WHERE (meeting_id IS NOT NULL)',
  'index CREATE UNIQUE INDEX matches_need_offer_key ON public.matches USING btree (need_id, offer_id) WHERE (offer_id IS NOT NULL)',
  'index CREATE UNIQUE INDEX matches_need_profile_key ON public.matches USING btree (need_id, provider_coop_id) WHERE (offer_id IS NULL)',
  `index CREATE UNIQUE INDEX reports_one_open_key ON public.reports USING btree (reporter_id, subject, COALESCE(need_id, offer_id, coop_id)) WHERE (status = 'OPEN'::"ReportStatus")`,
  'text search configuration p6_search',
];

async function catalog(database: string): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl(database) });
  await client.connect();
  try {
    return (await client.query<{ line: string }>(CATALOG)).rows.map((r) => r.line);
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  const fromDatamodel = uniqueName('datamodel');
  afterAll(() => dropDatabase(fromDatamodel));

  it('were all applied by `prisma migrate deploy` to the empty template database', async () => {
    const template = process.env.P6_TEST_TEMPLATE!;
    expect(await appliedMigrations(databaseUrl(template))).toEqual(await listMigrations());
  });

  it('produce exactly the schema that prisma/schema.prisma describes, plus the listed hand-written objects', async () => {
    // The datamodel rendered as SQL from nothing, applied to a second database, must match the
    // database the migrations built, column for column and index for index.
    const sql = await runPrismaCli(
      ['migrate', 'diff', '--from-empty', '--to-schema-datamodel', '../../prisma/schema.prisma', '--script'],
      databaseUrl(process.env.P6_TEST_TEMPLATE!),
    );
    const script = sql.slice(sql.indexOf('-- '));
    await withAdmin((c) => c.query(`CREATE DATABASE "${fromDatamodel}"`));
    const client = new Client({ connectionString: databaseUrl(fromDatamodel) });
    await client.connect();
    await client.query(script);
    await client.end();

    const migrated = await catalog(process.env.P6_TEST_TEMPLATE!);
    const described = await catalog(fromDatamodel);
    expect(migrated.length).toBeGreaterThan(50);
    expect(described.filter((line) => !migrated.includes(line))).toEqual([]);
    expect(migrated.filter((line) => !described.includes(line))).toEqual(HAND_WRITTEN);
  }, 60_000);

  it('would notice a difference (the comparison is not vacuous)', async () => {
    const copy = await createDatabaseFromTemplate(process.env.P6_TEST_TEMPLATE!);
    try {
      const before = await catalog(copy);
      const client = new Client({ connectionString: databaseUrl(copy) });
      await client.connect();
      await client.query('ALTER TABLE coops DROP COLUMN website');
      await client.end();
      expect(await catalog(copy)).not.toEqual(before);
    } finally {
      await dropDatabase(copy);
    }
  });
});
