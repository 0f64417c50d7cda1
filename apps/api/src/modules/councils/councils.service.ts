import { freeSlug, type Council, type Database, type Prisma, type User } from '@principle-six/db';
import { councilInputSchema, emailSchema, toFieldErrors, type CouncilInputValues } from '@principle-six/schema';
import { requireVerifiedEmail } from '../../access/coop-access';
import { isOrganiser } from '../../access/councils-access';
import { isId } from '../../errors/ids';
import { isUniqueViolation } from '../../errors/prisma-errors';
import { conflict, fail, forbidden, invalidInput, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';

export interface OrganiserRequest {
  councilId: string;
  email?: string | null;
  userId?: string | null;
}

/**
 * Councils and their organisers: starting one, editing its page, and who runs it. Owns the
 * councils and council_organisers tables (council-membership.ts owns which co-ops belong).
 */
export class CouncilService {
  constructor(private readonly db: Database) {}

  byId(id: string): Promise<Council | null> {
    return isId(id) ? this.db.council.findUnique({ where: { id } }) : Promise.resolve(null);
  }

  bySlug(slug: string): Promise<Council | null> {
    // Slugs are made by slugify (letters, digits and hyphens); anything else names no council.
    if (!/^[a-z0-9-]{1,80}$/.test(slug)) return Promise.resolve(null);
    return this.db.council.findUnique({ where: { slug } });
  }

  async create(actor: User | null, input: unknown): Promise<Result<Council>> {
    if (!actor) return fail(unauthenticated('Sign in to start a council.'));
    const unverified = requireVerifiedEmail(actor, 'start a council');
    if (unverified) return unverified;
    const parsed = councilInputSchema.safeParse(input);
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    // Two councils of one name at once can race for the slug: the unique index catches it.
    for (let attempt = 0; ; attempt++) {
      try {
        const council = await this.db.$transaction(async (tx) =>
          tx.council.create({
            data: {
              ...fields(parsed.data),
              slug: await freeCouncilSlug(tx, parsed.data.name),
              createdById: actor.id,
              organisers: { create: { userId: actor.id } },
            },
          }),
        );
        return ok(council);
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 2) throw error;
      }
    }
  }

  /** Replaces the page. The slug stays, so links and calendar subscriptions keep working. */
  async update(actor: User | null, councilId: string, input: unknown): Promise<Result<Council>> {
    const allowed = await this.organiserOf(actor, councilId, 'edit the council');
    if (!allowed.ok) return allowed;
    const parsed = councilInputSchema.safeParse(input);
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    return ok(await this.db.council.update({ where: { id: councilId }, data: fields(parsed.data) }));
  }

  /** Makes a person in one of the council's member co-ops an organiser too, named by email. */
  async addOrganiser(actor: User | null, request: OrganiserRequest): Promise<Result<Council>> {
    const allowed = await this.organiserOf(actor, request.councilId, 'add organisers');
    if (!allowed.ok) return allowed;
    if (!request.email?.trim()) return fail(invalidInput('Enter the email address of the person to add.', 'email'));
    const parsed = emailSchema.safeParse(request.email);
    if (!parsed.success) return fail(...toFieldErrors(parsed.error, 'email'));
    const email = parsed.data.toLowerCase();
    // Only people in member co-ops: an organiser sees members' names at meetings anyway, and an
    // address outside the council says nothing about whether it has an account.
    const person = await this.db.user.findFirst({
      where: {
        email,
        memberships: { some: { coop: { councils: { some: { councilId: request.councilId, status: 'MEMBER' } } } } },
      },
    });
    if (!person) return fail(notFound('Nobody in this council’s member co-ops has that address.', 'email'));
    try {
      await this.db.councilOrganiser.create({ data: { councilId: request.councilId, userId: person.id } });
    } catch (error) {
      if (isUniqueViolation(error)) return fail(conflict('They already organise this council.', 'email'));
      throw error;
    }
    return ok(allowed.value);
  }

  /** Removes an organiser (oneself included); a council always keeps one. */
  async removeOrganiser(actor: User | null, request: OrganiserRequest): Promise<Result<Council>> {
    const allowed = await this.organiserOf(actor, request.councilId, 'change its organisers');
    if (!allowed.ok) return allowed;
    const userId = request.userId ?? '';
    if (!isId(userId)) return fail(notFound('That person does not organise this council.', 'userId'));
    return this.db.$transaction(async (tx) => {
      // Locks the council's organisers, so two organisers removing each other leave one.
      const organisers = await tx.$queryRaw<{ user_id: string }[]>`
        SELECT user_id FROM council_organisers WHERE council_id = ${request.councilId}::uuid FOR UPDATE`;
      if (!organisers.some((o) => o.user_id === userId)) return fail(notFound('That person does not organise this council.', 'userId'));
      if (organisers.length === 1) return fail(conflict('A council needs an organiser: add another before this one steps down.', 'userId'));
      await tx.councilOrganiser.delete({ where: { councilId_userId: { councilId: request.councilId, userId } } });
      return ok(allowed.value);
    });
  }

  /** The council, when the actor organises it; the refusal otherwise. */
  async organiserOf(actor: User | null, councilId: string, action: string): Promise<Result<Council>> {
    if (!actor) return fail(unauthenticated(`Sign in to ${action}.`));
    const council = await this.byId(councilId);
    if (!council) return fail(notFound('There is no such council.'));
    if (!(await isOrganiser(this.db, councilId, actor.id))) return fail(forbidden(`Only the council’s organisers can ${action}.`));
    return ok(council);
  }
}

function fields(v: CouncilInputValues) {
  return { name: v.name, description: v.description, area: v.area, website: v.website, timeZone: v.timeZone };
}

function freeCouncilSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  return freeSlug(name, 'council', async (base) =>
    (await tx.council.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((c) => c.slug),
  );
}
