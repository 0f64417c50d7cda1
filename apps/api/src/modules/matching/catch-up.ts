import type { Database } from '@principle-six/db';
import { PUBLIC_POSTING_UNALIASED } from '../../access/visibility';
import { enqueue } from '../../jobs/queue';

/**
 * Queues matching for every open need and offer that has never been matched. Postings made in
 * the app queue their own job in the transaction that saves them; these are the ones written
 * some other way (the demo seed, which runs before the job queue exists) or whose job was lost
 * with a restored backup. Run when the job worker starts; a job already waiting under the same
 * key is replaced, not doubled. Hidden ones are left out: the matcher leaves them unmatched, so
 * they would be queued again at every start.
 */
export async function queueNeverMatched(db: Database): Promise<{ needs: number; offers: number }> {
  const needs = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM needs WHERE status = 'OPEN' AND expires_at > now() AND matched_at IS NULL AND ${PUBLIC_POSTING_UNALIASED}`;
  const offers = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM offers WHERE status = 'OPEN' AND expires_at > now() AND matched_at IS NULL AND ${PUBLIC_POSTING_UNALIASED}`;
  // Needs first: matching a need ranks the offers too, so the offers' own jobs add little after.
  for (const { id } of needs) await enqueue(db, 'match-need', { needId: id }, { jobKey: `match-need:${id}` });
  for (const { id } of offers) await enqueue(db, 'match-offer', { offerId: id }, { jobKey: `match-offer:${id}` });
  return { needs: needs.length, offers: offers.length };
}
