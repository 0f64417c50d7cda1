import type { Database } from '@principle-six/db';
import { ERRORS } from './scenarios';
import type { TestClient } from './test-client';

const DAY = 86_400_000;

export const NEED_FIELDS = `id title status matchedAt viewerCanEdit area { anywhere radiusKm place { name } }
  categories { code } coop { id name contactEmail }`;

export const MATCH_FIELDS = `id score distanceKm sharedTerms sharedCategories { code }
  parts { text category geo recency reciprocity feedback } reasons { kind text }
  provider { id name } offer { id title } viewerFeedback viewerIntroduced`;

export const POST_NEED = `mutation ($coopId: ID!, $input: NeedInput!) {
  postNeed(coopId: $coopId, input: $input) { need { ${NEED_FIELDS} } ${ERRORS} }
}`;

export const UPDATE_NEED = `mutation ($id: ID!, $input: NeedInput!) {
  updateNeed(id: $id, input: $input) { need { ${NEED_FIELDS} } ${ERRORS} }
}`;

export const CLOSE_NEED = `mutation ($input: CloseNeedInput!) {
  closeNeed(input: $input) { need { id status fulfilledBy { id } } ${ERRORS} }
}`;

export const POST_OFFER = `mutation ($coopId: ID!, $input: OfferInput!) {
  postOffer(coopId: $coopId, input: $input) { offer { id title status } ${ERRORS} }
}`;

export const NEED_MATCHES = `query ($id: ID!) { need(id: $id) { id matchedAt matches(first: 25) { ${MATCH_FIELDS} } } }`;

export function needInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Printing for our annual report',
    description: 'About 500 copies of a 40-page annual report on recycled paper, printed and bound by March.',
    categoryCodes: ['18'],
    area: { placeName: 'Leeds', countryCode: 'GB', radiusKm: 50 },
    expiresAt: new Date(Date.now() + 30 * DAY).toISOString(),
    budgetAmount: 2000,
    ...overrides,
  };
}

export function offerInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Risograph printing for reports and zines',
    description: 'Short runs of reports, zines and posters on recycled paper, with binding.',
    categoryCodes: ['18'],
    area: { placeName: 'Leeds', countryCode: 'GB', radiusKm: 30 },
    expiresAt: new Date(Date.now() + 60 * DAY).toISOString(),
    coopTerms: '10% off for co-ops',
    ...overrides,
  };
}

export async function postNeed(client: TestClient, coopId: string, overrides: Record<string, unknown> = {}) {
  const data = await client.data(POST_NEED, { coopId, input: needInput(overrides) });
  if (data.postNeed.errors.length) throw new Error(JSON.stringify(data.postNeed.errors));
  return data.postNeed.need as { id: string; title: string };
}

export async function postOffer(client: TestClient, coopId: string, overrides: Record<string, unknown> = {}) {
  const data = await client.data(POST_OFFER, { coopId, input: offerInput(overrides) });
  if (data.postOffer.errors.length) throw new Error(JSON.stringify(data.postOffer.errors));
  return data.postOffer.offer as { id: string; title: string };
}

/**
 * Waits until the job queue is empty: every matching job that was queued has run. The worker
 * polls every 100 ms in tests; the deadline only guards against a stuck worker.
 */
export async function jobsDone(db: Database, deadlineMs = 20_000): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const [row] = await db.$queryRaw<{ n: number; error: string | null }[]>`
      SELECT count(*)::int AS n, max(last_error) AS error FROM graphile_worker.jobs
       WHERE task_identifier NOT IN ('expire-need', 'expire-offer') OR run_at <= now()`;
    if (row?.error) throw new Error(`A job failed: ${row.error}`);
    if (row?.n === 0) return;
    if (Date.now() > until) throw new Error(`Jobs still queued after ${deadlineMs} ms: ${row?.n}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
