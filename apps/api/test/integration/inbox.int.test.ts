import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { verifyEmail } from './support/business';
import { createCoop, signUp } from './support/scenarios';
import { CLOSE_NEED, jobsDone, NEED_MATCHES, postNeed, postOffer } from './support/postings';
import { startTestApi, type TestApi } from './support/test-api';
import type { TestClient } from './support/test-client';

let api: TestApi;
let seeker: TestClient;
let printer: TestClient;
let seekerCoop: { id: string };
let printerCoop: { id: string };
let printerUser: { id: string; email: string };
let seekerUser: { id: string; email: string };

const INBOX = `{ notifications(first: 50) { unreadCount edges { node { id kind summary readAt need { id } coop { id } } } } }`;

beforeAll(async () => {
  api = await startTestApi('postgres', { worker: true });
  seeker = api.client();
  seekerUser = await signUp(seeker, 'Seeker');
  seekerCoop = await createCoop(seeker, { name: 'Leeds Housing Co-op', categoryCodes: ['68'], provides: 'Affordable homes run by their tenants.' });
  printer = api.client();
  printerUser = await signUp(printer, 'Printer');
  // Introductions and digests need confirmed addresses (business-rules and digest-queue tests).
  await verifyEmail(api.db, seekerUser.id);
  await verifyEmail(api.db, printerUser.id);
  printerCoop = await createCoop(printer, { name: 'Calder Print', placeName: 'Bradford' });
  await postOffer(printer, printerCoop.id);
  await jobsDone(api.db);
}, 60_000);

afterAll(() => api.close());

/** Digests only: the other mail a person gets here is the link to confirm their address. */
async function digestsTo(email: string) {
  return api.services.mailer.captured.filter((m) => m.to === email && !m.subject.startsWith('Confirm your email'));
}

describe('inbox', () => {
  it('tells both co-ops about a new match, and the provider about an introduction', async () => {
    const need = await postNeed(seeker, seekerCoop.id);
    await jobsDone(api.db);
    const seekerInbox = (await seeker.data(INBOX)).notifications;
    expect(seekerInbox.edges.map((e: { node: { kind: string } }) => e.node.kind)).toContain('MATCH_FOR_NEED');
    const printerInbox = (await printer.data(INBOX)).notifications;
    const forPrinter = printerInbox.edges.find((e: { node: { need: { id: string } } }) => e.node.need?.id === need.id).node;
    expect(forPrinter).toMatchObject({ kind: 'NEED_FOR_PROVIDER', coop: { id: printerCoop.id } });
    expect(forPrinter.summary).toBe('Leeds Housing Co-op needs “Printing for our annual report”, and you fit');

    const match = (await seeker.data(NEED_MATCHES, { id: need.id })).need.matches.find((m: { provider: { id: string } }) => m.provider.id === printerCoop.id);
    const intro = await seeker.data(
      `mutation ($input: IntroduceInput!) { introduce(input: $input) { introduction { from { id } to { id } message } errors { code field } } }`,
      { input: { matchId: match.id, message: 'We would like a quote for the report, please.' } },
    );
    expect(intro.introduce.introduction).toMatchObject({ from: { id: seekerCoop.id }, to: { id: printerCoop.id } });
    const after = (await printer.data(INBOX)).notifications;
    expect(after.unreadCount).toBe(printerInbox.unreadCount + 1);
    expect(after.edges[0].node.summary).toBe('Leeds Housing Co-op introduced itself about “Printing for our annual report”');
    expect((await seeker.data(NEED_MATCHES, { id: need.id })).need.matches.find((m: { id: string }) => m.id === match.id).viewerIntroduced).toBe(true);

    const tooShort = await seeker.data(
      `mutation ($input: IntroduceInput!) { introduce(input: $input) { introduction { id } errors { code field } } }`,
      { input: { matchId: match.id, message: 'Hi' } },
    );
    expect(tooShort.introduce.errors).toEqual([{ code: 'INVALID_INPUT', field: 'message' }]);

    const read = await printer.data(`mutation { markNotificationsRead(input: {}) { unreadCount errors { code } } }`);
    expect(read.markNotificationsRead.unreadCount).toBe(0);
  });

  it('pushes new items to an open subscription', async () => {
    const { received, close } = await firstInboxEvent(printer, printerUser.id);
    await postNeed(seeker, seekerCoop.id, { title: 'Printed posters for the open day' });
    const event = await received;
    expect(event.summary).toBe('Leeds Housing Co-op needs “Printed posters for the open day”, and you fit');
    expect(event.unreadCount).toBeGreaterThan(0);
    await close();
  });

  it('pushes a fulfilment claim to the named co-op once the need is closed', async () => {
    const need = await postNeed(seeker, seekerCoop.id, { title: 'Wedding invitations' });
    // Its matches' items come first otherwise.
    await jobsDone(api.db);
    const { received, close } = await firstInboxEvent(printer, printerUser.id);
    const closed = await seeker.data(CLOSE_NEED, { input: { id: need.id, outcome: 'FULFILLED', fulfilledByCoopId: printerCoop.id } });
    expect(closed.closeNeed.errors).toEqual([]);
    // Bounded, so that a missing push fails with a reason rather than the test's timeout.
    const noEvent = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('No inbox event within 5 s: createServices must pass inboxEvents to NeedService')), 5000).unref(),
    );
    expect((await Promise.race([received, noEvent])).summary).toBe('Leeds Housing Co-op says Calder Print met “Wedding invitations”');
    await close();
  });
});

/**
 * Opens an inbox subscription as the client's session and answers the first event. Resolves
 * once the server holds the subscription, or an event could go before it.
 */
