import { ERRORS } from './scenarios';
import type { TestClient } from './test-client';

export const REFERRAL_FIELDS = `id kind stage what warmth note closingReason consentAt firstContactedAt stageChangedAt createdAt
  from { id } to { id } need { id }
  prospect { name organisation email phone coop { id } }
  estimatedValue { amount currency } wonValue { amount currency }
  history { stage fromStage coop { id } by reason value { amount currency } at }
  viewerSide viewerNextStages`;

export const PASS_REFERRAL = `mutation ($input: PassReferralInput!, $key: String) {
  passReferral(input: $input, idempotencyKey: $key) { referral { ${REFERRAL_FIELDS} } ${ERRORS} }
}`;

export const MOVE_REFERRAL = `mutation ($input: MoveReferralInput!) {
  moveReferral(input: $input) { referral { ${REFERRAL_FIELDS} } ${ERRORS} }
}`;

export const THANK = `mutation ($input: ThankForBusinessInput!, $key: String) {
  thankForBusiness(input: $input, idempotencyKey: $key) { thanks { id status value { amount currency } from { id } to { id } note } ${ERRORS} }
}`;

export const ANSWER_THANKS = `mutation ($input: AnswerThanksInput!) {
  answerThanks(input: $input) { thanks { id status viewerCanAnswer } ${ERRORS} }
}`;

/** Thanks a co-op directly and has the credited co-op confirm it; throws on errors. */
export async function thankConfirmed(thanker: TestClient, credited: TestClient, input: Record<string, unknown>): Promise<string> {
  const { thankForBusiness } = await thanker.data(THANK, { input });
  if (thankForBusiness.errors.length) throw new Error(JSON.stringify(thankForBusiness.errors));
  const { answerThanks } = await credited.data(ANSWER_THANKS, { input: { thanksId: thankForBusiness.thanks.id, confirm: true } });
  if (answerThanks.errors.length) throw new Error(JSON.stringify(answerThanks.errors));
  return thankForBusiness.thanks.id;
}

export const REFERRAL = `query ($id: ID!) { referral(id: $id) { ${REFERRAL_FIELDS} } }`;

export const LEDGER_FIELDS = `
  given { total open won lost declined withdrawn conversionRate medianDaysToFirstContact }
  received { total open won lost declined withdrawn conversionRate medianDaysToFirstContact }
  valueGiven { amount currency } valueReceived { amount currency }
  months { month given received valueGiven { amount currency } valueReceived { amount currency } }`;

export const LEDGER = `query ($slug: String!) { coop(slug: $slug) { id referralLedger { ${LEDGER_FIELDS} } } }`;

/** A valid passReferral input from one co-op to another; overrides replace fields. */
export function referralInput(fromCoopId: string, toCoopId: string, overrides: Record<string, unknown> = {}) {
  return {
    fromCoopId,
    toCoopId,
    kind: 'EXTERNAL',
    what: 'A housing co-op in Leeds needs its accounts audited before March.',
    prospect: { name: 'Sam Prospect', organisation: 'Leeds Homes Co-op', email: 'sam@leeds-homes.example.coop', phone: null },
    prospectKnows: true,
    warmth: 3,
    estimatedValue: { amount: 1500, currency: 'GBP' },
    note: 'Sam is expecting your call this week.',
    ...overrides,
  };
}

/** Passes a referral and answers it; throws on errors (for setting the scene). */
export async function passReferral(client: TestClient, input: Record<string, unknown>): Promise<{ id: string; stage: string }> {
  const { passReferral } = await client.data(PASS_REFERRAL, { input });
  if (passReferral.errors.length) throw new Error(JSON.stringify(passReferral.errors));
  return passReferral.referral;
}

export async function moveReferral(client: TestClient, input: Record<string, unknown>) {
  const { moveReferral } = await client.data(MOVE_REFERRAL, { input });
  return moveReferral as { referral: Record<string, unknown> | null; errors: { code: string; field: string | null; message: string }[] };
}
