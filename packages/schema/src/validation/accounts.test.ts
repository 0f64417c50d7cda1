import { signInSchema, signUpSchema } from './accounts';

describe('account rules', () => {
  it('normalises the email so that one address is one account', () => {
    expect(signUpSchema.parse({ email: ' Ada@Example.COOP ', password: 'long enough pw', displayName: 'Ada' }).email).toBe(
      'ada@example.coop',
    );
  });

  it('asks for a real email, a 10-character password and a name', () => {
    const result = signUpSchema.safeParse({ email: 'ada@', password: 'short', displayName: ' ' });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path.join('.'));
    expect(new Set(fields)).toEqual(new Set(['email', 'password', 'displayName']));
  });

  it('signs in with any non-empty password (length rules are for new passwords only)', () => {
    expect(signInSchema.safeParse({ email: 'ada@example.coop', password: 'x' }).success).toBe(true);
    expect(signInSchema.safeParse({ email: 'ada@example.coop', password: '' }).success).toBe(false);
  });
});
