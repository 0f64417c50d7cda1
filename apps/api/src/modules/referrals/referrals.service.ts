import type { Database, Prisma, Referral, ReferralStage, User } from '@principle-six/db';
import { businessValueSchema, closingReasonSchema, passReferralInputSchema, toFieldErrors } from '@principle-six/schema';
import { requireVerifiedEmail } from '../../access/coop-access';
import { canSeeNeed, isLive, membershipsFromDb } from '../../access/postings-access';
import { coopVisibleTo } from '../../access/visibility';
import { actingSides, canSeeReferral, movesFor, sidesOnReferral } from '../../access/referrals-access';
import { isId } from '../../errors/ids';
import { fail, forbidden, invalidInput, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';
import { createOnce } from '../idempotency/idempotency';
import type { InboxEvents } from '../notifications/inbox-events';
import { notifyCoopMembers, publish, type Written } from '../notifications/notify';
import { FINAL_STAGES, isContact, nextStages, requirements, STAGE_WORDS } from './referral-stages';

export interface PassReferralRequest {
  input: unknown;
  idempotencyKey?: string | null;
}

export interface MoveReferralRequest {
  referralId: string;
  stage: string;
  reason?: string | null;
  value?: unknown;
}

/**
 * Referrals: passing one, and moving it on through its stages. Owns the referrals and
 * referral_events tables (the totals tables are kept by the migration's triggers), writes the
 * thank-you that winning one records, and tells both co-ops of every step.
 */
export class ReferralService {
  constructor(
    private readonly db: Database,
    private readonly events: InboxEvents,
  ) {}

  byId(id: string): Promise<Referral | null> {
    return isId(id) ? this.db.referral.findUnique({ where: { id } }) : Promise.resolve(null);
  }

  async pass(actor: User | null, request: PassReferralRequest): Promise<Result<Referral>> {
    if (!actor) return fail(unauthenticated('Sign in to pass a referral.'));
    const unverified = requireVerifiedEmail(actor, "pass a referral (it hands on a prospect's contact details)");
    if (unverified) return unverified;
    let notified: Written[] = [];
    const result = await createOnce(
      this.db,
      { userId: actor.id, key: request.idempotencyKey, operation: 'passReferral', args: { input: request.input } },
      {
        // A repeat shows the referral only to someone who may still see it (not after leaving the co-op).
        find: async (id) => {
          const referral = await this.db.referral.findUnique({ where: { id } });
          return referral && (await canSeeReferral(referral, membershipsFromDb(this.db, actor.id))) ? referral : null;
        },
        create: async (tx, id) => {
          const parsed = passReferralInputSchema.safeParse(request.input);
          if (!parsed.success) return fail(...toFieldErrors(parsed.error));
          const input = parsed.data;
          const checked = await this.checkParties(tx, actor, input);
          if (!checked.ok) return checked;
          const { prospectCoopId, needId } = checked.value;
          const fromMeeting = await checkMeeting(tx, input);
          if (!fromMeeting.ok) return fromMeeting;
          const now = new Date();
          const referral = await tx.referral.create({
            data: {
              id,
              kind: input.kind,
              fromCoopId: input.fromCoopId,
              toCoopId: input.toCoopId,
              passedById: actor.id,
              needId,
              meetingId: input.meetingId,
              what: input.what,
              prospectName: input.prospect.name,
              prospectOrg: input.prospect.organisation,
              prospectEmail: input.prospect.email,
              prospectPhone: input.prospect.phone,
              prospectCoopId,
              consentAt: now,
              warmth: input.warmth,
              estimatedAmount: input.estimatedValue?.amount ?? null,
              estimatedCurrency: input.estimatedValue?.currency ?? null,
              note: input.note,
              stageChangedAt: now,
              createdAt: now,
            },
          });
          await tx.referralEvent.create({
            data: { referralId: id, stage: 'PASSED', actorUserId: actor.id, actorCoopId: input.fromCoopId, createdAt: now },
          });
          notified = [
            ...(await notifyCoopMembers(tx, { coopId: referral.toCoopId, kind: 'REFERRAL_RECEIVED', subjectKey: `referral:${id}`, referralId: id, exceptUserId: actor.id })),
            ...(await notifyCoopMembers(tx, { coopId: referral.fromCoopId, kind: 'REFERRAL_MOVED', subjectKey: `referral:${id}/PASSED`, referralId: id, exceptUserId: actor.id })),
            // The need's co-op hears that someone was recommended to it (it sees who, not the referral).
            ...(needId && prospectCoopId && prospectCoopId !== referral.fromCoopId
              ? await notifyCoopMembers(tx, { coopId: prospectCoopId, kind: 'REFERRAL_FOR_NEED', subjectKey: `referral:${id}`, referralId: id, needId, exceptUserId: actor.id })
              : []),
          ];
          return ok(referral);
        },
      },
    );
    if (result.ok) await publish(this.events, notified);
    return result;
  }

  /** Who is passing to whom, about what: the rules that need the database. */
  private async checkParties(
    tx: Prisma.TransactionClient,
    actor: User,
    input: { fromCoopId: string; toCoopId: string; kind: string; needId: string | null },
  ): Promise<Result<{ prospectCoopId: string | null; needId: string | null }>> {
    const memberships = membershipsFromDb(tx, actor.id);
    if (!isId(input.fromCoopId) || !(await tx.coop.count({ where: { id: input.fromCoopId } }))) {
      return fail(notFound('There is no such co-op.', 'fromCoopId'));
    }
    if (!(await memberships.has(input.fromCoopId))) return fail(forbidden('Only members of a co-op can pass referrals from it.', 'fromCoopId'));
    if (!(await coopVisibleTo(tx, input.toCoopId, memberships))) {
      return fail(notFound('There is no such co-op to refer.', 'toCoopId'));
    }
    if (input.toCoopId === input.fromCoopId) return fail(invalidInput('Refer business to another co-op, not to your own.', 'toCoopId'));
    // One person does not act for both sides: business a co-op credits itself with is not passed.
    if (await memberships.has(input.toCoopId)) {
      return fail(invalidInput('You belong to that co-op too: ask a colleague who is not in it to pass the referral.', 'toCoopId'));
    }
    if (!input.needId) return ok({ prospectCoopId: input.kind === 'INTERNAL' ? input.fromCoopId : null, needId: null });

    const need = isId(input.needId) ? await tx.need.findUnique({ where: { id: input.needId } }) : null;
    if (!need || !(await canSeeNeed(need, memberships))) return fail(notFound('That need is no longer there.', 'needId'));
    if (!isLive(need)) return fail(invalidInput('That need has closed; its co-op is no longer looking.', 'needId'));
    if (need.coopId === input.toCoopId) return fail(invalidInput('That co-op posted the need: refer a co-op that could meet it.', 'toCoopId'));
    const own = need.coopId === input.fromCoopId;
    if (own && input.kind !== 'INTERNAL') return fail(invalidInput('A referral for your own co-op’s need is internal: your co-op is the buyer.', 'kind'));
    if (!own && input.kind !== 'EXTERNAL') return fail(invalidInput('A referral for another co-op’s need is external: that co-op is the buyer.', 'kind'));
    return ok({ prospectCoopId: need.coopId, needId: need.id });
  }

  async move(actor: User | null, request: MoveReferralRequest): Promise<Result<Referral>> {
    if (!actor) return fail(unauthenticated('Sign in to update a referral.'));
    // A move can record business won and writes to two co-ops' inboxes: from a proven address.
    const unverified = requireVerifiedEmail(actor, 'update a referral');
    if (unverified) return unverified;
    if (!isId(request.referralId)) return fail(notFound('There is no such referral.', 'referralId'));
    const to = request.stage as ReferralStage;
    if (!(to in STAGE_WORDS)) return fail(invalidInput('Choose a stage from the list.', 'stage'));
    const needs = requirements(to);
    const reason = closingReasonSchema.safeParse(request.reason);
    if (!reason.success) return fail(...toFieldErrors(reason.error, 'reason'));
    if (needs.reason === 'required' && !reason.data) {
      return fail(invalidInput(to === 'DECLINED' ? 'Say why you are declining it: the giver learns from it.' : 'Say why it was lost.', 'reason'));
    }
    const value = needs.value ? businessValueSchema.safeParse(request.value) : null;
    if (value && !value.success) return fail(...toFieldErrors(value.error, 'value'));

    let notified: Written[] = [];
    const result = await this.db.$transaction(async (tx) => {
      // Locked, so that two people moving it at once take turns and the second sees the first's move.
      const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM referrals WHERE id = ${request.referralId}::uuid FOR UPDATE`;
      const referral = locked ? await tx.referral.findUniqueOrThrow({ where: { id: locked.id } }) : null;
      const memberships = membershipsFromDb(tx, actor.id);
      if (!referral || !(await canSeeReferral(referral, memberships))) {
        return fail(forbidden('Only members of the two co-ops can act on this referral.', 'referralId'));
      }
      const refused = await this.refusal(referral, to, memberships, actor.id);
      if (refused) return fail(refused);
      const sides = await actingSides(referral, memberships, actor.id);
      const actorCoopId = sides.includes('RECEIVER') && nextStages(referral.stage, 'RECEIVER').includes(to) ? referral.toCoopId : referral.fromCoopId;
      const now = new Date();
      const won = value?.success ? value.data : null;
      const updated = await tx.referral.update({
        where: { id: referral.id },
        data: {
          stage: to,
          stageChangedAt: now,
          closingReason: needs.reason === 'none' ? undefined : reason.data,
          wonAmount: won?.amount,
          wonCurrency: won?.currency,
          firstContactedAt: isContact(to) && !referral.firstContactedAt ? now : undefined,
        },
      });
      await tx.referralEvent.create({
        data: {
          referralId: referral.id,
          stage: to,
          fromStage: referral.stage,
          actorUserId: actor.id,
          actorCoopId,
          reason: needs.reason === 'none' ? null : reason.data,
          amount: won?.amount ?? null,
          currency: won?.currency ?? null,
          createdAt: now,
        },
      });
      const notice = { kind: 'REFERRAL_MOVED' as const, subjectKey: `referral:${referral.id}/${to}`, referralId: referral.id, exceptUserId: actor.id };
      notified = [
        ...(await notifyCoopMembers(tx, { ...notice, coopId: referral.fromCoopId })),
        ...(await notifyCoopMembers(tx, { ...notice, coopId: referral.toCoopId })),
      ];
      if (won) {
        // Winning is the receiver's "thank you for closed business", credited to the giver.
        const thanks = await tx.businessThanks.create({
          data: {
            fromCoopId: referral.toCoopId,
            toCoopId: referral.fromCoopId,
            referralId: referral.id,
            amount: won.amount,
            currency: won.currency,
            writtenById: actor.id,
            createdAt: now,
          },
        });
        notified.push(
          ...(await notifyCoopMembers(tx, {
            coopId: referral.fromCoopId,
            kind: 'THANKS_RECEIVED',
            subjectKey: `thanks:${thanks.id}`,
            referralId: referral.id,
            thanksId: thanks.id,
            exceptUserId: actor.id,
          })),
        );
      }
      return ok(updated);
    });
    if (result.ok) await publish(this.events, notified);
    return result;
  }

  /** Why this person may not make this move now, in words they can act on; null when they may. */
  private async refusal(referral: Referral, to: ReferralStage, memberships: ReturnType<typeof membershipsFromDb>, userId: string) {
    if ((await movesFor(referral, memberships, userId)).includes(to)) return null;
    const now = STAGE_WORDS[referral.stage];
    if (FINAL_STAGES.has(referral.stage)) return invalidInput(`This referral was ${now}; it cannot move on any more.`, 'stage');
    const sides = await sidesOnReferral(referral, memberships);
    const receiverMove = nextStages(referral.stage, 'RECEIVER').includes(to);
    if (receiverMove && sides.includes('RECEIVER')) {
      return forbidden('You passed this referral or belong to both co-ops: a colleague at the receiving co-op must answer it.', 'stage');
    }
    if (receiverMove && !sides.includes('RECEIVER')) {
      return forbidden('Only the receiving co-op’s members can do that.', 'stage');
    }
    if (nextStages(referral.stage, 'GIVER').includes(to) && !sides.includes('GIVER')) {
      return forbidden('Only the giving co-op’s members can withdraw it.', 'stage');
    }
    if (to === 'WITHDRAWN') return invalidInput('It has been accepted: only the receiving co-op can close it now.', 'stage');
    if (referral.stage === 'PASSED') return invalidInput('Accept the referral first.', 'stage');
    return invalidInput(`It is already ${now}: a referral moves forward only.`, 'stage');
  }
}

/**
 * A referral said to come of a meeting: someone from the giving co-op tapped "I have a referral"
 * on the receiving co-op during that meeting's pitch round. (The summary counts these; a claim
 * without the tap would pad it.)
 */
async function checkMeeting(tx: Prisma.TransactionClient, input: { meetingId: string | null; fromCoopId: string; toCoopId: string }): Promise<Result<true>> {
  if (!input.meetingId) return ok(true);
  const tapped = isId(input.meetingId)
    ? await tx.pitchTap.count({ where: { round: { meetingId: input.meetingId }, kind: 'REFERRAL', fromCoopId: input.fromCoopId, toCoopId: input.toCoopId } })
    : 0;
  return tapped ? ok(true) : fail(invalidInput('Nobody from your co-op tapped “I have a referral” for that co-op at this meeting.', 'meetingId'));
}
