import pg from 'pg';
import { seedDemoData } from '@principle-six/db';
import { bind, execute, parse, sendAndVanish } from './support/raw-postgres';
import { startTestApi, type TestApi } from './support/test-api';
import { verifyEmail } from './support/business';
import { LEDGER, moveReferral, passReferral, referralInput } from './support/referrals';
import { COOP, UPDATE_COOP, createCoop, signUp, validCoopInput } from './support/scenarios';

// The same API on the embedded default (PGlite, migrated by `prisma migrate deploy` in the
// global setup), so that the database a newcomer first runs cannot rot unnoticed.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('pglite');
});
afterAll(() => api.close());

describe('on the embedded PGlite database', () => {
  it('keeps each connection’s Parse/Bind/Execute/Sync together, however many connections ask at once', async () => {
    // PGlite is one session; the socket server shares it between connections. Unpatched, two
    // connections' batches interleaved and bound each other's unnamed statement (the job worker
    // and an export crashed the app on "bind message supplies 1 parameters"; pglite#1046).
    const clients = await Promise.all([0, 1, 2].map(async () => {
      const client = new pg.Client({ connectionString: process.env.P6_TEST_PGLITE_URL });
      await client.connect();
      return client;
    }));
    try {
      // One connection sends batches too big for one network read (a long text, as an export's
      // list of ids is), so its Parse arrives before its Bind; the others ask small questions
      // with another number of parameters meanwhile.
      const long = 'x'.repeat(300_000);
      const asks = Array.from({ length: 120 }, (_, n) => {
        const client = clients[n % clients.length]!;
        if (n % clients.length === 0) return client.query('SELECT length($1::text) + $2::int AS v', [long, n]).then((r) => r.rows[0].v === long.length + n);
        return client.query('SELECT $1::int * 2 AS v', [n]).then((r) => r.rows[0].v === n * 2);
      });
      expect((await Promise.all(asks)).every(Boolean)).toBe(true);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });

  it('rolls back a batch whose connection went away before its Sync, and serves the next one', async () => {
    const url = process.env.P6_TEST_PGLITE_URL!;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('CREATE TABLE IF NOT EXISTS vanished_batch_probe (v int)');
      await client.query('DELETE FROM vanished_batch_probe');
      // Executed, never synced: PostgreSQL rolls it back when the connection ends; so must we,
      // rather than let the next connection's Sync commit it.
      await sendAndVanish(url, [parse('INSERT INTO vanished_batch_probe VALUES (1)'), bind(), execute()]);
      expect((await client.query('SELECT count(*)::int AS n FROM vanished_batch_probe')).rows[0].n).toBe(0);
      // A batch that failed at its Parse: the next connection's first query is not the one discarded.
      await sendAndVanish(url, [parse('SELEC nonsense')]);
      expect((await client.query('SELECT $1::int + 1 AS v', [41])).rows[0].v).toBe(42);
    } finally {
      await client.query('DROP TABLE IF EXISTS vanished_batch_probe');
      await client.end();
    }
  });

  it('seeds the demo directory and pages through it', async () => {
    expect(await seedDemoData(api.db, { count: 30 })).toEqual({ created: 30 });
    const { coops } = await api
      .client()
      .data(`{ coops(first: 20) { totalCount pageInfo { hasNextPage } edges { node { place { name } categories { code } } } } }`);
    expect(coops.totalCount).toBe(30);
    expect(coops.pageInfo.hasNextPage).toBe(true);
    expect(coops.edges[0].node.categories.length).toBeGreaterThan(0);
  });

  it('signs up, creates a profile in one transaction, and refuses a stranger', async () => {
    const owner = api.client();
    await signUp(owner, 'Pglite');
    const coop = await createCoop(owner, { name: 'Embedded Co-op' });
    expect((await owner.data(COOP, { slug: coop.slug })).coop.viewerRole).toBe('OWNER');

    const stranger = api.client();
    await signUp(stranger, 'Stranger');
    const { updateCoop } = await stranger.data(UPDATE_COOP, { id: coop.id, input: validCoopInput({ name: 'Taken' }) });
    expect(updateCoop.errors[0].code).toBe('FORBIDDEN');
    expect((await api.db.coop.findUniqueOrThrow({ where: { id: coop.id } })).name).toBe('Embedded Co-op');
  });

  it('passes a referral through to won, its totals kept by the migration’s triggers', async () => {
    const person = async (name: string) => {
      const client = api.client();
      await verifyEmail(api.db, (await signUp(client, name)).id);
      return client;
    };
    const giver = await person('EmbeddedGiver');
    const giverCoop = await createCoop(giver, { name: 'Embedded Giver Co-op' });
    const receiver = await person('EmbeddedReceiver');
    const receiverCoop = await createCoop(receiver, { name: 'Embedded Receiver Co-op' });
    const { id } = await passReferral(giver, referralInput(giverCoop.id, receiverCoop.id));
    expect((await moveReferral(receiver, { referralId: id, stage: 'ACCEPTED' })).errors).toEqual([]);
    expect((await moveReferral(receiver, { referralId: id, stage: 'WON', value: { amount: 2400, currency: 'GBP' } })).errors).toEqual([]);
    // Read by its own member: the exact sum (outsiders see sums of three thank-yous or more).
    const ledger = (await giver.data(LEDGER, { slug: giverCoop.slug })).coop.referralLedger;
    expect(ledger.given).toMatchObject({ total: 1, won: 1, open: 0, medianDaysToFirstContact: 0 });
    expect(ledger.valueGiven).toEqual([{ amount: 2400, currency: 'GBP' }]);
  });
});
