import { Prisma, type Database, type Meeting, type PitchRound, type PitchTap, type User } from '@principle-six/db';
import { attendingCoop, isInsider } from '../../access/councils-access';
import { isId } from '../../errors/ids';
import { conflict, fail, forbidden, invalidInput, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';
import { managedMeeting } from '../meetings/managed-meeting';
import type { InboxEvents } from '../notifications/inbox-events';
import { publish, type Written } from '../notifications/notify';
import { introduceMutualTalkers } from './follow-ups';
import { applyAction, reorderWaiting, type PitchAction, type RoundState, type SlotState } from './round-machine';
import type { RoundViews } from './round-view';

export const MIN_PITCH_SECONDS = 15;
export const MAX_PITCH_SECONDS = 600;
/** The most co-ops one round holds (a trade fair's hall; 60 attendees is a big council). */
export const MAX_SLOTS = 200;
/** How long before a meeting its round may start: the round is the meeting's, not a rehearsal. */
export const START_WINDOW_MS = 3_600_000;

export interface PrepareRequest {
  meetingId: string;
  order: 'RSVP' | 'RANDOM';
  pitchSeconds?: number | null;
}

export interface ControlRequest {
  roundId: string;
  action: PitchAction;
  version?: number | null;
}

export interface TapRequest {
  roundId: string;
  coopId: string;
  kind: 'TALK' | 'REFERRAL' | 'NEED';
  undo?: boolean | null;
}

/**
 * The live pitch round: preparing it from who came, the facilitator's controls, and attendees'
 * taps. Owns pitch_rounds, pitch_slots and pitch_taps. Every change to a round locks its row
 * (taps share the lock, controls take it alone), raises its version and, once committed, tells
 * every open page (RoundEvents). Ending a round makes the introductions of mutual "talk" taps in
 * the same transaction, so a tap is either before the end and counted, or refused.
 */
export class PitchRoundService {
  constructor(
    private readonly db: Database,
    private readonly views: RoundViews,
    private readonly inbox: InboxEvents,
  ) {}

  byMeeting(meetingId: string): Promise<PitchRound | null> {
    return isId(meetingId) ? this.db.pitchRound.findUnique({ where: { meetingId } }) : Promise.resolve(null);
  }

  async prepare(actor: User | null, request: PrepareRequest): Promise<Result<PitchRound>> {
    const meeting = await managedMeeting(this.db, actor, request.meetingId, 'run the pitch round');
    if (!meeting.ok) return meeting;
    if (meeting.value.cancelledAt) return fail(conflict('This meeting was cancelled.', 'meetingId'));
    const seconds = request.pitchSeconds ?? 60;
    if (!Number.isInteger(seconds) || seconds < MIN_PITCH_SECONDS || seconds > MAX_PITCH_SECONDS) {
      return fail(invalidInput(`Give each pitch ${MIN_PITCH_SECONDS} to ${MAX_PITCH_SECONDS} seconds.`, 'pitchSeconds'));
    }
    const coops = await pitchingCoops(this.db, meeting.value);
    if (coops.length === 0) return fail(conflict('Nobody is coming yet: the round is made from the co-ops present, or else those going.', 'meetingId'));
    const order = request.order === 'RANDOM' ? shuffled(coops) : coops;
    const result = await this.db.$transaction(async (tx): Promise<Result<PitchRound>> => {
      await tx.$queryRaw`SELECT 1 FROM meetings WHERE id = ${meeting.value.id}::uuid FOR UPDATE`;
      const existing = await tx.pitchRound.findUnique({ where: { meetingId: meeting.value.id } });
      // The round's own lock too: a START or END under way is waited for, and seen.
      if (existing) await lockRound(tx, existing.id);
      const current = existing ? await tx.pitchRound.findUniqueOrThrow({ where: { id: existing.id } }) : null;
      if (current && current.status !== 'READY') return fail(conflict('The round has started: re-order those still waiting instead.', 'meetingId'));
      const round = current
        ? await tx.pitchRound.update({ where: { id: current.id }, data: { pitchSeconds: seconds, version: { increment: 1 } } })
        : await tx.pitchRound.create({ data: { meetingId: meeting.value.id, pitchSeconds: seconds, version: 1 } });
      await tx.pitchSlot.deleteMany({ where: { roundId: round.id } });
      await tx.pitchSlot.createMany({ data: order.slice(0, MAX_SLOTS).map((coopId, i) => ({ roundId: round.id, coopId, position: i + 1 })) });
      return ok(round);
    });
    if (result.ok) await this.announce(result.value);
    return result;
  }

  async reorder(actor: User | null, request: { roundId: string; order?: 'RSVP' | 'RANDOM' | null; coopIds?: string[] | null }): Promise<Result<PitchRound>> {
    const found = await this.managedRound(actor, request.roundId);
    if (!found.ok) return found;
    const { meeting } = found.value;
    if ((request.order == null) === (request.coopIds == null)) return fail(invalidInput('Choose an order, or list the co-ops in order.', 'order'));
    const result = await this.db.$transaction(async (tx): Promise<Result<PitchRound>> => {
      const round = await lockRound(tx, request.roundId);
      if (round.status === 'ENDED') return fail(conflict('The round has ended.'));
      const slots = await tx.pitchSlot.findMany({ where: { roundId: round.id }, orderBy: { position: 'asc' } });
      const waiting = slots.filter((s) => s.status === 'WAITING').map((s) => s.coopId);
      let order: string[];
      if (request.coopIds) order = request.coopIds;
      else if (request.order === 'RANDOM') order = shuffled(waiting);
      else {
        const rsvp = await pitchingCoops(tx, meeting);
        order = [...rsvp.filter((id) => waiting.includes(id)), ...waiting.filter((id) => !rsvp.includes(id))];
      }
      const reordered = reorderWaiting(slots, order);
      if (typeof reordered === 'string') return fail(invalidInput(reordered, 'coopIds'));
      for (const slot of reordered) {
        await tx.pitchSlot.update({ where: { roundId_coopId: { roundId: round.id, coopId: slot.coopId } }, data: { position: slot.position } });
      }
      return ok(await tx.pitchRound.update({ where: { id: round.id }, data: { version: { increment: 1 } } }));
    });
    if (result.ok) await this.announce(result.value);
    return result;
  }

  async control(actor: User | null, request: ControlRequest): Promise<Result<PitchRound>> {
    const found = await this.managedRound(actor, request.roundId);
    if (!found.ok) return found;
    const { meeting } = found.value;
    let notices: Written[] = [];
    const result = await this.db.$transaction(async (tx): Promise<Result<PitchRound>> => {
      const round = await lockRound(tx, request.roundId);
      if (request.version != null && request.version !== round.version) {
        return fail(conflict('The round moved on since your screen last showed it; check it and try again.', 'version'));
      }
      const slots = await tx.pitchSlot.findMany({ where: { roundId: round.id }, orderBy: { position: 'asc' } });
      const now = new Date();
      // Ending uses a round up (its follow-ups are made): not before the day, by mistake or to try it out.
      if (request.action === 'START' && meeting.startsAt.getTime() - now.getTime() > START_WINDOW_MS) {
        return fail(conflict('The round starts on the day, from an hour before the meeting. Prepare the order now; practise a pitch from the co-op’s page.', 'action'));
      }
      const applied = applyAction(stateOf(round, slots), request.action, now);
      if (!applied.ok) return fail(conflict(applied.message, 'action'));
      const next = applied.state;
      for (const slot of changedSlots(slots, next.slots)) {
        await tx.pitchSlot.update({ where: { roundId_coopId: { roundId: round.id, coopId: slot.coopId } }, data: { status: slot.status, spokeMs: slot.spokeMs } });
      }
      const saved = await tx.pitchRound.update({
        where: { id: round.id },
        data: {
          status: next.status,
          currentPosition: next.currentPosition,
          clockStartedAt: next.clockStartedAt,
          clockRanMs: next.clockRanMs,
          startedAt: next.startedAt,
          endedAt: next.endedAt,
          version: { increment: 1 },
        },
      });
      if (next.status === 'ENDED') notices = await introduceMutualTalkers(tx, round.id, meeting);
      return ok(saved);
    });
    if (result.ok) {
      await this.announce(result.value);
      await publish(this.inbox, notices);
    }
    return result;
  }

  async tap(actor: User | null, request: TapRequest): Promise<Result<PitchTap | null>> {
    if (!actor) return fail(unauthenticated('Sign in to tap.'));
    const round = isId(request.roundId) ? await this.db.pitchRound.findUnique({ where: { id: request.roundId }, include: { meeting: true } }) : null;
    if (!round) return fail(notFound('There is no such round.', 'roundId'));
    // A tap is the round's busiest call: the co-op one comes for (still one's own, still in the
    // council) is one query; only someone with none is asked whether they may be here at all.
    const fromCoopId = await attendingCoop(this.db, round.meeting, actor.id);
    if (!fromCoopId) {
      if (!(await isInsider(this.db, round.meeting, actor.id))) return fail(notFound('There is no such round.', 'roundId'));
      return fail(forbidden('Taps are between co-ops: come for one of yours to tap.'));
    }
    const coopId = isId(request.coopId) ? request.coopId : null;
    if (coopId && (coopId === fromCoopId || (await this.db.membership.count({ where: { userId: actor.id, coopId } })) > 0)) {
      return fail(invalidInput('That is your own co-op.', 'coopId'));
    }
    return this.db.$transaction(async (tx): Promise<Result<PitchTap | null>> => {
      // Shares the round's lock with other taps; the end waits for them, or they see it.
      const [locked] = await tx.$queryRaw<{ round: string; slot: string | null }[]>`
        SELECT r.status::text AS round, s.status::text AS slot
          FROM pitch_rounds r LEFT JOIN pitch_slots s ON s.round_id = r.id AND s.coop_id = ${coopId}::uuid
         WHERE r.id = ${round.id}::uuid
           FOR SHARE OF r`;
      if (locked!.round === 'ENDED') return fail(conflict('The round has ended: your follow-ups are on the meeting’s page.'));
      if (locked!.round === 'READY') return fail(conflict('The round has not started yet.'));
      if (!coopId || !locked!.slot || locked!.slot === 'WAITING' || locked!.slot === 'SKIPPED') {
        return fail(invalidInput('Tap a co-op as it pitches, or after.', 'coopId'));
      }
      const key = { roundId: round.id, userId: actor.id, toCoopId: coopId, kind: request.kind };
      if (request.undo) {
        await tx.pitchTap.deleteMany({ where: key });
        return ok(null);
      }
      // Tapping twice is one tap: the first one stands.
      const [tap] = await tx.$queryRaw<PitchTap[]>`
        INSERT INTO pitch_taps (id, round_id, user_id, from_coop_id, to_coop_id, kind)
        VALUES (gen_random_uuid(), ${round.id}::uuid, ${actor.id}::uuid, ${fromCoopId}::uuid, ${coopId}::uuid, ${request.kind}::"PitchTapKind")
        ON CONFLICT (round_id, user_id, to_coop_id, kind) DO UPDATE SET kind = EXCLUDED.kind
        RETURNING id, round_id AS "roundId", user_id AS "userId", from_coop_id AS "fromCoopId", to_coop_id AS "toCoopId", kind, created_at AS "createdAt"`;
      return ok(tap!);
    });
  }

  /** Tells every open page of the round that it changed (after the commit). */
  private async announce(round: PitchRound): Promise<void> {
    await this.views.events.changed(round.meetingId, round.version);
  }

  private async managedRound(actor: User | null, roundId: string): Promise<Result<{ round: PitchRound; meeting: Meeting }>> {
    const round = isId(roundId) ? await this.db.pitchRound.findUnique({ where: { id: roundId } }) : null;
    if (!actor) return fail(unauthenticated('Sign in to run the pitch round.'));
    if (!round) return fail(notFound('There is no such round.', 'roundId'));
    const meeting = await managedMeeting(this.db, actor, round.meetingId, 'run the pitch round');
    return meeting.ok ? ok({ round, meeting: meeting.value }) : meeting;
  }
}

async function lockRound(tx: Prisma.TransactionClient, roundId: string): Promise<PitchRound> {
  await tx.$queryRaw`SELECT 1 FROM pitch_rounds WHERE id = ${roundId}::uuid FOR UPDATE`;
  return tx.pitchRound.findUniqueOrThrow({ where: { id: roundId } });
}

function stateOf(round: PitchRound, slots: SlotState[]): RoundState {
  return {
    status: round.status,
    currentPosition: round.currentPosition,
    clockStartedAt: round.clockStartedAt,
    clockRanMs: round.clockRanMs,
    startedAt: round.startedAt,
    endedAt: round.endedAt,
    slots: slots.map((s) => ({ coopId: s.coopId, position: s.position, status: s.status, spokeMs: s.spokeMs })),
  };
}

function changedSlots(before: SlotState[], after: SlotState[]): SlotState[] {
  const old = new Map(before.map((s) => [s.coopId, s]));
  return after.filter((s) => old.get(s.coopId)?.status !== s.status || old.get(s.coopId)?.spokeMs !== s.spokeMs);
}

/**
 * The co-ops of a round, each once, in the order their people first answered: those recorded
 * present (or sent a substitute) when attendance has been taken, else those going.
 */
async function pitchingCoops(db: Database | Prisma.TransactionClient, meeting: Meeting): Promise<string[]> {
  const rows = await db.$queryRaw<{ coop_id: string }[]>(Prisma.sql`
    SELECT coop_id FROM (
      SELECT coop_id, MIN(created_at) AS first_answer FROM meeting_attendees a
       WHERE meeting_id = ${meeting.id}::uuid AND coop_id IS NOT NULL
         AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = a.user_id AND m.coop_id = a.coop_id)
         AND (role = 'VISITOR' OR EXISTS (SELECT 1 FROM council_members cm WHERE cm.council_id = ${meeting.councilId}::uuid
                                            AND cm.coop_id = a.coop_id AND cm.status = 'MEMBER'))
         AND CASE WHEN EXISTS (SELECT 1 FROM meeting_attendees WHERE meeting_id = ${meeting.id}::uuid AND attendance IS NOT NULL)
                  THEN attendance IN ('PRESENT', 'SUBSTITUTE')
                  ELSE status = 'GOING' END
       GROUP BY coop_id) firsts
    ORDER BY first_answer, coop_id`);
  return rows.map((r) => r.coop_id);
}


/** Fisher–Yates, with the platform's random numbers: the order is a fairness matter, not a secret. */
function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
