import type { Database, Interest, InterestKind, InterestVisibility, User } from '@principle-six/db';
import { interestLabelSchema, MAX_INTERESTS, toFieldErrors } from '@principle-six/schema';
import { isId } from '../../errors/ids';
import { isUniqueViolation } from '../../errors/prisma-errors';
import { conflict, fail, invalidInput, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';
import { findInVocabulary, normaliseTag, vocabulary } from './interest-keys';

const KINDS: InterestKind[] = ['TEAM', 'HOBBY', 'LANGUAGE', 'HOME_TOWN', 'COUNTRY', 'CAUSE'];
const VISIBILITIES: InterestVisibility[] = ['ONLY_ME', 'COUNCILS', 'SIGNED_IN'];
const OPTIONS_SHOWN = 10;

export interface InterestRequest {
  kind: string;
  label: string;
  visibility: string;
}

/**
 * A person's interests: adding, seeing to whom they show, removing; and the choices offered as
 * one types. Owns the interests table. Only the owner reads their interests as such; others
 * meet them only as reasons to talk (suggestions.ts), and only those they may see.
 */
export class InterestService {
  constructor(private readonly db: Database) {}

  list(userId: string): Promise<Interest[]> {
    return this.db.interest.findMany({ where: { userId }, orderBy: [{ kind: 'asc' }, { createdAt: 'asc' }], take: MAX_INTERESTS });
  }

  async add(actor: User | null, input: InterestRequest): Promise<Result<Interest>> {
    if (!actor) return fail(unauthenticated('Sign in to add an interest.'));
    const kind = KINDS.find((k) => k === input.kind);
    if (!kind) return fail(invalidInput('Choose a kind of interest from the list.', 'kind'));
    const visibility = VISIBILITIES.find((v) => v === input.visibility);
    if (!visibility) return fail(invalidInput('Choose who may see it.', 'visibility'));
    const parsed = interestLabelSchema.safeParse(input.label);
    if (!parsed.success) return fail(...toFieldErrors(parsed.error, 'label'));
    let label = parsed.data;
    let key: string;
    if (kind === 'COUNTRY' || kind === 'LANGUAGE') {
      const found = findInVocabulary(kind, label);
      if (!found) return fail(invalidInput(kind === 'COUNTRY' ? 'Choose a country from the list.' : 'Choose a language from the list.', 'label'));
      ({ code: key, name: label } = found);
    } else {
      key = normaliseTag(label);
      if (key.length < 2) return fail(invalidInput('Use letters or numbers for the interest.', 'label'));
    }
    try {
      return await this.db.$transaction(async (tx): Promise<Result<Interest>> => {
        // The person's row, locked: two adds at once cannot both pass the count.
        await tx.$queryRaw`SELECT 1 FROM users WHERE id = ${actor.id}::uuid FOR UPDATE`;
        if ((await tx.interest.count({ where: { userId: actor.id } })) >= MAX_INTERESTS) {
          return fail(conflict(`Keep to ${MAX_INTERESTS} interests: remove one to add another.`));
        }
        return ok(await tx.interest.create({ data: { userId: actor.id, kind, label, key, visibility } }));
      });
    } catch (error) {
      if (isUniqueViolation(error)) return fail(conflict('You have that one already.', 'label'));
      throw error;
    }
  }

  async setVisibility(actor: User | null, input: { id: string; visibility: string }): Promise<Result<Interest>> {
    if (!actor) return fail(unauthenticated('Sign in to change your interests.'));
    const visibility = VISIBILITIES.find((v) => v === input.visibility);
    if (!visibility) return fail(invalidInput('Choose who may see it.', 'visibility'));
    const { count } = isId(input.id) ? await this.db.interest.updateMany({ where: { id: input.id, userId: actor.id }, data: { visibility } }) : { count: 0 };
    if (!count) return fail(notFound('You have no such interest.', 'id'));
    return ok(await this.db.interest.findUniqueOrThrow({ where: { id: input.id } }));
  }

  async remove(actor: User | null, id: string): Promise<Result<true>> {
    if (!actor) return fail(unauthenticated('Sign in to change your interests.'));
    const { count } = isId(id) ? await this.db.interest.deleteMany({ where: { id, userId: actor.id } }) : { count: 0 };
    return count ? ok(true) : fail(notFound('You have no such interest.', 'id'));
  }

  /**
   * Choices as one types: the vocabulary for countries and languages; for the free kinds, tags
   * others have made visible to everyone signed in (most used first), so that people converge
   * on one spelling. A tag kept to oneself or one's councils is never offered to anyone else.
   */
  async options(kind: string, text: string, signedIn: boolean): Promise<{ code: string | null; label: string }[]> {
    const wanted = normaliseTag(text.slice(0, 80));
    if (kind === 'COUNTRY' || kind === 'LANGUAGE') {
      return Object.entries(vocabulary(kind))
        .filter(([code, name]) => !wanted || normaliseTag(name).includes(wanted) || code.toLowerCase() === wanted)
        .sort(([, a], [, b]) => Number(!normaliseTag(a).startsWith(wanted)) - Number(!normaliseTag(b).startsWith(wanted)) || a.localeCompare(b))
        .slice(0, OPTIONS_SHOWN)
        .map(([code, label]) => ({ code, label }));
    }
    const free = KINDS.find((k) => k === kind);
    if (!free || !signedIn || wanted.length < 2) return [];
    const rows = await this.db.$queryRaw<{ label: string }[]>`
      SELECT (array_agg(label ORDER BY created_at))[1] AS label
        FROM interests
       WHERE kind = ${free}::"InterestKind" AND visibility = 'SIGNED_IN' AND key LIKE ${`%${wanted.replace(/[%_\\]/g, '')}%`}
       GROUP BY key
       ORDER BY count(DISTINCT user_id) DESC, key
       LIMIT ${OPTIONS_SHOWN}`;
    return rows.map((r) => ({ code: null, label: r.label }));
  }
}
