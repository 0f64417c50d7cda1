import type { Database, Introduction, Match, Prisma, User } from '@principle-six/db';
import { actsForPostingsOf, liveWhere, membershipsFromDb, sideOnMatch } from '../../access/postings-access';
import { isId } from '../../errors/ids';
import { fail, forbidden, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';
import { enqueue } from '../../jobs/queue';
import type { InboxEvents } from '../notifications/inbox-events';
import type { ForYouModel } from './for-you';
import { introduce } from './introductions';

export const MAX_MATCH_PAGE = 50;
export const MAX_FOR_YOU = 100;

/** A match whose need is open and unexpired and whose offer, if any, is too. */
const LIVE = (now: Date): Prisma.MatchWhereInput => ({
  need: liveWhere(now),
  OR: [{ offerId: null }, { offer: liveWhere(now) }],
});

/**
 * Reading matches and acting on them. Only members of the two co-ops of a match see it; each
 * acts for their own side: the need's co-op, else the provider.
 */
export class MatchService {
  constructor(
    private readonly db: Database,
    private readonly events: InboxEvents,
  ) {}

  /** The co-op a person acts for on this match, or null when they belong to neither (the access module's rule). */
  async sideOf(userId: string | undefined, match: Pick<Match, 'needId' | 'providerCoopId'>): Promise<string | null> {
    if (!userId) return null;
    const need = await this.db.need.findUnique({ where: { id: match.needId }, select: { coopId: true } });
    if (!need) return null;
    return sideOnMatch({ needCoopId: need.coopId, providerCoopId: match.providerCoopId }, membershipsFromDb(this.db, userId));
  }

  /** A need's matches, best first; the caller has checked the person belongs to its co-op. */
  forNeed(needId: string, first: number): Promise<Match[]> {
    return this.db.match.findMany({
      where: { needId, ...LIVE(new Date()) },
      orderBy: [{ score: 'desc' }, { id: 'asc' }],
      take: clamp(first, MAX_MATCH_PAGE),
    });
  }

  /** The open needs an offer fits, best first; the caller has checked membership. */
  forOffer(offerId: string, first: number): Promise<Match[]> {
    return this.db.match.findMany({
      where: { offerId, ...LIVE(new Date()) },
      orderBy: [{ score: 'desc' }, { id: 'asc' }],
      take: clamp(first, MAX_MATCH_PAGE),
    });
  }

  async forYou(actor: User | null, coopId: string, first: number): Promise<ForYouModel | null> {
    if (!actor || !(await actsForPostingsOf(coopId, membershipsFromDb(this.db, actor.id)))) return null;
    const coop = await this.db.coop.findUniqueOrThrow({ where: { id: coopId } });
    const now = new Date();
    const take = clamp(first, MAX_FOR_YOU);
    const [needsForYou, matchesForYourNeeds] = await Promise.all([
      this.db.match.findMany({
        where: {
          providerCoopId: coopId,
          ...LIVE(now),
          // What this co-op said is not for it stays out of its list.
          NOT: { feedback: { some: { coopId, kind: 'NOT_RELEVANT' } } },
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
      }),
      this.db.match.findMany({
        // AND, not a spread: LIVE has its own `need` key, which would replace the co-op's.
        where: { AND: [{ need: { coopId } }, LIVE(now)] },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
      }),
    ]);
    return { coop, userId: actor.id, needsForYou, matchesForYourNeeds };
  }

  /**
   * Saves or marks "not relevant" for the person's side, or takes it back. "Not relevant" from a
   * need's co-op re-ranks that co-op's open needs where the provider appears, in the same
   * transaction that records it.
   */
  async giveFeedback(
    actor: User | null,
    input: { matchId: string; kind: 'SAVED' | 'NOT_RELEVANT'; given: boolean },
  ): Promise<Result<Match>> {
    if (!actor) return fail(unauthenticated('Sign in to keep or dismiss matches.'));
    const match = isId(input.matchId) ? await this.db.match.findUnique({ where: { id: input.matchId } }) : null;
    if (!match) return fail(notFound('That match is no longer there.', 'matchId'));
    const side = await this.sideOf(actor.id, match);
    if (!side) return fail(forbidden('Only members of the two co-ops can act on this match.'));
    const need = await this.db.need.findUniqueOrThrow({ where: { id: match.needId }, select: { coopId: true } });
    const subjectCoopId = side === need.coopId ? match.providerCoopId : need.coopId;
    await this.db.$transaction(async (tx) => {
      if (input.given) {
        await tx.matchFeedback.upsert({
          where: { matchId_coopId_kind: { matchId: match.id, coopId: side, kind: input.kind } },
          create: { matchId: match.id, coopId: side, subjectCoopId, userId: actor.id, kind: input.kind },
          update: {},
        });
      } else {
        await tx.matchFeedback.deleteMany({ where: { matchId: match.id, coopId: side, kind: input.kind } });
      }
      if (side === need.coopId) {
        const affected = await tx.need.findMany({
          where: { coopId: side, status: 'OPEN', matches: { some: { providerCoopId: match.providerCoopId } } },
          select: { id: true },
        });
        for (const { id } of affected) await enqueue(tx, 'match-need', { needId: id }, { jobKey: `match-need:${id}` });
      }
    });
    return ok(match);
  }

  /** Introduces the person's co-op to the other side (see introductions.ts). */
  introduce(actor: User | null, input: unknown, idempotencyKey?: string | null): Promise<Result<Introduction>> {
    return introduce(this.db, this.events, actor, input, idempotencyKey);
  }
}

function clamp(first: number, max: number): number {
  return Math.max(1, Math.min(max, Math.trunc(first) || 1));
}
