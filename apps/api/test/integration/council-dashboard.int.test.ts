import { verifyEmail } from './support/business';
import { createCouncil } from './support/councils';
import { createCoop, signUp } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';
import type { TestClient } from './support/test-client';

/**
 * The council dashboard (issue 13) against a fixture whose figures are worked out by hand: four
 * member co-ops and one outside, meetings held, cancelled and to come, attendance, referrals
 * (one withdrawn, one to an outsider), thank-yous (one still pending), a visitor and an
 * introduction.
 */

const DASHBOARD = `query ($slug: String!) { council(slug: $slug) { dashboard {
  meetingsHeld rule
  coops { coop { name } meetingsAttended referralsGiven referralsReceived businessClosed { amount currency } introductions visitorsBrought light lightReason }
  months { month meetings attendance referrals introductions }
  referralLinks { fromCoopId toCoopId count }
} } }`;

let api: TestApi;
let organiser: TestClient;
let slug: string;
const coops: Record<'P' | 'Q' | 'R' | 'S' | 'O', { id: string; name: string }> = {} as never;

const DAY = 86_400_000;

beforeAll(async () => {
  api = await startTestApi('postgres');
  organiser = api.client();
  await verifyEmail(api.db, (await signUp(organiser, 'Organiser')).id);
  const council = await createCouncil(organiser, { name: 'Dashboard Council' });
  slug = council.slug;
  const owner = api.client();
  const ownerId = (await signUp(owner, 'Owner')).id;
  await verifyEmail(api.db, ownerId);
  for (const [key, name] of [
    ['P', 'Print Co-op'],
    ['Q', 'Quill Co-op'],
    ['R', 'Rope Co-op'],
    ['S', 'Sleepy Co-op'],
    ['O', 'Outside Co-op'],
  ] as const) {
    coops[key] = await createCoop(owner, { name, placeName: 'Leeds' });
    if (key !== 'O') await api.db.councilMember.create({ data: { councilId: council.id, coopId: coops[key].id, status: 'MEMBER', route: 'IMPORTED', joinedAt: new Date() } });
  }
  const meeting = (daysAgo: number, extra: Record<string, unknown> = {}) =>
    api.db.meeting.create({
      data: {
        councilId: council.id,
        title: `Meeting ${daysAgo}`,
        startsAt: new Date(Date.now() - daysAgo * DAY),
        endsAt: new Date(Date.now() - daysAgo * DAY + 3_600_000),
        format: 'IN_PERSON',
        venue: 'Hall',
        ...extra,
      },
    });
  const m1 = await meeting(40);
  const m2 = await meeting(10);
  await meeting(20, { cancelledAt: new Date() });
  await meeting(-7);
  const person = async (name: string) => (await api.db.user.create({ data: { email: `${name}@example.coop`, displayName: name, passwordHash: 'x' } })).id;
  const attend = async (meetingId: string, coop: keyof typeof coops, attendance: 'PRESENT' | 'SUBSTITUTE' | 'ABSENT', extra: Record<string, unknown> = {}) =>
    api.db.meetingAttendee.create({ data: { meetingId, userId: await person(`${coop}-${meetingId.slice(0, 6)}-${attendance}`), coopId: coops[coop].id, role: 'MEMBER', status: 'GOING', attendance, ...extra } });
  await attend(m1.id, 'P', 'PRESENT');
  await attend(m1.id, 'Q', 'SUBSTITUTE', { substituteName: 'Quinn' });
  await attend(m1.id, 'S', 'ABSENT');
  await attend(m2.id, 'P', 'PRESENT');
  await attend(m2.id, 'O', 'PRESENT', { role: 'VISITOR', broughtByCoopId: coops.R.id });

  const referral = (from: keyof typeof coops, to: keyof typeof coops, stage: 'PASSED' | 'ACCEPTED' | 'WITHDRAWN') =>
    api.db.referral.create({
      data: {
        kind: 'EXTERNAL',
        stage,
        fromCoopId: coops[from].id,
        toCoopId: coops[to].id,
        what: 'Work for a prospect',
        prospectName: 'Sam',
        prospectEmail: 'sam@example.org',
        consentAt: new Date(),
        warmth: 3,
      },
    });
  await referral('P', 'Q', 'PASSED');
  await referral('P', 'Q', 'ACCEPTED');
  await referral('Q', 'P', 'WITHDRAWN');
  await referral('P', 'O', 'PASSED');
  await api.db.businessThanks.create({ data: { fromCoopId: coops.Q.id, toCoopId: coops.P.id, amount: 500, currency: 'GBP', status: 'CONFIRMED' } });
  await api.db.businessThanks.create({ data: { fromCoopId: coops.R.id, toCoopId: coops.P.id, amount: 900, currency: 'GBP', status: 'PENDING' } });
  await api.db.introduction.create({ data: { fromCoopId: coops.P.id, toCoopId: coops.R.id, message: 'Hello' } });
}, 60_000);

afterAll(() => api?.close());

it('gives each member co-op its figures and light, worked out by hand', async () => {
  const { council } = await organiser.data(DASHBOARD, { slug });
  const dashboard = council.dashboard;
  expect(dashboard.meetingsHeld).toBe(2);
  expect(dashboard.coops.map((c: Record<string, unknown>) => [(c.coop as { name: string }).name, c.meetingsAttended, c.referralsGiven, c.referralsReceived, c.businessClosed, c.introductions, c.visitorsBrought, c.light])).toEqual([
    ['Print Co-op', 2, 3, 0, [{ amount: 500, currency: 'GBP' }], 1, 0, 'GREEN'],
    ['Quill Co-op', 1, 0, 2, [], 0, 0, 'AMBER'],
    ['Rope Co-op', 0, 0, 0, [], 1, 1, 'AMBER'],
    ['Sleepy Co-op', 0, 0, 0, [], 0, 0, 'RED'],
  ]);
  expect(dashboard.coops[0].lightReason).toBe('At 2 of 2 meetings; 3 referrals given, 1 introduction');
  expect(dashboard.coops[3].lightReason).toBe('At 0 of 2 meetings; nothing given yet');
  expect(dashboard.rule).toMatch(/^Green: at half or more/);
  expect(dashboard.referralLinks).toEqual([{ fromCoopId: coops.P.id, toCoopId: coops.Q.id, count: 2 }]);
  expect(dashboard.months).toHaveLength(6);
  const total = (key: string) => dashboard.months.reduce((sum: number, m: Record<string, number>) => sum + m[key]!, 0);
  expect([total('meetings'), total('attendance'), total('referrals'), total('introductions')]).toEqual([2, 3, 3, 1]);
});

it('is for the council’s organisers only', async () => {
  const member = api.client();
  await signUp(member, 'Member');
  expect((await member.data(DASHBOARD, { slug })).council.dashboard).toBeNull();
  expect((await api.client().data(DASHBOARD, { slug })).council.dashboard).toBeNull();
});
