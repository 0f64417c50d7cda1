-- Hardening the public API (issue 11): proof of email addresses, idempotent creates, the rate
-- limiter's shared store, fulfilment claims that the named co-op confirms, and one introduction
-- per need between two co-ops. Rendered by `prisma migrate diff` from schema.prisma, with the
-- data steps written by hand beside the objects they prepare.
-- CreateEnum
CREATE TYPE "FulfilmentStatus" AS ENUM ('CLAIMED', 'CONFIRMED', 'REJECTED');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'FULFILMENT_CLAIMED';

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "email_verified_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "needs" ADD COLUMN     "fulfilment_answered_at" TIMESTAMPTZ(3),
ADD COLUMN     "fulfilment_status" "FulfilmentStatus";

-- Before verification, existing accounts are taken as verified.
UPDATE "users" SET "email_verified_at" = "created_at" WHERE "email_verified_at" IS NULL;

-- A fulfilment named before claims existed is a claim, not yet confirmed.
UPDATE "needs" SET "fulfilment_status" = 'CLAIMED' WHERE "fulfilled_by_coop_id" IS NOT NULL;

-- CreateTable
CREATE TABLE "email_verifications" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "email_verifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_keys" (
    "user_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "result_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("user_id","key")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" TIMESTAMPTZ(3),

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "email_verifications_token_hash_key" ON "email_verifications"("token_hash");

-- CreateIndex
CREATE INDEX "email_verifications_user_id_created_at_idx" ON "email_verifications"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys"("created_at");

-- Repeated introductions (possible before this migration) keep their first; their inbox items
-- go with them (ON DELETE CASCADE).
DELETE FROM "introductions" i
 USING "introductions" earlier
 WHERE i."need_id" = earlier."need_id" AND i."from_coop_id" = earlier."from_coop_id"
   AND i."to_coop_id" = earlier."to_coop_id"
   AND (earlier."created_at", earlier."id") < (i."created_at", i."id");

-- CreateIndex
CREATE UNIQUE INDEX "introductions_need_id_from_coop_id_to_coop_id_key" ON "introductions"("need_id", "from_coop_id", "to_coop_id");

-- AddForeignKey
ALTER TABLE "email_verifications" ADD CONSTRAINT "email_verifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

