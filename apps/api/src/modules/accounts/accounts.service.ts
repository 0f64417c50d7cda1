import type { Database, User } from '@principle-six/db';
import { signInSchema, signUpSchema, toFieldErrors } from '@principle-six/schema';
import { decoyHash, hashPassword, verifyPassword } from '../../auth/passwords';
import { isUniqueViolation } from '../../errors/prisma-errors';
import { conflict, fail, invalidInput, ok, type Result } from '../../errors/user-errors';
import type { EmailVerifications } from './email-verifications';

export class AccountService {
  constructor(
    private readonly db: Database,
    private readonly verifications: EmailVerifications,
  ) {}

  /** A new, unconfirmed account, and a link mailed to confirm its address. */
  async signUp(input: unknown): Promise<Result<User>> {
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    const { email, password, displayName } = parsed.data;
    const passwordHash = await hashPassword(password);
    try {
      const { user, token } = await this.db.$transaction(async (tx) => {
        const user = await tx.user.create({ data: { email, displayName, passwordHash } });
        return { user, token: await this.verifications.issue(tx, user) };
      });
      await this.verifications.mail(user, token);
      return ok(user);
    } catch (error) {
      if (isUniqueViolation(error)) {
        return fail(conflict('An account with this email already exists. Sign in instead.', 'email'));
      }
      throw error;
    }
  }

  async signIn(input: unknown): Promise<Result<User>> {
    const parsed = signInSchema.safeParse(input);
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    const user = await this.db.user.findUnique({ where: { email: parsed.data.email } });
    // Verify against a decoy when there is no such user, so timing does not reveal which emails exist.
    const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), parsed.data.password);
    if (!user || !matches) return fail(invalidInput('That email and password do not match an account.', 'password'));
    return ok(user);
  }
}
