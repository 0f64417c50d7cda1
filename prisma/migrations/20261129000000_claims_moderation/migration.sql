-- Claiming a co-op, a site administrator, and moderation (issue 15). The statements Prisma wrote
-- from schema.prisma come first; what it cannot say (partial unique indexes, checks, the
-- append-only triggers) is written by hand at the end and listed in the migration test.

-- CreateEnum
CREATE TYPE "SiteRole" AS ENUM ('PERSON', 'ADMIN');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('OPEN', 'APPROVED', 'REJECTED', 'CLOSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ClaimProof" AS ENUM ('EMAIL_DOMAIN', 'WEBSITE_TOKEN', 'ADMIN_APPROVAL');

-- CreateEnum
CREATE TYPE "ClaimEventKind" AS ENUM ('OPENED', 'EMAIL_SENT', 'EMAIL_CONFIRMED', 'WEBSITE_CONFIRMED', 'REVIEW_REQUESTED', 'APPROVED', 'REJECTED', 'CLOSED', 'WITHDRAWN', 'EXPIRED');

-- CreateEnum
CREATE TYPE "ModerationSubject" AS ENUM ('COOP', 'NEED', 'OFFER');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'ACTIONED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "ModerationActionKind" AS ENUM ('HIDE', 'UNHIDE', 'DISMISS');

-- AlterEnum

ALTER TYPE "NotificationKind" ADD VALUE 'CLAIM_APPROVED';
ALTER TYPE "NotificationKind" ADD VALUE 'CLAIM_REJECTED';
ALTER TYPE "NotificationKind" ADD VALUE 'CLAIM_CLOSED';

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "site_role" "SiteRole" NOT NULL DEFAULT 'PERSON';

-- AlterTable
ALTER TABLE "coops" ADD COLUMN     "hidden_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "needs" ADD COLUMN     "hidden_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "offers" ADD COLUMN     "hidden_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "claim_id" UUID;

-- CreateTable
CREATE TABLE "coop_claims" (
    "id" UUID NOT NULL,
    "coop_id" UUID NOT NULL,
    "claimant_id" UUID NOT NULL,
    "status" "ClaimStatus" NOT NULL DEFAULT 'OPEN',
    "website_token" TEXT NOT NULL,
    "proof_email" TEXT,
    "email_token_hash" TEXT,
    "email_expires_at" TIMESTAMPTZ(3),
    "review_note" TEXT,
    "review_requested_at" TIMESTAMPTZ(3),
    "proven_by" "ClaimProof",
    "decided_by_id" UUID,
    "closed_reason" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "coop_claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim_events" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "coop_id" UUID NOT NULL,
    "actor_id" UUID,
    "kind" "ClaimEventKind" NOT NULL,
    "detail" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reports" (
    "id" UUID NOT NULL,
    "reporter_id" UUID NOT NULL,
    "subject" "ModerationSubject" NOT NULL,
    "coop_id" UUID NOT NULL,
    "need_id" UUID,
    "offer_id" UUID,
    "reason" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "resolved_by_id" UUID,
    "resolved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "moderation_actions" (
    "id" UUID NOT NULL,
    "actor_id" UUID,
    "kind" "ModerationActionKind" NOT NULL,
    "subject" "ModerationSubject" NOT NULL,
    "coop_id" UUID NOT NULL,
    "need_id" UUID,
    "offer_id" UUID,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "moderation_actions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "coop_claims_website_token_key" ON "coop_claims"("website_token");

-- CreateIndex
CREATE UNIQUE INDEX "coop_claims_email_token_hash_key" ON "coop_claims"("email_token_hash");

-- CreateIndex
CREATE INDEX "coop_claims_coop_id_status_idx" ON "coop_claims"("coop_id", "status");

-- CreateIndex
CREATE INDEX "coop_claims_claimant_id_status_idx" ON "coop_claims"("claimant_id", "status");

-- CreateIndex
CREATE INDEX "coop_claims_status_review_requested_at_idx" ON "coop_claims"("status", "review_requested_at");

-- CreateIndex
CREATE INDEX "claim_events_claim_id_created_at_idx" ON "claim_events"("claim_id", "created_at");

-- CreateIndex
CREATE INDEX "claim_events_created_at_id_idx" ON "claim_events"("created_at", "id");

-- CreateIndex
CREATE INDEX "reports_status_created_at_idx" ON "reports"("status", "created_at");

-- CreateIndex
CREATE INDEX "reports_coop_id_idx" ON "reports"("coop_id");

-- CreateIndex
CREATE INDEX "moderation_actions_coop_id_created_at_idx" ON "moderation_actions"("coop_id", "created_at");

-- CreateIndex
CREATE INDEX "moderation_actions_need_id_idx" ON "moderation_actions"("need_id");

-- CreateIndex
CREATE INDEX "moderation_actions_offer_id_idx" ON "moderation_actions"("offer_id");

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "coop_claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coop_claims" ADD CONSTRAINT "coop_claims_coop_id_fkey" FOREIGN KEY ("coop_id") REFERENCES "coops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coop_claims" ADD CONSTRAINT "coop_claims_claimant_id_fkey" FOREIGN KEY ("claimant_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coop_claims" ADD CONSTRAINT "coop_claims_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_events" ADD CONSTRAINT "claim_events_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "coop_claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_events" ADD CONSTRAINT "claim_events_coop_id_fkey" FOREIGN KEY ("coop_id") REFERENCES "coops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_events" ADD CONSTRAINT "claim_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_coop_id_fkey" FOREIGN KEY ("coop_id") REFERENCES "coops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_need_id_fkey" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_coop_id_fkey" FOREIGN KEY ("coop_id") REFERENCES "coops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_need_id_fkey" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderation_actions" ADD CONSTRAINT "moderation_actions_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written from here.

-- One open claim per person per co-op: a second is refused by this index as well as by the
-- service (two requests at once cannot both pass the service's check).
CREATE UNIQUE INDEX coop_claims_one_open_key ON coop_claims (coop_id, claimant_id) WHERE status = 'OPEN';

-- One open report per person per item.
CREATE UNIQUE INDEX reports_one_open_key ON reports (reporter_id, subject, COALESCE(need_id, offer_id, coop_id)) WHERE status = 'OPEN';

-- A report or action names the item its subject says, and only that (its co-op always).
ALTER TABLE reports ADD CONSTRAINT reports_subject_check CHECK (
  (subject = 'COOP' AND need_id IS NULL AND offer_id IS NULL)
  OR (subject = 'NEED' AND need_id IS NOT NULL AND offer_id IS NULL)
  OR (subject = 'OFFER' AND offer_id IS NOT NULL AND need_id IS NULL));
ALTER TABLE moderation_actions ADD CONSTRAINT moderation_actions_subject_check CHECK (
  (subject = 'COOP' AND need_id IS NULL AND offer_id IS NULL)
  OR (subject = 'NEED' AND need_id IS NOT NULL AND offer_id IS NULL)
  OR (subject = 'OFFER' AND offer_id IS NOT NULL AND need_id IS NULL));

-- The few hidden co-ops, so that "not a hidden co-op's posting" (access/visibility.ts) is a
-- lookup in a tiny index rather than a read of every co-op.
CREATE INDEX coops_hidden_idx ON coops (id) WHERE hidden_at IS NOT NULL;

-- Claim events and moderation actions are kept as they happened. The one update allowed is the
-- foreign key's own, forgetting an account that was deleted (the column named by the trigger);
-- the one delete allowed is a cascade from what they belong to (a trigger fired by another
-- trigger: pg_trigger_depth() > 1), never a DELETE on the table itself.
CREATE FUNCTION append_only_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE forgettable text := TG_ARGV[0];
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF pg_trigger_depth() > 1 THEN RETURN OLD; END IF;
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
  END IF;
  IF to_jsonb(NEW) ->> forgettable IS NULL AND to_jsonb(OLD) ->> forgettable IS NOT NULL
     AND (to_jsonb(NEW) - forgettable) = (to_jsonb(OLD) - forgettable) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER claim_events_append_only BEFORE UPDATE OR DELETE ON claim_events
  FOR EACH ROW EXECUTE FUNCTION append_only_log('actor_id');
CREATE TRIGGER moderation_actions_append_only BEFORE UPDATE OR DELETE ON moderation_actions
  FOR EACH ROW EXECUTE FUNCTION append_only_log('actor_id');

-- Statistics for the new columns at once. Without them PostgreSQL guesses that `hidden_at IS
-- NULL` holds for 0.5 % of rows (its default for a null test), where it holds for all but a few:
-- search's plans and its own estimates (filter-estimate.ts) would be 200 times off on a directory
-- migrated in place, until autovacuum happened to analyse the tables.
ANALYZE coops (hidden_at);
ANALYZE needs (hidden_at);
ANALYZE offers (hidden_at);
