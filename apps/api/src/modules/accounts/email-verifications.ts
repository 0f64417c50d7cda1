import type { Database, Prisma, User } from '@principle-six/db';
import { hashToken, newToken } from '../../auth/tokens';
import { conflict, expired, fail, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';
import type { Mailer } from '../notifications/mailer';

export const VERIFICATION_DAYS = 3;

/** A token, too long or short to be one we issued, is refused without a lookup. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

type Tx = Prisma.TransactionClient;

/**
 * Proof that an account reads mail at its address: a link with a one-time token, mailed at
 * sign-up and on request. Owns the `email_verifications` table and users' `email_verified_at`.
 */
export class EmailVerifications {
  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
  ) {}

  /** A new link for the user's address, written in the caller's transaction; mail it after commit. */
  async issue(tx: Tx, user: Pick<User, 'id' | 'email'>): Promise<string> {
    const token = newToken();
    await tx.emailVerification.create({
      data: {
        tokenHash: hashToken(token),
        userId: user.id,
        email: user.email,
        expiresAt: new Date(Date.now() + VERIFICATION_DAYS * 86_400_000),
      },
    });
    return token;
  }

  async mail(user: Pick<User, 'email' | 'displayName'>, token: string): Promise<void> {
    const link = new URL(`/verify-email/${token}`, this.publicUrl).toString();
    await this.mailer.send({
      to: user.email,
      subject: 'Confirm your email address for Principle Six',
      text: [
        `Hello ${user.displayName},`,
        '',
        'Please confirm that this is your email address by opening this link:',
        link,
        '',
        `It works once, for ${VERIFICATION_DAYS} days. Until then other co-ops cannot see your co-op's`,
        'contact details, and you cannot see theirs.',
        '',
        'If you did not sign up to Principle Six, ignore this mail.',
      ].join('\n'),
    });
  }

  /** Confirms the address a link was sent to; the link is then used up. */
  async verify(token: string): Promise<Result<User>> {
    if (!TOKEN_SHAPE.test(token)) return fail(notFound('This confirmation link is not one of ours. Check it was copied whole.', 'token'));
    return this.db.$transaction(async (tx) => {
      const found = await tx.emailVerification.findUnique({
        where: { tokenHash: hashToken(token) },
        include: { user: true },
      });
      if (!found) return fail(notFound('This confirmation link is not one of ours. Check it was copied whole.', 'token'));
      if (found.usedAt) {
        return found.user.emailVerifiedAt
          ? ok(found.user)
          : fail(expired('This link has been used. Ask for a new one from your account.', 'token'));
      }
      if (found.expiresAt <= new Date()) return fail(expired('This link has expired. Ask for a new one from your account.', 'token'));
      // A link proves the address it went to: an account whose address changed since needs a new one.
      if (found.email !== found.user.email) return fail(expired('This link was for an earlier address. Ask for a new one.', 'token'));
      // The row lock makes a double click one confirmation.
      const used = await tx.emailVerification.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: new Date() } });
      if (used.count === 0) return ok(found.user);
      const user = await tx.user.update({
        where: { id: found.userId },
        data: { emailVerifiedAt: found.user.emailVerifiedAt ?? new Date() },
      });
      return ok(user);
    });
  }

  /** Mails a new link to a signed-in person whose address is not confirmed yet. */
  async resend(actor: User | null): Promise<Result<true>> {
    if (!actor) return fail(unauthenticated('Sign in to confirm your email address.'));
    const user = await this.db.user.findUnique({ where: { id: actor.id } });
    if (!user) return fail(unauthenticated('Sign in to confirm your email address.'));
    if (user.emailVerifiedAt) return fail(conflict('Your email address is already confirmed.'));
    const token = await this.db.$transaction((tx) => this.issue(tx, user));
    await this.mail(user, token);
    return ok(true);
  }
}
