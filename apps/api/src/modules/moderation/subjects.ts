import type { Database, ModerationSubject, Prisma } from '@principle-six/db';
import { canSeeCoop } from '../../access/visibility';
import { canSeeNeed, canSeeOffer, type Memberships } from '../../access/postings-access';
import { isId } from '../../errors/ids';
import type { Subject } from './moderation-models';

const KINDS: ModerationSubject[] = ['COOP', 'NEED', 'OFFER'];

/**
 * The profile or posting a report or moderation action names, as the person asking may see it
 * (an administrator sees everything; a reporter only what is public or their own co-op's).
 */
export async function findSubject(db: Database, input: { kind: string; id: string }, audience: Memberships): Promise<Subject | null> {
  if (!KINDS.includes(input.kind as ModerationSubject) || !isId(input.id)) return null;
  const kind = input.kind as ModerationSubject;
  const admin = await audience.isAdmin();
  if (kind === 'COOP') {
    const coop = await db.coop.findUnique({ where: { id: input.id } });
    return coop && (admin || (await canSeeCoop(coop, audience))) ? { kind, coopId: coop.id, needId: null, offerId: null, hiddenAt: coop.hiddenAt } : null;
  }
  if (kind === 'NEED') {
    const need = await db.need.findUnique({ where: { id: input.id } });
    return need && (admin || (await canSeeNeed(need, audience))) ? { kind, coopId: need.coopId, needId: need.id, offerId: null, hiddenAt: need.hiddenAt } : null;
  }
  const offer = await db.offer.findUnique({ where: { id: input.id } });
  return offer && (admin || (await canSeeOffer(offer, audience))) ? { kind, coopId: offer.coopId, needId: null, offerId: offer.id, hiddenAt: offer.hiddenAt } : null;
}

/** The rows of one subject: its reports or actions (`subject` and the id that names it). */
export function subjectWhere(subject: Subject): Prisma.ReportWhereInput & Prisma.ModerationActionWhereInput {
  if (subject.kind === 'NEED') return { subject: 'NEED', needId: subject.needId };
  if (subject.kind === 'OFFER') return { subject: 'OFFER', offerId: subject.offerId };
  return { subject: 'COOP', coopId: subject.coopId };
}

/** The columns naming a subject, for a new report or action. */
export function subjectColumns(subject: Subject) {
  return { subject: subject.kind, coopId: subject.coopId, needId: subject.needId, offerId: subject.offerId };
}

export const SUBJECT_WORDS: Record<ModerationSubject, string> = { COOP: 'co-op profile', NEED: 'need', OFFER: 'offer' };
