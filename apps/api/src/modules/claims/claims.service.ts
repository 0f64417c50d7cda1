import { randomBytes } from 'node:crypto';
import type { CoopClaim, Database, User } from '@principle-six/db';
import { claimEmailSchema, claimReviewSchema, toFieldErrors } from '@principle-six/schema';
import { requireVerifiedEmail } from '../../access/coop-access';
import { membershipsFromDb } from '../../access/postings-access';
import { canSeeCoop } from '../../access/visibility';
import { hashToken, newToken } from '../../auth/tokens';
import { isId } from '../../errors/ids';
import { isUniqueViolation } from '../../errors/prisma-errors';
import { conflict, expired, fail, forbidden, invalidInput, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';
import type { InboxEvents } from '../notifications/inbox-events';
import type { Mailer } from '../notifications/mailer';
import { claimEmailDomain, emailMatchesWebsite } from './claim-domain';
import { proveClaim } from './claim-proof';
import {
  ALREADY_CLAIMED,
  CLAIM_DAYS,
  CLAIM_EMAIL_HOURS,
  MAX_OPEN_CLAIMS,
  closeExpiredClaims,
  isUnclaimed,
  logClaimEvent,
  ownOpenClaim,
} from './claim-rules';
import type { WebsiteFetcher } from './website-fetcher';
import { findClaimToken, websiteUrl } from './website-token';

/** A link token too long or short to be one we issued is refused without a lookup. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;
const ALREADY_OPEN = 'You already have an open claim on this co-op: carry on with it below.';
const NO_WEBSITE = "This co-op's profile has no website, so there is nothing to check against. Ask a site administrator to approve your claim instead.";

export interface ClaimSettings {
  db: Database;
  mailer: Mailer;
  publicUrl: string;
  fetcher: WebsiteFetcher;
  events: InboxEvents | null;
}

/**
 * The claimant's side of claiming a co-op nobody runs yet: opening a claim, proving it by email
 * at the website's domain or by a token on the website, asking an administrator, withdrawing.
 * Administrators' decisions are in claim-decisions.ts; a proof's transaction in claim-proof.ts.
 */
export class ClaimService {
  private readonly db: Database;

  constructor(private readonly settings: ClaimSettings) {
    this.db = settings.db;
  }

  /** A claim for its claimant or a site administrator; null for anyone else. */
  async byIdFor(viewer: User | null, id: string): Promise<CoopClaim | null> {
    if (!viewer || !isId(id)) return null;
    const claim = await this.db.coopClaim.findUnique({ where: { id } });
    return claim && (claim.claimantId === viewer.id || viewer.siteRole === 'ADMIN') ? claim : null;
  }

  /** The person's open claims and their last 20 others, newest first. */
  async ofPerson(userId: string): Promise<CoopClaim[]> {
    const [open, ended] = await Promise.all([
      this.db.coopClaim.findMany({ where: { claimantId: userId, status: 'OPEN' }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
      this.db.coopClaim.findMany({ where: { claimantId: userId, status: { not: 'OPEN' } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 20 }),
    ]);
    return [...open, ...ended].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  /** The person's open (not expired) claim on the co-op, if any. */
  openClaimOf(userId: string, coopId: string): Promise<CoopClaim | null> {
    return this.db.coopClaim.findFirst({ where: { claimantId: userId, coopId, status: 'OPEN', expiresAt: { gt: new Date() } } });
  }

  async start(actor: User | null, coopId: string): Promise<Result<CoopClaim>> {
    if (!actor) return fail(unauthenticated('Sign in to claim a co-op.'));
    const unverified = requireVerifiedEmail(actor, 'claim a co-op');
    if (unverified) return unverified;
    const coop = isId(coopId) ? await this.db.coop.findUnique({ where: { id: coopId }, select: { id: true, hiddenAt: true } }) : null;
    if (!coop || !(await canSeeCoop(coop, membershipsFromDb(this.db, actor.id)))) return fail(notFound('There is no such co-op.', 'coopId'));
    if (!(await isUnclaimed(this.db, coopId))) return fail(conflict(ALREADY_CLAIMED, 'coopId'));
    try {
      return await this.db.$transaction(async (tx) => {
        // One claim started at a time per person: counting and inserting without the lock let
        // five claims started at once all pass a limit of three.
        await tx.$queryRaw`SELECT id FROM users WHERE id = ${actor.id}::uuid FOR UPDATE`;
        const open = await tx.coopClaim.findMany({ where: { claimantId: actor.id, status: 'OPEN', expiresAt: { gt: new Date() } }, select: { coopId: true } });
        if (open.some((c) => c.coopId === coopId)) return fail(conflict(ALREADY_OPEN, 'coopId'));
        if (open.length >= MAX_OPEN_CLAIMS) {
          return fail(conflict(`You have ${MAX_OPEN_CLAIMS} open claims already. Finish or withdraw one before starting another.`, 'coopId'));
        }
        // Claims that ran out are closed now (a refusal above writes nothing), freeing the index.
        await closeExpiredClaims(tx, { claimantId: actor.id });
        const claim = await tx.coopClaim.create({
          data: {
            coopId,
            claimantId: actor.id,
            websiteToken: `p6-claim-${randomBytes(12).toString('base64url')}`,
            expiresAt: new Date(Date.now() + CLAIM_DAYS * 86_400_000),
          },
        });
        await logClaimEvent(tx, claim, 'OPENED', actor.id);
        return ok(claim);
      });
    } catch (error) {
      // Two requests at once: the partial unique index lets one through.
      if (isUniqueViolation(error)) return fail(conflict(ALREADY_OPEN, 'coopId'));
      throw error;
    }
  }

  /** Mails a one-time link to an address at the co-op's website domain. */
  async sendEmail(actor: User | null, input: { claimId: string; email: string }): Promise<Result<CoopClaim>> {
    const found = await ownOpenClaim(this.db, actor, input.claimId, 'prove a claim');
    if (!found.ok) return found;
    const parsed = claimEmailSchema.safeParse({ email: input.email });
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    const { website } = await this.db.coop.findUniqueOrThrow({ where: { id: found.value.coopId }, select: { website: true } });
    const domain = claimEmailDomain(website);
    if (!website) return fail(invalidInput(NO_WEBSITE, 'email'));
    if (!domain) {
      return fail(
        invalidInput(
          `An address proves a claim only when the co-op's website is its own domain, and ${website} is a page on a shared one. Put the token on the website, or ask for an administrator's approval.`,
          'email',
        ),
      );
    }
    if (!emailMatchesWebsite(parsed.data.email, website)) {
      return fail(invalidInput(`Use an address at ${domain}, the domain of the co-op's website (${website}).`, 'email'));
    }
    const token = newToken();
    const claim = await this.db.$transaction(async (tx) => {
      const saved = await tx.coopClaim.update({
        where: { id: found.value.id },
        data: { proofEmail: parsed.data.email, emailTokenHash: hashToken(token), emailExpiresAt: new Date(Date.now() + CLAIM_EMAIL_HOURS * 3_600_000) },
      });
      await logClaimEvent(tx, saved, 'EMAIL_SENT', actor!.id, parsed.data.email);
      return saved;
    });
    const coop = await this.db.coop.findUniqueOrThrow({ where: { id: claim.coopId }, select: { name: true } });
    const link = new URL(`/claims/confirm/${token}`, this.settings.publicUrl).toString();
    await this.settings.mailer.send({
      to: parsed.data.email,
      subject: `Confirm that you are claiming ${coop.name} on Principle Six`,
      text: [
        'Hello,',
        '',
        `${actor!.displayName} asked to run the profile of ${coop.name} on Principle Six and gave this address to prove they work there.`,
        'If that is you, open this link while signed in to Principle Six as that person:',
        link,
        '',
        `It works once, for ${CLAIM_EMAIL_HOURS} hours. If you did not ask for this, ignore this mail: nothing happens without the link.`,
      ].join('\n'),
    });
    return ok(claim);
  }

  /** Proves a claim with the mailed link's token, as its claimant. */
  async confirmEmail(actor: User | null, token: string): Promise<Result<CoopClaim>> {
    if (!actor) return fail(unauthenticated('Sign in as the person who asked for this link to follow it.'));
    const unknown = fail(notFound('This confirmation link is not one of ours. Check it was copied whole.', 'token'));
    if (!TOKEN_SHAPE.test(token)) return unknown;
    const claim = await this.db.coopClaim.findUnique({ where: { emailTokenHash: hashToken(token) } });
    if (!claim) return unknown;
    if (claim.claimantId !== actor.id) return fail(forbidden('This link is for the person who asked for it: sign in as them to follow it.', 'token'));
    if (claim.status !== 'OPEN' || claim.expiresAt <= new Date()) return fail(expired('This claim is over, so its link no longer works.', 'token'));
    if (!claim.emailExpiresAt || claim.emailExpiresAt <= new Date()) {
      return fail(expired(`This link has expired (links last ${CLAIM_EMAIL_HOURS} hours). Send a new one from your claim.`, 'token'));
    }
    if (!(await isUnclaimed(this.db, claim.coopId))) return fail(conflict(ALREADY_CLAIMED, 'token'));
    return proveClaim(this.db, this.settings.events, claim, { kind: 'EMAIL_DOMAIN', actorId: actor.id, detail: claim.proofEmail });
  }

  /** Fetches the co-op's website (guarded: website-fetcher.ts) and proves the claim if the token is there. */
  async checkWebsite(actor: User | null, claimId: string): Promise<Result<CoopClaim>> {
    const found = await ownOpenClaim(this.db, actor, claimId, 'prove a claim');
    if (!found.ok) return found;
    const { website } = await this.db.coop.findUniqueOrThrow({ where: { id: found.value.coopId }, select: { website: true } });
    const url = websiteUrl(website);
    if (!url) return fail(invalidInput(NO_WEBSITE, 'websiteToken'));
    const search = await findClaimToken(this.settings.fetcher, url, found.value.websiteToken);
    if (!search.found) return fail(invalidInput(search.reason, 'websiteToken'));
    return proveClaim(this.db, this.settings.events, found.value, { kind: 'WEBSITE_TOKEN', actorId: actor!.id, detail: search.where });
  }

  /** Asks a site administrator to approve the claim, with a note saying who the claimant is. */
  async requestReview(actor: User | null, input: { claimId: string; note: string }): Promise<Result<CoopClaim>> {
    const found = await ownOpenClaim(this.db, actor, input.claimId, 'ask for approval');
    if (!found.ok) return found;
    const parsed = claimReviewSchema.safeParse({ note: input.note });
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    return ok(
      await this.db.$transaction(async (tx) => {
        const saved = await tx.coopClaim.update({ where: { id: found.value.id }, data: { reviewNote: parsed.data.note, reviewRequestedAt: new Date() } });
        await logClaimEvent(tx, saved, 'REVIEW_REQUESTED', actor!.id);
        return saved;
      }),
    );
  }

  async withdraw(actor: User | null, claimId: string): Promise<Result<CoopClaim>> {
    if (!actor) return fail(unauthenticated('Sign in to withdraw a claim.'));
    const claim = isId(claimId) ? await this.db.coopClaim.findUnique({ where: { id: claimId } }) : null;
    if (!claim || claim.claimantId !== actor.id) return fail(notFound('There is no such claim of yours.', 'claimId'));
    if (claim.status !== 'OPEN') return fail(conflict('This claim is already over.', 'claimId'));
    return ok(
      await this.db.$transaction(async (tx) => {
        const saved = await tx.coopClaim.update({ where: { id: claim.id }, data: { status: 'WITHDRAWN', closedAt: new Date(), emailTokenHash: null } });
        await logClaimEvent(tx, saved, 'WITHDRAWN', actor.id);
        return saved;
      }),
    );
  }
}
