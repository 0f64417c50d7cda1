import type { Database } from '@principle-six/db';
import { ERRORS } from './scenarios';

/**
 * Helpers for the business-rule, idempotency and digest tests: proving an address, adding a
 * member without the invitation round trip, placing a match, and counting rows so that every
 * refusal can be shown to have written nothing.
 */

export const INTRODUCE = `mutation ($input: IntroduceInput!, $key: String) {
  introduce(input: $input, idempotencyKey: $key) { introduction { id from { id } to { id } } errors { code field message } }
}`;

export const CLAIM_FIELDS = 'id status fulfilmentStatus fulfilmentAnsweredAt viewerCanAnswerFulfilment fulfilledBy { id }';

export const CONFIRM_FULFILMENT = `mutation ($needId: ID!) { confirmFulfilment(needId: $needId) { need { ${CLAIM_FIELDS} } ${ERRORS} } }`;
export const REJECT_FULFILMENT = `mutation ($needId: ID!) { rejectFulfilment(needId: $needId) { need { ${CLAIM_FIELDS} } ${ERRORS} } }`;

/** The person has followed the link mailed at sign-up. */
export async function verifyEmail(db: Database, userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { emailVerifiedAt: new Date() } });
}

export async function addMember(db: Database, userId: string, coopId: string): Promise<void> {
  await db.membership.create({ data: { userId, coopId, role: 'MEMBER' } });
}

/** A match as the matcher would store it, without waiting for the job worker. */
export async function placeMatch(db: Database, needId: string, providerCoopId: string, offerId: string | null = null) {
  return db.match.create({
    data: {
      needId,
      providerCoopId,
      offerId,
      score: 0.5,
      textScore: 0.5,
      categoryScore: 1,
      geoScore: 1,
      recencyScore: 1,
      reciprocityScore: 0,
      feedbackScore: 0,
    },
  });
}

export interface RowCounts {
  needs: number;
  offers: number;
  matches: number;
  introductions: number;
  notifications: number;
  idempotencyKeys: number;
  matchFeedback: number;
}

/** Rows in every table the mutations under test write to. */
export async function rowCounts(db: Database): Promise<RowCounts> {
  const [row] = await db.$queryRaw<RowCounts[]>`
    SELECT (SELECT count(*)::int FROM needs) AS needs, (SELECT count(*)::int FROM offers) AS offers,
           (SELECT count(*)::int FROM matches) AS matches, (SELECT count(*)::int FROM introductions) AS introductions,
           (SELECT count(*)::int FROM notifications) AS notifications,
           (SELECT count(*)::int FROM idempotency_keys) AS "idempotencyKeys",
           (SELECT count(*)::int FROM match_feedback) AS "matchFeedback"`;
  return row!;
}
