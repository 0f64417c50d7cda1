import { startTestApi, type TestApi } from './support/test-api';
import { SIGN_IN, SIGN_OUT, SIGN_UP, VIEWER } from './support/scenarios';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const input = (email: string, overrides: Record<string, unknown> = {}) => ({
  email,
  password: 'a long enough password',
  displayName: 'Grace',
  ...overrides,
});

describe('signing up', () => {
  it('creates the account, stores an argon2id hash and signs the browser in', async () => {
    const client = api.client();
    const { signUp } = await client.data(SIGN_UP, { input: input('  Grace@Example.COOP ') });
    expect(signUp.errors).toEqual([]);
    expect(signUp.viewer.user).toMatchObject({ displayName: 'Grace', email: 'grace@example.coop' });
    expect(client.sessionCookie).toMatch(/^p6_session=/);

    const stored = await api.db.user.findUniqueOrThrow({ where: { email: 'grace@example.coop' } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await client.data(VIEWER)).viewer.user.id).toBe(stored.id);
  });

  it('refuses a second account for the same email, whatever its letter case', async () => {
    await api.client().data(SIGN_UP, { input: input('twice@example.coop') });
    const { signUp } = await api.client().data(SIGN_UP, { input: input('TWICE@example.coop') });
    expect(signUp.viewer).toBeNull();
    expect(signUp.errors).toEqual([
      { code: 'CONFLICT', field: 'email', message: expect.stringContaining('already exists') },
    ]);
    expect(await api.db.user.count({ where: { email: 'twice@example.coop' } })).toBe(1);
  });

  it('answers bad input field by field and writes nothing', async () => {
    const before = await api.db.user.count();
    const client = api.client();
    const { signUp } = await client.data(SIGN_UP, {
      input: { email: 'not-an-email', password: 'short', displayName: '   ' },
    });
    expect(signUp.errors.map((e: { field: string }) => e.field).sort()).toEqual(['displayName', 'email', 'password']);
    expect(signUp.errors.every((e: { code: string }) => e.code === 'INVALID_INPUT')).toBe(true);
    expect(await api.db.user.count()).toBe(before);
    expect(client.sessionCookie).toBeNull();
  });
});

describe('signing in and out', () => {
  const email = 'linus@example.coop';
  beforeAll(async () => {
    await api.client().data(SIGN_UP, { input: input(email) });
  });

  it('refuses a wrong password without saying whether the email exists', async () => {
    const wrongPassword = await api.client().data(SIGN_IN, { input: { email, password: 'not the password' } });
    const unknownEmail = await api.client().data(SIGN_IN, {
      input: { email: 'nobody@example.coop', password: 'not the password' },
    });
    expect(wrongPassword.signIn.viewer).toBeNull();
    expect(wrongPassword.signIn.errors).toEqual(unknownEmail.signIn.errors);
    expect(wrongPassword.signIn.errors[0].field).toBe('password');
  });

  it('starts a new session at sign-in and retires the one the browser had', async () => {
    const client = api.client();
    await client.data(SIGN_IN, { input: { email, password: 'a long enough password' } });
    const first = client.sessionCookie;
    await client.data(SIGN_IN, { input: { email, password: 'a long enough password' } });
    expect(client.sessionCookie).not.toBe(first);

    const stale = api.client();
    stale.sessionCookie = first;
    expect((await stale.data(VIEWER)).viewer).toBeNull();
    expect((await client.data(VIEWER)).viewer).not.toBeNull();
  });

  it('signs out: the session ends on the server, not only in the browser', async () => {
    const client = api.client();
    await client.data(SIGN_IN, { input: { email, password: 'a long enough password' } });
    const cookie = client.sessionCookie;
    expect((await client.data(SIGN_OUT)).signOut.ok).toBe(true);
    expect((await client.data(VIEWER)).viewer).toBeNull();

    const replay = api.client();
    replay.sessionCookie = cookie;
    expect((await replay.data(VIEWER)).viewer).toBeNull();
  });

  it('treats an expired session as signed out', async () => {
    const client = api.client();
    await client.data(SIGN_IN, { input: { email, password: 'a long enough password' } });
    const user = await api.db.user.findUniqueOrThrow({ where: { email } });
    await api.db.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await client.data(VIEWER)).viewer).toBeNull();
  });
});

describe('request hygiene', () => {
  it("keeps Apollo's CSRF prevention on: a simple cross-site form post is refused", async () => {
    const response = await fetch(`${api.endpoint}?query=${encodeURIComponent('{ viewer { user { id } } }')}`, {
      method: 'GET',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });
});
