import { Prisma, type Database } from '@principle-six/db';
import { STOP_LEXEMES_SQL } from '../../language/stop-words';
import type { InboxEvents } from '../notifications/inbox-events';
import { loadNeed, needsForOffer, OPEN_NEED, OPEN_OFFER, providersForNeed } from './candidates';
import { bestMatches, scoreCandidate, type ScoredMatch } from './scoring';
import { loadPairSignals } from './signals';

/** The most matches kept per need: a person reads ten; the rest are a reserve for feedback. */
export const MAX_MATCHES_PER_NEED = 25;
/** A need's co-op hears about new matches that make its top five; providers about every new one. */
export const NOTIFY_NEED_OWNER_TOP = 5;

interface StoredRow {
  id: string;
  needId: string;
  providerCoopId: string;
  offerId: string | null;
  inserted: boolean;
}

/**
 * Computes and stores matches. Runs in the job worker, never while a person waits: posting a
 * need queues 'match-need', posting an offer 'match-offer' (see jobs/tasks.ts).
 */
export class Matcher {
  constructor(
    private readonly db: Database,
    private readonly events: InboxEvents,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Ranks every provider for one need and replaces its stored matches with the best. */
  async matchNeed(needId: string): Promise<void> {
    const need = await loadNeed(this.db, needId);
    if (!need) return;
    if (!need.open) {
      await this.db.match.deleteMany({ where: { needId } });
      return;
    }
    const candidates = await providersForNeed(this.db, need);
    const signals = await loadPairSignals(this.db, candidates.map((c) => [need.coopId, c.coopId]));
    const now = this.now();
    const scored = candidates.flatMap((c) => scoreCandidate(need, c, signals, now) ?? []);
    const best = bestMatches(scored, MAX_MATCHES_PER_NEED);

    const published = await this.db.$transaction(async (tx) => {
      // Serialises with an edit or close of the same need, which take the same row lock.
      const [still] = await tx.$queryRaw<{ open: boolean }[]>`
        SELECT ${OPEN_NEED} AS open FROM needs n WHERE n.id = ${needId}::uuid FOR UPDATE OF n`;
      if (!still?.open) {
        await tx.match.deleteMany({ where: { needId } });
        return [];
      }
      await tx.$executeRaw`
        DELETE FROM matches WHERE need_id = ${needId}::uuid
           AND coalesce(offer_id, provider_coop_id) <> ALL (${best.map((m) => m.offerId ?? m.providerCoopId)}::uuid[])`;
      const stored = await upsertMatches(tx, best);
      // Raw, so that updated_at keeps saying when a person last changed the need.
      await tx.$executeRaw`UPDATE needs SET matched_at = now() WHERE id = ${needId}::uuid`;
      const ownerTop = new Set(best.slice(0, NOTIFY_NEED_OWNER_TOP).map((m) => m.offerId ?? m.providerCoopId));
      return notifyNewMatches(tx, stored, (row) => ownerTop.has(row.offerId ?? row.providerCoopId));
    }, { timeout: 20_000 });
    await this.publish(published);
  }

  /**
   * Finds the open needs one offer fits and adds or updates its match with each, keeping every
   * need's list to its best MAX_MATCHES_PER_NEED.
   */
  async matchOffer(offerId: string): Promise<void> {
    const candidates = await needsForOffer(this.db, offerId);
    const signals = await loadPairSignals(this.db, candidates.map((c) => [c.need.coopId, c.coopId]));
    const now = this.now();
    const scored = candidates.flatMap((c) => scoreCandidate(c.need, c, signals, now) ?? []);

    const published = await this.db.$transaction(async (tx) => {
      const [offer] = await tx.$queryRaw<{ open: boolean }[]>`
        SELECT ${OPEN_OFFER} AS open FROM offers o WHERE o.id = ${offerId}::uuid FOR UPDATE OF o`;
      const keep = offer?.open ? scored : [];
      if (offer) await tx.$executeRaw`UPDATE offers SET matched_at = now() WHERE id = ${offerId}::uuid`;
      await tx.$executeRaw`
        DELETE FROM matches WHERE offer_id = ${offerId}::uuid
           AND need_id <> ALL (${keep.map((m) => m.needId)}::uuid[])`;
      if (keep.length === 0) return [];
      const stored = await upsertMatches(tx, keep);
      // Needs now holding more than their share lose their weakest matches, which may be this one.
      const dropped = await tx.$queryRaw<{ id: string }[]>`
        DELETE FROM matches m USING (
          SELECT id, row_number() OVER (PARTITION BY need_id ORDER BY score DESC, id) AS place
            FROM matches WHERE need_id = ANY (${keep.map((m) => m.needId)}::uuid[])) ranked
         WHERE m.id = ranked.id AND ranked.place > ${MAX_MATCHES_PER_NEED}
        RETURNING m.id`;
      const gone = new Set(dropped.map((d) => d.id));
      const top = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM (
          SELECT id, row_number() OVER (PARTITION BY need_id ORDER BY score DESC, id) AS place
            FROM matches WHERE need_id = ANY (${keep.map((m) => m.needId)}::uuid[])) ranked
         WHERE place <= ${NOTIFY_NEED_OWNER_TOP}`;
      const ownerTop = new Set(top.map((t) => t.id));
      return notifyNewMatches(tx, stored.filter((row) => !gone.has(row.id)), (row) => ownerTop.has(row.id));
    }, { timeout: 20_000 });
    await this.publish(published);
  }

  private async publish(notifications: { id: string; userId: string }[]): Promise<void> {
    for (const n of notifications) await this.events.published(n.userId, n.id);
  }
}

async function upsertMatches(tx: Prisma.TransactionClient, matches: ScoredMatch[]): Promise<StoredRow[]> {
  const rows = matches.map((m) => ({
    need_id: m.needId,
    provider_coop_id: m.providerCoopId,
    offer_id: m.offerId,
    score: m.score,
    text_score: m.parts.text,
    category_score: m.parts.category,
    geo_score: m.parts.geo,
    recency_score: m.parts.recency,
    reciprocity_score: m.parts.reciprocity,
    feedback_score: m.parts.feedback,
    distance_km: m.distanceKm,
    shared_category_codes: m.sharedCategoryCodes,
  }));
  const stored: StoredRow[] = [];
  for (const [rowsOfKind, conflict] of [
    [rows.filter((r) => r.offer_id !== null), Prisma.sql`(need_id, offer_id) WHERE offer_id IS NOT NULL`],
    [rows.filter((r) => r.offer_id === null), Prisma.sql`(need_id, provider_coop_id) WHERE offer_id IS NULL`],
  ] as const) {
    if (rowsOfKind.length === 0) continue;
    stored.push(
      ...(await tx.$queryRaw<StoredRow[]>`
        INSERT INTO matches AS m (id, need_id, provider_coop_id, offer_id, score, text_score, category_score,
                                  geo_score, recency_score, reciprocity_score, feedback_score, distance_km,
                                  shared_terms, shared_category_codes, updated_at)
        SELECT gen_random_uuid(), r.need_id, r.provider_coop_id, r.offer_id, r.score, r.text_score, r.category_score,
               r.geo_score, r.recency_score, r.reciprocity_score, r.feedback_score, r.distance_km,
               array(SELECT u.lexeme FROM unnest(n.search_document) u
                      WHERE u.weights && ARRAY['A', 'B']
                        AND u.lexeme <> ALL (${STOP_LEXEMES_SQL}) AND u.lexeme !~ '^[0-9]+$'
                        AND u.lexeme = ANY (tsvector_to_array(coalesce(o.search_document, c.search_document)))
                      ORDER BY 'A' <> ALL (u.weights), cardinality(u.positions) DESC, u.lexeme LIMIT 8),
               r.shared_category_codes, now()
          FROM jsonb_to_recordset(${JSON.stringify(rowsOfKind)}::jsonb) AS r(
                 need_id uuid, provider_coop_id uuid, offer_id uuid, score float8, text_score float8,
                 category_score float8, geo_score float8, recency_score float8, reciprocity_score float8,
                 feedback_score float8, distance_km float8, shared_category_codes text[])
          JOIN needs n ON n.id = r.need_id
          LEFT JOIN offers o ON o.id = r.offer_id
          LEFT JOIN coops c ON c.id = r.provider_coop_id AND r.offer_id IS NULL
        ON CONFLICT ${conflict} DO UPDATE SET
          score = EXCLUDED.score, text_score = EXCLUDED.text_score, category_score = EXCLUDED.category_score,
          geo_score = EXCLUDED.geo_score, recency_score = EXCLUDED.recency_score,
          reciprocity_score = EXCLUDED.reciprocity_score, feedback_score = EXCLUDED.feedback_score,
          distance_km = EXCLUDED.distance_km, shared_terms = EXCLUDED.shared_terms,
          shared_category_codes = EXCLUDED.shared_category_codes, updated_at = now()
        RETURNING m.id, m.need_id AS "needId", m.provider_coop_id AS "providerCoopId", m.offer_id AS "offerId",
                  (m.xmax = 0) AS inserted`),
    );
  }
  return stored;
}

/**
 * Inbox items for matches that are new: to the need's co-op for those `toNeedOwner` accepts, and
 * to the provider's co-op for all. A match that comes back after dropping out is not new to a
 * person who heard of it before (the subject key is the same).
 */
async function notifyNewMatches(
  tx: Prisma.TransactionClient,
  stored: StoredRow[],
  toNeedOwner: (row: StoredRow) => boolean,
): Promise<{ id: string; userId: string }[]> {
  const fresh = stored.filter((row) => row.inserted);
  if (fresh.length === 0) return [];
  const subject = (row: StoredRow) =>
    `need:${row.needId}/${row.offerId ? `offer:${row.offerId}` : `coop:${row.providerCoopId}`}`;
  const items = fresh.flatMap((row) => [
    ...(toNeedOwner(row) ? [{ side: 'need', kind: 'MATCH_FOR_NEED', row }] : []),
    { side: 'provider', kind: 'NEED_FOR_PROVIDER', row },
  ]).map(({ side, kind, row }) => ({
    kind,
    side,
    subject_key: subject(row),
    match_id: row.id,
    need_id: row.needId,
    provider_coop_id: row.providerCoopId,
  }));
  return tx.$queryRaw<{ id: string; userId: string }[]>`
    INSERT INTO notifications AS x (id, user_id, coop_id, kind, subject_key, match_id, need_id)
    SELECT gen_random_uuid(), ms.user_id, ms.coop_id, i.kind::"NotificationKind", i.subject_key, i.match_id, i.need_id
      FROM jsonb_to_recordset(${JSON.stringify(items)}::jsonb)
             AS i(kind text, side text, subject_key text, match_id uuid, need_id uuid, provider_coop_id uuid)
      JOIN needs n ON n.id = i.need_id
      JOIN memberships ms ON ms.coop_id = CASE i.side WHEN 'need' THEN n.coop_id ELSE i.provider_coop_id END
    ON CONFLICT (user_id, kind, subject_key) DO UPDATE SET match_id = EXCLUDED.match_id
    RETURNING x.id, x.user_id AS "userId", (x.xmax = 0) AS inserted`.then((rows) =>
    (rows as { id: string; userId: string; inserted: boolean }[]).filter((r) => r.inserted),
  );
}
