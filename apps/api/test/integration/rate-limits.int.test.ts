import { POLICIES } from '../../src/rate-limits/policies';
import { startTestApi, type TestApi } from './support/test-api';
import { SIGN_IN, createCoop, signUp } from './support/scenarios';
import { needInput } from './support/postings';

const RATE_ERRORS = 'errors { code field message retryAfterSeconds }';
const SIGN_IN_RATED = `mutation ($input: SignInInput!) { signIn(input: $input) { viewer { user { id } } ${RATE_ERRORS} } }`;
const POST_NEED_RATED = `mutation ($coopId: ID!, $input: NeedInput!) { postNeed(coopId: $coopId, input: $input) { need { id } ${RATE_ERRORS} } }`;
const PASSWORD = 'correct horse battery';

describe('rate limits (the real ones, in memory)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('postgres', { services: { rateLimitHeadroom: 1 } });
  });
  afterAll(() => api.close());

  it('slows password guessing on one account: five wrong tries, then even the right one waits, and no session is made', async () => {
    const owner = await signUp(api.client(), 'Target');
    const attacker = api.client();
    for (let i = 0; i < 5; i++) {
      const { signIn } = await attacker.data(SIGN_IN_RATED, { input: { email: owner.email, password: `wrong ${i} guess` } });
      expect(signIn.errors[0].code).not.toBe('RATE_LIMITED');
    }
    const sessions = await api.db.session.count();
    const blocked = await api.client().data(SIGN_IN_RATED, { input: { email: owner.email.toUpperCase(), password: PASSWORD } });
    expect(blocked.signIn.viewer).toBeNull();
    expect(blocked.signIn.errors).toEqual([
      { code: 'RATE_LIMITED', field: null, message: expect.stringMatching(/wait \d+ seconds/), retryAfterSeconds: expect.any(Number) },
    ]);
    expect(blocked.signIn.errors[0].retryAfterSeconds).toBeGreaterThanOrEqual(50);
    expect(await api.db.session.count()).toBe(sessions);
    // Another account from the same address is not locked by it.
    const other = await signUp(api.client(), 'Bystander');
    expect((await api.client().data(SIGN_IN_RATED, { input: { email: other.email, password: PASSWORD } })).signIn.errors).toEqual([]);
  });

  it('checks no more than five of 30 concurrent wrong passwords for one account', async () => {
    const owner = await signUp(api.client(), 'Raced');
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => api.client().data(SIGN_IN_RATED, { input: { email: owner.email, password: `racing guess ${i}` } })),
    );
    const codes = answers.map((a) => a.signIn.errors[0].code as string);
    expect(codes.filter((c) => c !== 'RATE_LIMITED').length).toBeLessThanOrEqual(5);
  });

  it('answers a rate-limited email link with RATE_LIMITED in its payload, not an error', async () => {
    const VERIFY = `mutation ($token: String!) { verifyEmail(token: $token) { verified ${RATE_ERRORS} } }`;
    let last: { verified: boolean; errors: { code: string }[] } | null = null;
    for (let i = 0; i < 31; i++) last = (await api.client().data(VERIFY, { token: `guessed-token-number-${i}-abcdefgh` })).verifyEmail;
    expect(last).toMatchObject({ verified: false, errors: [{ code: 'RATE_LIMITED' }] });
  });

  it('refuses two sign-ins in one operation, so aliases cannot multiply guesses', async () => {
    const twice = await api.client().request(`mutation {
      a: signIn(input: { email: "x@example.coop", password: "one guess here" }) { errors { code } }
      b: signIn(input: { email: "x@example.coop", password: "two guess here" }) { errors { code } } }`);
    expect(twice.status).toBe(400);
    expect(twice.errors?.[0]?.message).toMatch(/signIn may be sent once per operation/);
  });

  it('refuses the 31st need within an hour, writing nothing', async () => {
    const member = api.client();
    await signUp(member, 'Prolific');
    const coop = await createCoop(member);
    for (let i = 0; i < 30; i++) {
      const { postNeed } = await member.data(POST_NEED_RATED, { coopId: coop.id, input: needInput({ title: `Need number ${i}` }) });
      expect(postNeed.errors).toEqual([]);
    }
    const jobs = await api.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs`;
    const { postNeed } = await member.data(POST_NEED_RATED, { coopId: coop.id, input: needInput({ title: 'One too many' }) });
    expect(postNeed.need).toBeNull();
    expect(postNeed.errors[0]).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(await api.db.need.count({ where: { coopId: coop.id } })).toBe(30);
    expect(await api.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs`).toEqual(jobs);
  });

  it('limits sign-ups per address', async () => {
    const signUps = async (n: number) => {
      const codes: string[] = [];
      for (let i = 0; i < n; i++) {
        const { signUp } = await api.client().data(`mutation ($input: SignUpInput!) { signUp(input: $input) { ${RATE_ERRORS} } }`, {
          input: { email: `bulk.${process.pid}.${i}@example.coop`, password: PASSWORD, displayName: 'Bulk' },
        });
        codes.push(signUp.errors[0]?.code ?? 'OK');
      }
      return codes;
    };
    const users = await api.db.user.count();
    // Earlier tests in this file signed up 4 people from this address; POLICIES says how many an hour.
    const allowed = POLICIES.signUp!.limits[0]!.points - 4;
    const codes = await signUps(allowed + 2);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(allowed);
    expect(codes.slice(allowed)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    expect(await api.db.user.count()).toBe(users + allowed);
  });

  it('limits a person’s CSV downloads (a large co-op’s file is costly), answering 429 with Retry-After', async () => {
    // Made directly: the sign-ups this address may make are spent by the test above.
    const member = api.client();
    const user = await api.db.user.create({ data: { email: 'exporter@example.coop', displayName: 'Exporter', passwordHash: 'not-a-hash' } });
    member.sessionCookie = `p6_session=${(await api.services.sessions.create(user.id)).token}`;
    const coop = await createCoop(member, { name: 'Exporting Co-op' });
    const url = `${api.endpoint.replace(/\/graphql$/, '')}/exports/coops/${coop.id}/referrals.csv`;
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await fetch(url, { headers: { cookie: member.sessionCookie! } })).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    const refused = await fetch(url, { headers: { cookie: member.sessionCookie! } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('rate limits shared by two API processes through the database', () => {
  let first: TestApi;
  let second: TestApi;
  beforeAll(async () => {
    first = await startTestApi('postgres', { services: { rateLimitHeadroom: 1, rateLimitStore: 'database' } });
    // A second server on the same database: another process as far as counting goes.
    second = await startTestApi('postgres', { services: { rateLimitHeadroom: 1, rateLimitStore: 'database' }, database: first.url });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('counts failures on either one against the same account', async () => {
    const owner = await signUp(first.client(), 'Shared');
    for (let i = 0; i < 5; i++) {
      const api = i % 2 ? first : second;
      await api.client().data(SIGN_IN, { input: { email: owner.email, password: `wrong ${i} guess` } });
    }
    const { signIn } = await first.client().data(SIGN_IN_RATED, { input: { email: owner.email, password: PASSWORD } });
    expect(signIn.errors[0]?.code).toBe('RATE_LIMITED');
    expect(await first.db.rateLimit.count()).toBeGreaterThan(0);
  });
});
