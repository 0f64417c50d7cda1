import { createPrismaClient, DEFAULT_DEMO_COOP_COUNT, seedDemoData, type Database } from '@principle-six/db';
import { queueNeverMatched } from '../../src/modules/matching/catch-up';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase } from './support/postgres';
import { startTestApi, type TestApi } from './support/test-api';

// The demo network a newcomer sees on first start: co-ops and what they have been doing.

// Today at midnight UTC: the same moment for both seeds, and still now, so that nothing has lapsed.
const NOW = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000);

/** Everything seeded, by content rather than by id (ids are random; the content must not be). */
async function snapshot(db: Database) {
  const [coops, needs, offers, councils, meetings, members, referrals, events, thanks] = await Promise.all([
    db.$queryRaw`SELECT slug, name, provides, created_at FROM coops ORDER BY slug`,
    db.$queryRaw`SELECT c.slug, n.title, n.description, n.radius_km, n.budget_amount, n.created_at, n.expires_at, n.category_paths
                 FROM needs n JOIN coops c ON c.id = n.coop_id ORDER BY c.slug, n.title`,
    db.$queryRaw`SELECT c.slug, o.title, o.coop_terms, o.created_at, o.expires_at FROM offers o JOIN coops c ON c.id = o.coop_id ORDER BY c.slug, o.title`,
    db.$queryRaw`SELECT slug, name, area FROM councils ORDER BY slug`,
    db.$queryRaw`SELECT title, starts_at, venue FROM meetings ORDER BY starts_at`,
    db.$queryRaw`SELECT c.slug FROM council_members m JOIN coops c ON c.id = m.coop_id ORDER BY c.slug`,
    db.$queryRaw`SELECT f.slug AS from, t.slug AS to, r.stage::text, r.kind::text, r.won_amount, r.created_at, r.meeting_id IS NOT NULL AS at_meeting
                 FROM referrals r JOIN coops f ON f.id = r.from_coop_id JOIN coops t ON t.id = r.to_coop_id ORDER BY r.created_at, f.slug, t.slug`,
    db.$queryRaw`SELECT count(*)::int AS n FROM referral_events`,
    db.$queryRaw`SELECT amount, status::text FROM business_thanks ORDER BY amount`,
  ]);
  return { coops, needs, offers, councils, meetings, members, referrals, events, thanks };
}

describe('the demo data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('postgres', { worker: true });
    await seedDemoData(api.db, { now: NOW });
  });
  afterAll(() => api.close());

  it('is the same on every machine: two databases seeded at the same moment hold the same network', async () => {
    const name = await createDatabaseFromTemplate(process.env.P6_TEST_TEMPLATE!);
    const other = createPrismaClient(databaseUrl(name), { maxConnections: 2 });
    try {
      await seedDemoData(other, { now: NOW });
      expect(await snapshot(other)).toEqual(await snapshot(api.db));
    } finally {
      await other.$disconnect();
      await dropDatabase(name);
    }
  });

  it('seeds once: a second start adds nothing, to the directory or to its activity', async () => {
    expect(await seedDemoData(api.db, { now: NOW })).toEqual({ created: 0 });
    expect(await api.db.coop.count()).toBe(DEFAULT_DEMO_COOP_COUNT);
    expect(await api.db.need.count()).toBe(30);
    expect(await api.db.council.count()).toBe(1);
  });

  it('has open needs and offers, a council with a meeting held and one coming, and referrals won and thanked', async () => {
    const figures = await api.client().data(`{
      networkFigures { coops openNeeds openOffers councils }
      referralNetwork { passed won }
      upcomingMeetings(first: 5) { title council { name } }
      needs(first: 50) { totalCount edges { node { coop { isDemo } categories { code } } } }
    }`);
    // Open as the app counts it: the seed dates everything from now, so nothing has lapsed yet.
    expect(figures.networkFigures).toMatchObject({ coops: DEFAULT_DEMO_COOP_COUNT, openNeeds: 30, openOffers: 16, councils: 1 });
    expect(figures.needs.edges.every((e: any) => e.node.coop.isDemo && e.node.categories.length > 0)).toBe(true);
    // The database's own triggers kept the totals of referrals written straight into the table.
    expect(figures.referralNetwork).toEqual({ passed: 12, won: 6 });
    expect(figures.upcomingMeetings).toHaveLength(1);
    expect(await api.db.meeting.count({ where: { startsAt: { lt: new Date() } } })).toBe(1);
    const won = await api.db.referral.findMany({ where: { stage: 'WON' }, include: { thanks: true, events: true } });
    for (const referral of won) {
      expect(referral.thanks).toMatchObject({ amount: referral.wonAmount, fromCoopId: referral.toCoopId, toCoopId: referral.fromCoopId });
      expect(referral.events.map((e) => e.stage).at(-1)).toBe('WON');
    }
  });

  it('is matched by the job worker: every open need gets its matches, without anyone posting', async () => {
    expect(await queueNeverMatched(api.db)).toEqual({ needs: 30, offers: 16 });
    // Queuing again while the jobs wait replaces them (same job keys) rather than doubling them.
    await queueNeverMatched(api.db);
    const deadline = Date.now() + 90_000;
    while ((await api.db.need.count({ where: { matchedAt: null } })) > 0 || (await api.db.offer.count({ where: { matchedAt: null } })) > 0) {
      if (Date.now() > deadline) throw new Error('The demo postings were not matched within 90 s');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const needsWithMatches = await api.db.need.count({ where: { matches: { some: {} } } });
    expect(needsWithMatches).toBeGreaterThanOrEqual(25);
    // A need is never matched with its own co-op.
    const own = await api.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM matches m JOIN needs n ON n.id = m.need_id WHERE m.provider_coop_id = n.coop_id`;
    expect(own[0]!.n).toBe(0);
    // Nothing is left to queue once everything has been matched.
    expect(await queueNeverMatched(api.db)).toEqual({ needs: 0, offers: 0 });
  });
});
