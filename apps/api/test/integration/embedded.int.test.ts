import { seedDemoData } from '@principle-six/db';
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