async function firstInboxEvent(client: TestClient, userId: string) {
  const ws = createClient({
    url: api.endpoint.replace('http', 'ws'),
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie: client.sessionCookie ?? '' } });
      }
    },
  });
  const received = new Promise<{ summary: string; unreadCount: number }>((resolve, reject) => {
    const stop = ws.subscribe<{ inbox: { notification: { summary: string }; unreadCount: number } }>(
      { query: 'subscription { inbox { notification { summary } unreadCount } }' },
      {
        next: (value) => {
          stop();
          resolve({ summary: value.data!.inbox.notification.summary, unreadCount: value.data!.inbox.unreadCount });
        },
        error: reject,
        complete: () => {},
      },
    );
  });
  while (api.services.inboxEvents.listening(userId) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  return {
    received,
    async close() {
      await ws.dispose();
      while (api.services.inboxEvents.listening(userId) > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    },
  };
}

describe('for you', () => {
  const FOR_YOU = `query ($coopId: ID!) { forYou(coopId: $coopId) {
    coop { id } unreadCount
    needsForYou { need { id coop { id } } provider { id } }
    matchesForYourNeeds { need { id coop { id } } provider { id } } } }`;

  it('lists needs the co-op could meet, and providers for its own needs only', async () => {
    const need = await postNeed(seeker, seekerCoop.id, { title: 'Leaflets for our open day' });
    await jobsDone(api.db);

    const forPrinter = (await printer.data(FOR_YOU, { coopId: printerCoop.id })).forYou;
    expect(forPrinter.coop.id).toBe(printerCoop.id);
    expect(forPrinter.needsForYou.map((m: { need: { id: string } }) => m.need.id)).toContain(need.id);
    for (const m of forPrinter.needsForYou) expect(m.provider.id).toBe(printerCoop.id);
    // The printer has posted no needs: another co-op's need must not appear as its own.
    expect(forPrinter.matchesForYourNeeds).toEqual([]);

    const forSeeker = (await seeker.data(FOR_YOU, { coopId: seekerCoop.id })).forYou;
    expect(forSeeker.matchesForYourNeeds.map((m: { need: { id: string } }) => m.need.id)).toContain(need.id);
    for (const m of forSeeker.matchesForYourNeeds) expect(m.need.coop.id).toBe(seekerCoop.id);
  });

  it('is for members of the co-op only', async () => {
    expect((await seeker.data(FOR_YOU, { coopId: printerCoop.id })).forYou).toBeNull();
    expect((await api.client().data(FOR_YOU, { coopId: printerCoop.id })).forYou).toBeNull();
  });
});

describe('email digest', () => {
  it('sends each item once across runs, leaves out expired needs and honours opt-outs', async () => {
    await api.db.notificationPreference.deleteMany();
    await api.db.notification.updateMany({ data: { emailedAt: null, readAt: null } });
    const expiring = await postNeed(seeker, seekerCoop.id, { title: 'Flyers that will expire' });
    await jobsDone(api.db);
    await api.db.$executeRaw`UPDATE needs SET expires_at = now() - interval '1 second' WHERE id = ${expiring.id}::uuid`;

    expect(await api.services.digests.sendDue()).toBeGreaterThanOrEqual(2);
    const [toPrinter] = await digestsTo(printerUser.email);
    expect(toPrinter!.text).toContain('Printing for our annual report');
    expect(toPrinter!.text).not.toContain('Flyers that will expire');

    // A second run the same day sends nothing: nothing is new and nobody is due.
    const before = api.services.mailer.captured.length;
    expect(await api.services.digests.sendDue()).toBe(0);
    // Even when due again, items already emailed are not sent twice.
    expect(await api.services.digests.sendDue(new Date(Date.now() + 2 * 86_400_000))).toBe(0);
    expect(api.services.mailer.captured.length).toBe(before);

    // Opting out: a new item arrives, but no email follows.
    const optOut = await printer.data(`mutation { updateNotificationPreferences(input: { emailDigest: NEVER }) { preferences { emailDigest } errors { code } } }`);
    expect(optOut.updateNotificationPreferences.preferences.emailDigest).toBe('NEVER');
    await postNeed(seeker, seekerCoop.id, { title: 'Printed programmes for the AGM' });
    await jobsDone(api.db);
    await api.services.digests.sendDue(new Date(Date.now() + 4 * 86_400_000));
    expect((await digestsTo(printerUser.email)).some((m) => m.text.includes('Printed programmes for the AGM'))).toBe(false);
    expect((await digestsTo(seekerUser.email)).length).toBeGreaterThan(0);
  });
});

describe('public browsing', () => {
  it('lists open needs to visitors without the co-op’s contact details', async () => {
    const visitor = api.client();
    const data = await visitor.data(`{ needs(first: 5) { totalCount edges { node { title status coop { name contactEmail } matches { id } } } } }`);
    expect(data.needs.totalCount).toBeGreaterThan(0);
    for (const { node } of data.needs.edges) {
      expect(node.status).toBe('OPEN');
      expect(node.coop.contactEmail).toBeNull();
      expect(node.matches).toBeNull();
    }
    // Signed in, another co-op's details are asked for one co-op at a time (revealContact).
    const signedIn = await printer.data(`{ needs(first: 1) { edges { node { coop { id contactEmail hasContactDetails } } } } }`);
    const coop = signedIn.needs.edges[0].node.coop;
    expect(coop).toMatchObject({ contactEmail: null, hasContactDetails: true });
    const revealed = await printer.data(`mutation ($id: ID!) { revealContact(coopId: $id) { contact { email } errors { code } } }`, { id: coop.id });
    expect(revealed.revealContact).toEqual({ contact: { email: 'hello@calderprint.example.coop' }, errors: [] });
    const closed = await visitor.request(`{ needs(filter: { statuses: [FULFILLED] }) { totalCount } }`);
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.statuses' });
  });
});
