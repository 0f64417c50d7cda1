import type { CouncilMember, Database, Prisma, User } from '@principle-six/db';
import { councilJoinMessageSchema, toFieldErrors } from '@principle-six/schema';
import { requireVerifiedEmail } from '../../access/coop-access';
import { isOrganiser, ownsCoop } from '../../access/councils-access';
import { membershipsFromDb } from '../../access/postings-access';
import { coopVisibleTo } from '../../access/visibility';
import { isId } from '../../errors/ids';
import { conflict, fail, forbidden, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';
import type { InboxEvents } from '../notifications/inbox-events';
import { notifyCoopMembers, notifyOrganisers, publish, type Written } from '../notifications/notify';

export interface JoinRequest {
  councilId: string;
  coopId: string;
  message?: string | null;
}

export interface JoinAnswer {
  councilId: string;
  coopId: string;
  accept: boolean;
}

/**
 * Which co-ops belong to a council: invitations, requests, answers and leaving. Owns the
 * council_members table (council-import.ts adds the rows of a member list through `admit`).
 *
 * Both routes need both sides: an organiser invites and the co-op's owners accept, or the owners
 * ask and an organiser approves. A co-op nobody on the network belongs to cannot answer, so an
 * invitation to it is its joining (as a member list's rows are).
 */
export class CouncilMembershipService {
  constructor(
    private readonly db: Database,
    private readonly events: InboxEvents,
  ) {}

  async invite(actor: User | null, request: JoinRequest): Promise<Result<CouncilMember>> {
    if (!actor) return fail(unauthenticated('Sign in to invite a co-op.'));
    const unverified = requireVerifiedEmail(actor, 'invite a co-op');
    if (unverified) return unverified;
    const found = await this.councilAndCoop(request, actor);
    if (!found.ok) return found;
    if (!(await isOrganiser(this.db, request.councilId, actor.id))) return fail(forbidden('Only the council’s organisers can invite co-ops.'));
    const message = councilJoinMessageSchema.safeParse(request.message);
    if (!message.success) return fail(...toFieldErrors(message.error, 'message'));
    return this.write(async (tx, notices) => {
      const existing = await lockedRow(tx, request);
      if (existing?.status === 'MEMBER') return fail(conflict('That co-op already belongs to the council.', 'coopId'));
      if (existing?.status === 'INVITED') return fail(conflict('That co-op has been invited already.', 'coopId'));
      const now = new Date();
      // A co-op that asked is answered by the invitation: both sides want it.
      const answerable = (await tx.membership.count({ where: { coopId: request.coopId } })) > 0;
      const joins = existing?.status === 'REQUESTED' || !answerable;
      const row = await upsertRow(tx, request, {
        status: joins ? 'MEMBER' : 'INVITED',
        route: existing?.route ?? (answerable ? 'INVITED' : 'IMPORTED'),
        message: existing?.message ?? message.data,
        askedById: existing?.askedById ?? actor.id,
        joinedAt: joins ? now : null,
      });
      notices.push(
        ...(await notifyCoopMembers(tx, {
          coopId: request.coopId,
          kind: joins ? 'COUNCIL_JOINED' : 'COUNCIL_INVITATION',
          subjectKey: `council:${request.councilId}/coop:${request.coopId}/${joins ? 'joined' : 'invited'}:${now.getTime()}`,
          councilId: request.councilId,
          exceptUserId: actor.id,
        })),
      );
      return ok(row);
    });
  }

  async ask(actor: User | null, request: JoinRequest): Promise<Result<CouncilMember>> {
    if (!actor) return fail(unauthenticated('Sign in to ask to join a council.'));
    const unverified = requireVerifiedEmail(actor, 'ask to join a council');
    if (unverified) return unverified;
    const found = await this.councilAndCoop(request, actor);
    if (!found.ok) return found;
    if (!(await ownsCoop(this.db, request.coopId, actor.id))) return fail(forbidden('Only the co-op’s owners can ask for it to join.', 'coopId'));
    const message = councilJoinMessageSchema.safeParse(request.message);
    if (!message.success) return fail(...toFieldErrors(message.error, 'message'));
    return this.write(async (tx, notices) => {
      const existing = await lockedRow(tx, request);
      if (existing?.status === 'MEMBER') return fail(conflict('Your co-op already belongs to the council.', 'coopId'));
      if (existing?.status === 'REQUESTED') return fail(conflict('Your co-op has asked already; an organiser will answer.', 'coopId'));
      const now = new Date();
      // Asking when invited is accepting.
      const joins = existing?.status === 'INVITED';
      const row = await upsertRow(tx, request, {
        status: joins ? 'MEMBER' : 'REQUESTED',
        route: existing?.route ?? 'REQUESTED',
        message: existing?.message ?? message.data,
        askedById: existing?.askedById ?? actor.id,
        joinedAt: joins ? now : null,
      });
      if (!joins) {
        notices.push(
          ...(await notifyOrganisers(tx, request.councilId, {
            kind: 'COUNCIL_REQUEST',
            subjectKey: `council:${request.councilId}/coop:${request.coopId}/asked:${now.getTime()}`,
            exceptUserId: actor.id,
          })),
        );
      }
      return ok(row);
    });
  }

  /** An invitation is the co-op's owners' to answer; a request is the organisers'. */
  async answer(actor: User | null, request: JoinAnswer): Promise<Result<CouncilMember | null>> {
    if (!actor) return fail(unauthenticated('Sign in to answer.'));
    const found = await this.councilAndCoop(request, actor, true);
    if (!found.ok) return found;
    const [organiser, owner] = await Promise.all([isOrganiser(this.db, request.councilId, actor.id), ownsCoop(this.db, request.coopId, actor.id)]);
    return this.write(async (tx, notices) => {
      const existing = await lockedRow(tx, request);
      if (!existing || existing.status === 'MEMBER') return fail(notFound('There is no invitation or request to answer.', 'coopId'));
      const answeredBy = existing.status === 'INVITED' ? owner : organiser;
      if (!answeredBy) {
        return fail(
          forbidden(existing.status === 'INVITED' ? 'Only the co-op’s owners can answer its invitation.' : 'Only the council’s organisers can answer a request.'),
        );
      }
      const key = { councilId_coopId: { councilId: request.councilId, coopId: request.coopId } };
      if (!request.accept) {
        await tx.councilMember.delete({ where: key });
        return ok(null);
      }
      const row = await tx.councilMember.update({ where: key, data: { status: 'MEMBER', joinedAt: new Date() } });
      notices.push(
        ...(await notifyCoopMembers(tx, {
          coopId: request.coopId,
          kind: 'COUNCIL_JOINED',
          subjectKey: `council:${request.councilId}/coop:${request.coopId}/joined:${row.joinedAt!.getTime()}`,
          councilId: request.councilId,
          exceptUserId: actor.id,
        })),
      );
      return ok(row);
    });
  }

  /** Owners take their co-op out (or back its request); organisers remove it (or their invitation). */
  async leave(actor: User | null, request: Omit<JoinRequest, 'message'>): Promise<Result<null>> {
    if (!actor) return fail(unauthenticated('Sign in to do this.'));
    const found = await this.councilAndCoop(request, actor, true);
    if (!found.ok) return found;
    const [organiser, owner] = await Promise.all([isOrganiser(this.db, request.councilId, actor.id), ownsCoop(this.db, request.coopId, actor.id)]);
    if (!organiser && !owner) return fail(forbidden('Only the co-op’s owners or the council’s organisers can do this.'));
    const { count } = await this.db.councilMember.deleteMany({ where: { councilId: request.councilId, coopId: request.coopId } });
    return count ? ok(null) : fail(notFound('That co-op is not in the council.', 'coopId'));
  }

  /**
   * The council exists, and the co-op does for this person: a hidden co-op is not invited and does
   * not ask. Taking one out (`existing`) only needs it to exist, so that an organiser can still
   * remove a co-op a site administrator hid.
   */
  private async councilAndCoop(request: { councilId: string; coopId: string }, actor: User, existing = false): Promise<Result<true>> {
    if (!isId(request.councilId) || !(await this.db.council.count({ where: { id: request.councilId } }))) {
      return fail(notFound('There is no such council.', 'councilId'));
    }
    const found = existing
      ? isId(request.coopId) && (await this.db.coop.count({ where: { id: request.coopId } })) > 0
      : await coopVisibleTo(this.db, request.coopId, membershipsFromDb(this.db, actor.id));
    if (!found) {
      return fail(notFound('There is no such co-op.', 'coopId'));
    }
    return ok(true);
  }

  /** One transaction for the row and its inbox items; the items are published once it commits. */
  private async write<T>(work: (tx: Prisma.TransactionClient, notices: Written[]) => Promise<Result<T>>): Promise<Result<T>> {
    const notices: Written[] = [];
    const result = await this.db.$transaction((tx) => work(tx, notices));
    if (result.ok) await publish(this.events, notices);
    return result;
  }
}

/**
 * The co-op's row in the council, locked; with no row, a lock on the co-op's profile row stands in,
 * so that an invitation and a request crossing each other are taken one after the other.
 */
async function lockedRow(tx: Prisma.TransactionClient, key: { councilId: string; coopId: string }): Promise<CouncilMember | null> {
  await tx.$queryRaw`SELECT 1 FROM coops WHERE id = ${key.coopId}::uuid FOR UPDATE`;
  return tx.councilMember.findUnique({ where: { councilId_coopId: { councilId: key.councilId, coopId: key.coopId } } });
}

function upsertRow(
  tx: Prisma.TransactionClient,
  key: { councilId: string; coopId: string },
  data: Pick<CouncilMember, 'status' | 'route' | 'message' | 'askedById' | 'joinedAt'>,
): Promise<CouncilMember> {
  return tx.councilMember.upsert({
    where: { councilId_coopId: { councilId: key.councilId, coopId: key.coopId } },
    create: { councilId: key.councilId, coopId: key.coopId, ...data },
    update: data,
  });
}
