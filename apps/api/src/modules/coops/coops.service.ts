import { freeSlug, refreshCoopSearch, type Coop, type Database, type Prisma, type User } from '@principle-six/db';
import { coopInputSchema, toFieldErrors, type CoopInputValues } from '@principle-six/schema';
import { requireVerifiedEmail } from '../../access/coop-access';
import { membershipsFromDb } from '../../access/postings-access';
import { canSeeCoop, publicCoopWhere } from '../../access/visibility';
import { isId } from '../../errors/ids';
import { createOnce } from '../idempotency/idempotency';
import { isUniqueViolation } from '../../errors/prisma-errors';
import {
  fail,
  forbidden,
  invalidInput,
  notFound,
  ok,
  unauthenticated,
  type Result,
} from '../../errors/user-errors';
import { decodeCursor, encodeCursor } from './cursor';
import { findOrCreatePlace, locateCoop } from './places';

export const MAX_PAGE_SIZE = 100;

export interface DirectoryPage {
  coops: Coop[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

export class CoopService {
  constructor(private readonly db: Database) {}

  /**
   * A co-op's contact details for a signed-in person with a confirmed address. How often is
   * limited by the revealContact policy (rate-limits/policies.ts), before this runs.
   */
  async revealContact(actor: User | null, coopId: string): Promise<Result<{ email: string | null; phone: string | null }>> {
    if (!actor) return fail(unauthenticated('Sign in to see contact details.'));
    const unverified = requireVerifiedEmail(actor, "see other co-ops' contact details");
    if (unverified) return unverified;
    const coop = isId(coopId)
      ? await this.db.coop.findUnique({
          where: { id: coopId },
          select: {
            id: true,
            hiddenAt: true,
            contactEmail: true,
            contactPhone: true,
            _count: { select: { memberships: true } },
            memberships: { where: { user: { emailVerifiedAt: { not: null } } }, take: 1, select: { userId: true } },
          },
        })
      : null;
    if (!coop || !(await canSeeCoop(coop, membershipsFromDb(this.db, actor.id)))) return fail(notFound('There is no such co-op.', 'coopId'));
    // A co-op run on the network shares its details once one of its people has confirmed an
    // address (one imported from a register, with no members yet, shares the register's).
    if (coop._count.memberships > 0 && coop.memberships.length === 0) {
      return fail(forbidden("This co-op's people have not confirmed their email address yet, so its contact details are not shared."));
    }
    return ok({ email: coop.contactEmail, phone: coop.contactPhone });
  }

  bySlug(slug: string): Promise<Coop | null> {
    // Slugs are made by slugify (letters, digits and hyphens); anything else names no co-op.
    if (!/^[\p{L}\p{N}-]{1,200}$/u.test(slug)) return Promise.resolve(null);
    return this.db.coop.findUnique({ where: { slug } });
  }

  /** The directory in name order (hidden co-ops left out); keyset pagination so deep pages cost what the first does. */
  async directoryPage(first: number, after: string | null): Promise<Result<DirectoryPage>> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      return fail(invalidInput(`Ask for 1 to ${MAX_PAGE_SIZE} co-ops at a time.`, 'first'));
    }
    const cursor = after ? decodeCursor(after) : null;
    if (after && !cursor) {
      return fail(invalidInput('That page link is not valid; start from the first page.', 'after'));
    }
    const where: Prisma.CoopWhereInput = cursor
      ? { ...publicCoopWhere, OR: [{ name: { gt: cursor.name } }, { name: cursor.name, id: { gt: cursor.id } }] }
      : publicCoopWhere;
    const [rows, totalCount] = await Promise.all([
      this.db.coop.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], take: first + 1 }),
      this.db.coop.count({ where: publicCoopWhere }),
    ]);
    const coops = rows.slice(0, first);
    const last = coops.at(-1);
    return ok({
      coops,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(last.name, last.id) : null,
      totalCount,
    });
  }

  async create(actor: User | null, input: unknown, idempotencyKey?: string | null): Promise<Result<Coop>> {
    if (!actor) return fail(unauthenticated('Sign in to create a co-op profile.'));
    const parsed = coopInputSchema.safeParse(input);
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    const values = parsed.data;

    // A concurrent sign-up of the same name can take the slug between our check and insert;
    // the unique index catches it and we pick the next free one.
    for (let attempt = 0; ; attempt++) {
      try {
        return await createOnce(this.db, { userId: actor.id, key: idempotencyKey, operation: 'createCoop', args: { input } }, {
          find: (id) => this.db.coop.findUnique({ where: { id } }),
          create: async (tx, id) => {
            const place = await findOrCreatePlace(tx, values.placeName, values.countryCode);
            const created = await tx.coop.create({
              data: {
                id,
                ...profileFields(values),
                ...(await locateCoop(tx, values.postcode, values.countryCode, place)),
                slug: await freeCoopSlug(tx, values.name),
                placeId: place.id,
                categories: { create: values.categoryCodes.map((categoryCode) => ({ categoryCode })) },
                memberships: { create: { userId: actor.id, role: 'OWNER' } },
              },
            });
            await refreshCoopSearch(tx, [created.id]);
            return ok(created);
          },
        });
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 2) throw error;
      }
    }
  }

  /** Replaces the profile. The slug stays as it was, so links to the co-op keep working. */
  async update(actor: User | null, coopId: string, input: unknown): Promise<Result<Coop>> {
    if (!actor) return fail(unauthenticated('Sign in to edit a co-op profile.'));
    const coop = isId(coopId)
      ? await this.db.coop.findUnique({ where: { id: coopId }, select: { id: true } })
      : null;
    if (!coop) return fail(notFound('There is no such co-op.'));
    const membership = await this.db.membership.findUnique({
      where: { userId_coopId: { userId: actor.id, coopId } },
    });
    if (membership?.role !== 'OWNER') {
      return fail(forbidden("Only the co-op's owners can edit its profile."));
    }
    const parsed = coopInputSchema.safeParse(input);
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    const values = parsed.data;

    const updated = await this.db.$transaction(async (tx) => {
      const place = await findOrCreatePlace(tx, values.placeName, values.countryCode);
      const saved = await tx.coop.update({
        where: { id: coopId },
        data: {
          ...profileFields(values),
          ...(await locateCoop(tx, values.postcode, values.countryCode, place)),
          placeId: place.id,
          categories: {
            deleteMany: {},
            create: values.categoryCodes.map((categoryCode) => ({ categoryCode })),
          },
        },
      });
      await refreshCoopSearch(tx, [coopId]);
      return saved;
    });
    return ok(updated);
  }
}

function profileFields(v: CoopInputValues) {
  return {
    name: v.name,
    postcode: v.postcode,
    address: v.address,
    provides: v.provides,
    whyBuy: v.whyBuy,
    wantToTalkTo: v.wantToTalkTo,
    coopType: v.coopType as Coop['coopType'],
    website: v.website,
    contactEmail: v.contactEmail,
    contactPhone: v.contactPhone,
    memberNotes: v.memberNotes,
  };
}

/** A free slug for a co-op's name (see freeSlug). */
export function freeCoopSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  return freeSlug(name, 'co-op', async (base) =>
    (await tx.coop.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((c) => c.slug),
  );
}
